"""The Caddyfile as the real Caddy reads it: it starts with any WEBHOOK_DOMAIN compose passes."""

from __future__ import annotations

import json
from typing import Any

import pytest
import yaml

from tests.deploy.caddy import CADDYFILE, MINIMUM_VERSION, ROOT, adapt, caddy_version, compose_value

SECRET_FIELD = "request>headers>X-Telegram-Bot-Api-Secret-Token"


def proxy_environment() -> dict[str, str]:
    """The proxy service's environment in docker-compose.yml, as templates."""
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    return {str(k): str(v) for k, v in compose["services"]["proxy"]["environment"].items()}


def test_the_caddy_the_tests_run_is_recent_enough() -> None:
    assert caddy_version() >= MINIMUM_VERSION


@pytest.mark.parametrize("given", [None, "", "bot.example.com"], ids=["unset", "empty", "a-domain"])
def test_caddy_adapts_the_caddyfile_with_whatever_domain_compose_passes(
    given: str | None,
) -> None:
    env = {} if given is None else {"WEBHOOK_DOMAIN": given}
    domain = compose_value(proxy_environment()["WEBHOOK_DOMAIN"], env)
    assert domain == (given or "localhost")
    code, config, stderr = adapt(CADDYFILE, WEBHOOK_DOMAIN=domain)
    assert code == 0, stderr
    assert config is not None
    assert f'"host": ["{domain}"]' in json.dumps(config)


def test_an_unset_domain_falls_back_to_localhost_in_the_caddyfile_itself() -> None:
    code, config, stderr = adapt(CADDYFILE, WEBHOOK_DOMAIN=None)
    assert code == 0, stderr
    assert '"host": ["localhost"]' in json.dumps(config)


def _secret_filters(config: dict[str, Any]) -> dict[str, str]:
    """Which logs delete the secret header: log name -> filter."""
    found = {}
    for name, log in config["logging"]["logs"].items():
        encoder = log.get("encoder", {})
        if encoder.get("format") == "filter" and SECRET_FIELD in encoder.get("fields", {}):
            found[name] = encoder["fields"][SECRET_FIELD]["filter"]
    return found


def test_the_webhook_secret_is_deleted_from_the_access_log_and_caddys_own_log() -> None:
    _code, config, _stderr = adapt(CADDYFILE, WEBHOOK_DOMAIN="bot.example.com")
    assert config is not None
    filters = _secret_filters(config)
    assert filters.get("default") == "delete", "Caddy's own (debug) log keeps the secret"
    access = [name for name in filters if name != "default"]
    assert access, "the access log keeps the secret"
    server = config["apps"]["http"]["servers"]["srv0"]
    assert server["logs"], "no access log is written"
    assert all(filters[name] == "delete" for name in access)


def test_healthz_is_answered_404_by_the_proxy_and_503_takes_a_replica_out() -> None:
    _code, config, _stderr = adapt(CADDYFILE, WEBHOOK_DOMAIN="bot.example.com")
    text = json.dumps(config)
    assert '"path": ["/healthz"]' in text
    assert '"status_code": 404' in text
    assert '"unhealthy_status": [503]' in text
    assert '"dynamic_upstreams": {"name": "bot", "port": "8080"' in text


def test_compose_pins_a_caddy_image_at_least_the_minimum_and_the_readme_says_so() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    image = compose["services"]["proxy"]["image"]
    name, _, tag = image.partition(":")
    assert name == "caddy"
    version = tuple(int(part) for part in tag.split("."))
    assert len(version) == 3, f"pin an exact version, not {tag!r}"
    assert version >= MINIMUM_VERSION
    minimum = ".".join(str(part) for part in MINIMUM_VERSION)
    assert f"Caddy {minimum} or later" in (ROOT / "README.md").read_text()
