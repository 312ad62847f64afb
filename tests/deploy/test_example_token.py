"""The example tokens people copy from the README and .env.example pass the bot's own check."""

from __future__ import annotations

import re

import pytest
from pydantic import SecretStr

from bot.settings import Settings
from tests.deploy.caddy import ROOT


def example_tokens() -> list[str]:
    """Every TELEGRAM_BOT_TOKEN=... value shown in the README and .env.example."""
    text = (ROOT / "README.md").read_text() + (ROOT / ".env.example").read_text()
    return re.findall(r"TELEGRAM_BOT_TOKEN=(\S+)", text)


def test_the_readme_shows_an_example_token_and_says_where_to_get_one() -> None:
    assert example_tokens()
    assert "@BotFather" in (ROOT / "README.md").read_text()


@pytest.mark.parametrize("token", example_tokens())
def test_an_example_token_has_the_shape_the_bot_accepts(token: str) -> None:
    settings = Settings(telegram_bot_token=SecretStr(token), _env_file=None)  # type: ignore[call-arg]
    assert settings.telegram_bot_token.get_secret_value() == token
