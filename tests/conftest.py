"""Shared fixtures: a fresh database on SQLite and, where available, on the real PostgreSQL."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

POSTGRES_URL_ENV = "TEST_POSTGRES_URL"
REQUIRE_POSTGRES_ENV = "REQUIRE_POSTGRES"


def postgres_url() -> str | None:
    """The test PostgreSQL from scripts/test; with REQUIRE_POSTGRES=1 it cannot be skipped."""
    url = os.environ.get(POSTGRES_URL_ENV)
    if url is None and os.environ.get(REQUIRE_POSTGRES_ENV) == "1":
        raise RuntimeError(f"{REQUIRE_POSTGRES_ENV}=1 but {POSTGRES_URL_ENV} is not set")
    return url


async def _create_or_drop(url: str, statement: str) -> None:
    """CREATE/DROP DATABASE must run outside a transaction, from another database."""
    engine = create_async_engine(url, isolation_level="AUTOCOMMIT")
    async with engine.connect() as connection:
        await connection.execute(text(statement))
    await engine.dispose()


@pytest.fixture(scope="session", autouse=True)
def private_postgres_database() -> Iterator[None]:
    """Each pytest run gets its own database, so two runs on one machine never collide."""
    base = os.environ.get(POSTGRES_URL_ENV)
    if base is None:
        yield
        return
    name = f"backcoach_test_{os.getpid()}"
    asyncio.run(_create_or_drop(base, f"DROP DATABASE IF EXISTS {name}"))
    asyncio.run(_create_or_drop(base, f"CREATE DATABASE {name}"))
    os.environ[POSTGRES_URL_ENV] = make_url(base).set(database=name).render_as_string(False)
    try:
        yield
    finally:
        os.environ[POSTGRES_URL_ENV] = base
        asyncio.run(_create_or_drop(base, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))


async def reset_postgres(url: str) -> None:
    """Drop every table so each test migrates a clean schema."""
    engine = create_async_engine(url)
    async with engine.begin() as connection:
        await connection.execute(text("DROP SCHEMA public CASCADE"))
        await connection.execute(text("CREATE SCHEMA public"))
    await engine.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
async def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """The same test on both backends: an SQLite file, and the real PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'backcoach.sqlite3'}"
        return
    url = postgres_url()
    if url is None:
        pytest.skip(f"{POSTGRES_URL_ENV} is not set")
    await reset_postgres(url)
    yield url


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """An SQLite file for tests where the backend does not matter."""
    return f"sqlite+aiosqlite:///{tmp_path / 'backcoach.sqlite3'}"
