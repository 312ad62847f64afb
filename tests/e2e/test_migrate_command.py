"""`python -m bot.migrate` brings a database to the newest schema and exits."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.process import REPO_ROOT, bot_environment

pytestmark = pytest.mark.e2e


def test_the_migrate_command_upgrades_an_empty_database_and_is_repeatable(tmp_path: Path) -> None:
    database = tmp_path / "fresh.sqlite3"
    env = bot_environment("http://127.0.0.1:9", f"sqlite+aiosqlite:///{database}")
    for _ in range(2):
        result = subprocess.run(
            [sys.executable, "-m", "bot.migrate"],
            cwd=REPO_ROOT,
            env=env,
            capture_output=True,
            timeout=60,
            check=False,
        )
        assert result.returncode == 0, result.stderr.decode()
    with sqlite3.connect(database) as connection:
        (version,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    assert version == "0011"
    assert {"users", "routine_sessions", "processed_updates"} <= tables
