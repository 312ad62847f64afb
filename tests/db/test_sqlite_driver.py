"""SQLite calls run on the event loop, except inside bulk units of work, which use the thread."""

from __future__ import annotations

import asyncio
import itertools
import threading
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from db.engine import create_engine, create_session_factory
from db.migrate import upgrade_to_head
from db.models import User
from db.sqlite_driver import LoopConnection
from db.uow import SqlUnitOfWorkFactory

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
USER_IDS = itertools.count(1)


@pytest.fixture
async def engine(sqlite_url: str) -> AsyncIterator[AsyncEngine]:
    """A migrated SQLite database with the production engine settings."""
    created = create_engine(sqlite_url)
    await upgrade_to_head(created)
    yield created
    await created.dispose()


async def threads_running(engine: AsyncEngine, *, bulk: bool) -> set[int]:
    """The threads SQLite ran one unit of work's statements on (traced by sqlite3 itself)."""
    seen: set[int] = set()
    async with engine.connect() as connection:
        raw = await connection.get_raw_connection()
        driver = raw.driver_connection
        assert isinstance(driver, LoopConnection)
        driver._conn.set_trace_callback(lambda _sql: seen.add(threading.get_ident()))
    units = SqlUnitOfWorkFactory(create_session_factory(engine))
    try:
        async with units(bulk=bulk) as uow:
            user_id = next(USER_IDS)
            uow.users.add(User(id=user_id, chat_id=user_id, created_at=NOW, updated_at=NOW))
            await uow.commit()
        async with units(bulk=bulk) as uow:
            assert await uow.users.existing([user_id]) == {user_id}
    finally:
        driver._conn.set_trace_callback(None)
    return seen


async def test_an_ordinary_unit_of_work_runs_on_the_event_loop(engine: AsyncEngine) -> None:
    assert await threads_running(engine, bulk=False) == {threading.get_ident()}


async def test_a_bulk_unit_of_work_runs_on_the_worker_thread_then_hands_back(
    engine: AsyncEngine,
) -> None:
    bulk = await threads_running(engine, bulk=True)
    assert bulk, "SQLite ran nothing?"
    assert threading.get_ident() not in bulk
    assert await threads_running(engine, bulk=False) == {threading.get_ident()}


async def test_a_bulk_unit_of_work_that_fails_still_hands_back(engine: AsyncEngine) -> None:
    units = SqlUnitOfWorkFactory(create_session_factory(engine))

    async def fail_midway() -> None:
        async with units(bulk=True) as uow:
            await uow.users.existing([1])
            raise LookupError("boom")

    with pytest.raises(LookupError):
        await fail_midway()
    assert await threads_running(engine, bulk=False) == {threading.get_ident()}


async def test_waiting_for_another_engines_write_lock_never_stalls_the_event_loop(
    engine: AsyncEngine, sqlite_url: str
) -> None:
    other = create_engine(sqlite_url)
    holder_units = SqlUnitOfWorkFactory(create_session_factory(engine))
    waiter_units = SqlUnitOfWorkFactory(create_session_factory(other))
    holding, ticks = asyncio.Event(), 0

    async def hold_the_lock_for_a_while() -> None:
        nonlocal ticks
        async with holder_units() as uow:
            uow.users.add(User(id=900, chat_id=900, created_at=NOW, updated_at=NOW))
            await uow.users.existing([900])  # its BEGIN IMMEDIATE takes the write lock
            holding.set()
            for _ in range(20):  # only advances while the loop is free
                await asyncio.sleep(0.01)
                ticks += 1
            await uow.commit()

    async def write_once_the_lock_is_free() -> set[int]:
        await holding.wait()
        async with waiter_units() as uow:
            found = await uow.users.existing([900])
            uow.users.add(User(id=901, chat_id=901, created_at=NOW, updated_at=NOW))
            await uow.commit()
            return found

    try:
        _, seen_by_waiter = await asyncio.wait_for(
            asyncio.gather(hold_the_lock_for_a_while(), write_once_the_lock_is_free()), 10
        )
    finally:
        await other.dispose()
    assert ticks == 20
    assert seen_by_waiter == {900}  # it began only after the holder committed
