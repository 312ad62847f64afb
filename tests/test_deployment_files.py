"""docker-compose.yml, the Dockerfile and .env.example agree with the settings class.

These machines have no Docker engine, so the files are parsed instead of run.
"""

from __future__ import annotations

import re
from pathlib import Path

from bot.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
COMPOSE_ONLY = {"POSTGRES_PASSWORD"}


def _settings_names() -> set[str]:
    """Environment variable names the bot reads."""
    return {name.upper() for name in Settings.model_fields}


def test_env_example_documents_every_setting_and_nothing_else() -> None:
    text = (ROOT / ".env.example").read_text()
    names = set(re.findall(r"^([A-Z_]+)=", text, flags=re.MULTILINE))
    assert names - COMPOSE_ONLY == _settings_names()


def test_compose_passes_only_real_settings_to_the_bot_and_waits_for_the_database() -> None:
    text = (ROOT / "docker-compose.yml").read_text()
    bot_section = text.split("\n  bot:\n", 1)[1]
    passed = set(re.findall(r"^      ([A-Z_]+):", bot_section, flags=re.MULTILINE))
    assert passed
    assert passed <= _settings_names()
    assert "TELEGRAM_BOT_TOKEN" in passed
    assert "DATABASE_URL" in passed
    assert "condition: service_healthy" in bot_section
    assert "postgres:16" in text
    assert "pg_isready" in text
    assert "@db:5432/" in bot_section


def test_dockerfile_runs_the_bot_as_a_non_root_user_with_known_settings() -> None:
    text = (ROOT / "Dockerfile").read_text()
    assert re.search(r"^USER (?!root)\w+", text, flags=re.MULTILINE)
    assert 'CMD ["python", "-m", "bot"]' in text
    env_names = set(re.findall(r"\b([A-Z_]+)=", " ".join(re.findall(r"ENV (.+(?:\\\n.+)*)", text))))
    assert env_names
    assert env_names <= _settings_names()
