"""Fixtures shared by the fan-out tests that stop `python -m bot` mid-way and restart it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import postgres_url


@pytest.fixture(params=["sqlite", "postgres"])
def fanout_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database URL on each backend; PostgreSQL is the one replicas share."""
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'fanout.sqlite3'}"
    url = postgres_url()
    if url is None:
        pytest.skip("TEST_POSTGRES_URL is not set")
    return url
