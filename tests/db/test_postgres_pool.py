"""PostgreSQL pool: a connection that went bad while idle is replaced, not handed to an update."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from db import engine as engine_module
from db.engine import create_engine
from tests.conftest import postgres_url


@pytest.fixture
async def engine() -> AsyncIterator[AsyncEngine]:
    """The production PostgreSQL engine, on the test server."""
    url = postgres_url()
    if url is None:
        pytest.skip("TEST_POSTGRES_URL is not set")
    created = create_engine(url)
    yield created
    await created.dispose()


async def backend_pid(engine: AsyncEngine) -> int:
    """The server process behind the pooled connection (pool_size keeps it for the next use)."""
    async with engine.connect() as connection:
        return int((await connection.execute(text("SELECT pg_backend_pid()"))).scalar_one())


async def terminate(pid: int) -> None:
    """Kill one server process from outside the pool, as a server restart or a proxy would."""
    url = postgres_url()
    assert url is not None
    killer = create_async_engine(url)
    async with killer.connect() as connection:
        killed = await connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        assert killed.scalar_one() is True
    await killer.dispose()


async def test_a_connection_killed_while_idle_is_replaced_before_any_statement_uses_it(
    engine: AsyncEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = await backend_pid(engine)
    await terminate(first)
    monkeypatch.setattr(engine_module, "IDLE_BEFORE_PING_SECONDS", 0.0)

    second = await backend_pid(engine)

    assert second != first


async def test_a_connection_used_moments_ago_is_not_pinged_so_its_breakage_fails_one_unit_only(
    engine: AsyncEngine,
) -> None:
    # The trade-off of pinging only idle connections: no ping round trips on a busy pool, and a
    # connection killed within the idle window fails the one unit of work that takes it.
    first = await backend_pid(engine)
    await terminate(first)

    with pytest.raises(DBAPIError) as failure:
        await backend_pid(engine)
    second = await backend_pid(engine)

    assert failure.value.connection_invalidated
    assert second != first
