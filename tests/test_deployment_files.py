"""docker-compose.yml, the Dockerfile, .env.example and the Caddyfile agree with the settings.

These machines have no Docker engine, so the files are parsed instead of run.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
COMPOSE_ONLY = {"POSTGRES_PASSWORD", "WEBHOOK_DOMAIN"}
CONTAINER_PORT = "8080"


def _settings_names() -> set[str]:
    """Environment variable names the bot reads."""
    return {name.upper() for name in Settings.model_fields}


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    """docker-compose.yml as data."""
    data = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    assert isinstance(data, dict)
    return data


def _variables(value: str) -> set[str]:
    """Names used as ${NAME...} in a compose value."""
    return set(re.findall(r"\$\{([A-Z_]+)", value))


def test_env_example_documents_every_setting_and_nothing_else() -> None:
    text = (ROOT / ".env.example").read_text()
    names = set(re.findall(r"^([A-Z_]+)=", text, flags=re.MULTILINE))
    assert names - COMPOSE_ONLY == _settings_names()


def test_every_variable_compose_reads_is_documented_in_env_example(
    compose: dict[str, Any],
) -> None:
    documented = set(re.findall(r"^([A-Z_]+)=", (ROOT / ".env.example").read_text(), re.M))
    used: set[str] = set()
    for service in compose["services"].values():
        for value in (service.get("environment") or {}).values():
            used |= _variables(str(value))
    assert used
    assert used <= documented


def test_compose_runs_postgres_16_with_a_volume_and_a_healthcheck(compose: dict[str, Any]) -> None:
    db = compose["services"]["db"]
    assert db["image"] == "postgres:16"
    assert "pg_isready" in " ".join(db["healthcheck"]["test"])
    volume = db["volumes"][0].split(":")[0]
    assert volume in compose["volumes"]


def test_compose_passes_only_real_settings_to_the_bot_and_waits_for_the_database(
    compose: dict[str, Any],
) -> None:
    bot = compose["services"]["bot"]
    environment = bot["environment"]
    assert set(environment) <= _settings_names()
    assert {"TELEGRAM_BOT_TOKEN", "DATABASE_URL", "WEBHOOK_URL"} <= set(environment)
    assert "@db:5432/" in environment["DATABASE_URL"]
    assert environment["DATABASE_URL"].startswith("postgresql+asyncpg://")
    assert bot["depends_on"]["db"]["condition"] == "service_healthy"
    assert bot["build"] == "."


def test_the_bot_port_and_healthcheck_match_the_settings(compose: dict[str, Any]) -> None:
    bot = compose["services"]["bot"]
    environment = bot["environment"]
    assert str(environment["WEBHOOK_PORT"]) == CONTAINER_PORT
    assert str(environment["HEALTH_PORT"]) == CONTAINER_PORT
    assert [str(port) for port in bot["expose"]] == [CONTAINER_PORT]
    probe = " ".join(bot["healthcheck"]["test"])
    assert f"127.0.0.1:{CONTAINER_PORT}/healthz" in probe
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert re.search(rf"^EXPOSE {CONTAINER_PORT}$", dockerfile, flags=re.MULTILINE)
    assert f"dynamic a bot {CONTAINER_PORT}" in (ROOT / "Caddyfile").read_text()


def test_the_optional_proxy_is_behind_a_profile_and_mounts_the_caddyfile(
    compose: dict[str, Any],
) -> None:
    proxy = compose["services"]["proxy"]
    assert proxy["profiles"] == ["webhook"]
    assert "./Caddyfile:/etc/caddy/Caddyfile:ro" in proxy["volumes"]
    assert proxy["depends_on"]["bot"]["condition"] == "service_healthy"
    caddyfile = (ROOT / "Caddyfile").read_text()
    assert "{$WEBHOOK_DOMAIN:localhost} {" in caddyfile
    assert "unhealthy_status 503" in caddyfile
    assert "handle /healthz" in caddyfile


def test_dockerfile_runs_the_bot_as_a_non_root_user_with_known_settings() -> None:
    text = (ROOT / "Dockerfile").read_text()
    assert re.search(r"^FROM python:3\.1[1-9]-slim", text, flags=re.MULTILINE)
    assert re.search(r"^USER (?!root)\w+", text, flags=re.MULTILINE)
    assert 'CMD ["python", "-m", "bot"]' in text
    env_names = set(re.findall(r"\b([A-Z_]+)=", " ".join(re.findall(r"ENV (.+(?:\\\n.+)*)", text))))
    assert env_names
    assert env_names <= _settings_names()
