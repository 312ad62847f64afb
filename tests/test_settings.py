"""Settings come from the environment and refuse nonsense early."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.settings import DEFAULT_DATABASE_URL, SECRET_PATTERN, Settings
from tests.support.fakes import TEST_TOKEN

ROOT = Path(__file__).resolve().parents[1]


def test_settings_read_the_environment_including_a_comma_separated_admin_list(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TEST_TOKEN)
    monkeypatch.setenv("ADMIN_IDS", "12, 8000000000123")
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", "http://127.0.0.1:8081/")
    monkeypatch.setenv("LOG_LEVEL", "debug")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.admin_ids == frozenset({12, 8_000_000_000_123})
    assert settings.bot_api_url == "http://127.0.0.1:8081/bot"
    assert settings.bot_file_url == "http://127.0.0.1:8081/file/bot"
    assert settings.log_level == "DEBUG"


@pytest.mark.parametrize(
    ("name", "value"),
    [("TELEGRAM_BOT_TOKEN", "nope"), ("LOG_LEVEL", "LOUD"), ("RATE_LIMIT_PER_SECOND", "-1")],
    ids=["token", "log-level", "rate"],
)
def test_bad_settings_are_refused(monkeypatch: pytest.MonkeyPatch, name: str, value: str) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TEST_TOKEN)
    monkeypatch.setenv(name, value)
    with pytest.raises(ValidationError):
        Settings(_env_file=None)  # type: ignore[call-arg]


def test_the_env_example_loads_as_is_with_empty_values_meaning_defaults(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in Settings.model_fields:
        monkeypatch.delenv(name.upper(), raising=False)
    settings = Settings(_env_file=ROOT / ".env.example")  # type: ignore[call-arg]
    assert settings.database_url == DEFAULT_DATABASE_URL
    assert settings.webhook_url is None
    assert settings.health_port is None
    assert settings.admin_ids == frozenset()


def test_webhook_settings_give_the_path_and_a_secret_every_replica_derives_alike(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TEST_TOKEN)
    monkeypatch.setenv("WEBHOOK_URL", "https://bot.example.com/tg/hook")
    first = Settings(_env_file=None)  # type: ignore[call-arg]
    second = Settings(_env_file=None)  # type: ignore[call-arg]
    assert first.webhook_path == "/tg/hook"
    assert first.webhook_secret == second.webhook_secret
    assert SECRET_PATTERN.fullmatch(first.webhook_secret)
    assert TEST_TOKEN not in first.webhook_secret
    monkeypatch.setenv("WEBHOOK_SECRET_TOKEN", "chosen_secret-1234567")
    assert Settings(_env_file=None).webhook_secret == "chosen_secret-1234567"  # type: ignore[call-arg]


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("WEBHOOK_URL", "http://bot.example.com/hook"),
        ("WEBHOOK_URL", "bot.example.com"),
        ("WEBHOOK_SECRET_TOKEN", "has spaces but is long enough"),
        ("WEBHOOK_SECRET_TOKEN", "short_secret"),
        ("WEBHOOK_URL", "https://bot.example.com/healthz"),
        ("WEBHOOK_PORT", "70000"),
    ],
    ids=["plain-http", "no-scheme", "secret-charset", "secret-short", "health-path", "port"],
)
def test_bad_webhook_settings_are_refused(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str
) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TEST_TOKEN)
    monkeypatch.setenv(name, value)
    with pytest.raises(ValidationError):
        Settings(_env_file=None)  # type: ignore[call-arg]
