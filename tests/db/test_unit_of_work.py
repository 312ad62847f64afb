"""One unit of work per update: a step is stored with its update id, or nothing is."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from bot.content import load_catalog
from bot.domain.routine import Action, Press, Rate
from bot.services.records import SessionSnapshot, UserRecord
from bot.services.routine import RoutineService
from bot.services.update_receipt import DuplicateUpdate, ReceiptState, UpdateReceipt
from db.engine import create_engine, create_session_factory
from db.migrate import upgrade_to_head
from db.models import ProcessedUpdate, User
from db.uow import SqlUnitOfWorkFactory
from tests.support.dbcheck import fetch_all
from tests.support.seeding import fresh_schema, seed_users

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def plans() -> dict[str, tuple[str, ...]]:
    """Each routine's exercises, as the bot wires them."""
    return {rid: routine.exercises for rid, routine in load_catalog(None).routines.items()}


@pytest.fixture
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    """A migrated database with one onboarded user (id 1) who has started the full routine."""
    engine = await fresh_schema(database_url)
    await seed_users(engine, 1, NOW)
    units = SqlUnitOfWorkFactory(create_session_factory(engine))
    started = await RoutineService(units, plans(), lambda: NOW).start(1, "full", receipt=None)
    assert started.prompt is not None
    yield engine
    await engine.dispose()


@pytest.fixture
def units(engine: AsyncEngine) -> SqlUnitOfWorkFactory:
    """Units of work on that database."""
    return SqlUnitOfWorkFactory(create_session_factory(engine))


def receipt_for(update_id: int) -> UpdateReceipt:
    """The update being applied, as the receipt handler opens it."""
    return UpdateReceipt(update_id, NOW)


async def version_of(engine: AsyncEngine) -> int:
    """The stored version of user 1's session."""
    async with engine.connect() as connection:
        return int(
            (await connection.execute(text("SELECT version FROM routine_sessions"))).scalar_one()
        )


async def stored_update_ids(database_url: str) -> set[int]:
    """Update ids committed as processed."""
    return {row.update_id for row in await fetch_all(database_url, ProcessedUpdate)}


async def step(
    units: SqlUnitOfWorkFactory, *, commit: bool, receipt: UpdateReceipt | None = None
) -> SessionSnapshot:
    """Read user 1's session under lock and write it back one version on, for `receipt`."""
    async with units(receipt) as uow:
        snapshot = await uow.steps.locked_active(1)
        assert snapshot is not None
        await uow.steps.save_step(dataclasses.replace(snapshot, version=snapshot.version + 1))
        if commit:
            await uow.commit()
        return snapshot


async def test_a_button_press_stores_its_result_and_moves_the_walk_on(
    engine: AsyncEngine, units: SqlUnitOfWorkFactory
) -> None:
    service = RoutineService(units, plans(), lambda: NOW)
    async with engine.connect() as connection:
        session_id = (await connection.execute(text("SELECT id FROM routine_sessions"))).scalar()
    rated = await service.press(1, int(session_id or 0), 0, Rate(6), receipt=receipt_for(1))
    assert rated.prompt is not None  # the pain question is asked first, consent or not
    receipt = receipt_for(2)
    pressed = await service.press(1, int(session_id or 0), 1, Press(Action.DONE), receipt=receipt)
    assert pressed.prompt is not None
    assert pressed.prompt.step == 1
    assert receipt.state is ReceiptState.RECORDED
    async with engine.connect() as connection:
        done = await connection.execute(text("SELECT outcome FROM exercise_results"))
        assert done.scalars().all() == ["done"]


async def test_a_committed_step_is_stored_with_its_update_id(
    units: SqlUnitOfWorkFactory, engine: AsyncEngine, database_url: str
) -> None:
    receipt = receipt_for(7)
    await step(units, commit=True, receipt=receipt)
    assert receipt.state is ReceiptState.RECORDED
    assert await version_of(engine) == 1
    assert await stored_update_ids(database_url) == {7}


async def test_an_uncommitted_step_leaves_nothing_and_its_id_is_claimed_again(
    units: SqlUnitOfWorkFactory, engine: AsyncEngine, database_url: str
) -> None:
    receipt = receipt_for(8)
    await step(units, commit=False, receipt=receipt)
    assert receipt.state is ReceiptState.OPEN
    assert await version_of(engine) == 0
    assert await stored_update_ids(database_url) == set()
    await step(units, commit=True, receipt=receipt)  # the same update, in its next unit of work
    assert receipt.state is ReceiptState.RECORDED
    assert await version_of(engine) == 1
    assert await stored_update_ids(database_url) == {8}


async def test_a_redelivered_step_changes_nothing(
    units: SqlUnitOfWorkFactory, engine: AsyncEngine
) -> None:
    await step(units, commit=True, receipt=receipt_for(9))
    again = receipt_for(9)
    with pytest.raises(DuplicateUpdate):
        await step(units, commit=True, receipt=again)
    assert again.state is ReceiptState.DUPLICATE
    assert await version_of(engine) == 1


async def test_every_unit_of_work_gives_its_connection_back_with_nothing_uncommitted(
    units: SqlUnitOfWorkFactory, engine: AsyncEngine
) -> None:
    async def fail_after_the_step_read() -> None:
        async with units() as uow:
            await uow.steps.locked_active(1)
            raise ZeroDivisionError

    for update_id in range(20, 30):
        await step(units, commit=update_id % 2 == 0, receipt=receipt_for(update_id))
    with pytest.raises(ZeroDivisionError):
        await fail_after_the_step_read()
    assert engine.sync_engine.pool.checkedout() == 0  # type: ignore[attr-defined]
    # A connection handed back inside its transaction would read its own uncommitted version.
    assert await version_of(engine) == 5


async def test_core_and_orm_writes_of_one_unit_of_work_commit_or_roll_back_together(
    units: SqlUnitOfWorkFactory, engine: AsyncEngine, database_url: str
) -> None:
    for commit in (False, True):
        async with units() as uow:
            snapshot = await uow.steps.locked_active(1)
            assert snapshot is not None
            await uow.steps.save_step(dataclasses.replace(snapshot, version=snapshot.version + 1))
            await uow.users.add(UserRecord(id=2, chat_id=2, created_at=NOW, updated_at=NOW))
            if commit:
                await uow.commit()
        stored = [row.id for row in await fetch_all(database_url, User)]
        assert (await version_of(engine), stored) == ((1, [1, 2]) if commit else (0, [1]))


async def test_a_connection_lost_mid_step_reports_the_steps_error_and_the_next_step_works(
    units: SqlUnitOfWorkFactory, engine: AsyncEngine, database_url: str
) -> None:
    """The failed rollback of a lost connection must not mask the step's own error."""
    if engine.dialect.name != "postgresql":
        pytest.skip("needs a server that can drop a connection")
    receipt = receipt_for(40)
    with pytest.raises(DBAPIError) as lost:
        await lose_the_connection_mid_step(units, database_url, receipt)
    assert lost.value.connection_invalidated
    assert "save_step" in [entry.name for entry in lost.traceback]
    assert receipt.state is ReceiptState.OPEN  # nothing was committed: the update is still open
    assert engine.sync_engine.pool.checkedout() == 0  # type: ignore[attr-defined]
    await step(units, commit=True, receipt=receipt)  # the same update, on a sound connection
    assert receipt.state is ReceiptState.RECORDED
    assert await version_of(engine) == 1


async def lose_the_connection_mid_step(
    units: SqlUnitOfWorkFactory, database_url: str, receipt: UpdateReceipt
) -> None:
    """The server drops the step's connection between its locked read and its write."""
    async with units(receipt) as uow:
        snapshot = await uow.steps.locked_active(1)
        assert snapshot is not None
        await terminate_idle_in_transaction(database_url)
        await uow.steps.save_step(dataclasses.replace(snapshot, version=1))


async def terminate_idle_in_transaction(database_url: str) -> None:
    """Drop, from outside, the one connection that sits inside a transaction: the step's."""
    killer = create_async_engine(database_url)
    async with killer.connect() as connection:
        killed = await connection.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = current_database() AND state = 'idle in transaction'"
            )
        )
        assert killed.scalars().all() == [True]
    await killer.dispose()


async def test_waiting_for_another_engines_sqlite_write_lock_never_stalls_the_event_loop(
    sqlite_url: str,
) -> None:
    engine, other = create_engine(sqlite_url), create_engine(sqlite_url)
    await upgrade_to_head(engine)
    holder_units = SqlUnitOfWorkFactory(create_session_factory(engine))
    waiter_units = SqlUnitOfWorkFactory(create_session_factory(other))
    holding, ticks = asyncio.Event(), 0

    async def hold_the_lock_for_a_while() -> None:
        nonlocal ticks
        async with holder_units() as uow:
            await uow.users.add(UserRecord(id=900, chat_id=900, created_at=NOW, updated_at=NOW))
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
            await uow.users.add(UserRecord(id=901, chat_id=901, created_at=NOW, updated_at=NOW))
            await uow.commit()
            return found

    try:
        _, seen_by_waiter = await asyncio.wait_for(
            asyncio.gather(hold_the_lock_for_a_while(), write_once_the_lock_is_free()), 10
        )
    finally:
        await other.dispose()
        await engine.dispose()
    assert ticks == 20
    assert seen_by_waiter == {900}  # it began only after the holder committed
