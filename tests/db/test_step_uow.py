"""The step-only unit of work: one transaction, the update id claimed with the step, or nothing."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import asyncpg
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from bench.common import fresh_schema, seed_users
from bot.content import load_catalog
from bot.services.routine import RoutineService
from db.engine import create_engine, create_session_factory
from db.models import ProcessedUpdate
from db.receipts import DuplicateUpdate, ReceiptState, UpdateReceipt, current_receipt
from db.step_uow import DriverStepUnitOfWork
from db.steps import SessionSnapshot
from db.uow import SqlUnitOfWorkFactory
from tests.conftest import postgres_url
from tests.dbcheck import fetch_all

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
# How asyncpg reports a connection the server dropped, depending on when it notices.
CONNECTION_LOST = (
    asyncpg.PostgresConnectionError,
    asyncpg.InterfaceError,
    asyncpg.InternalClientError,
)


@pytest.fixture
async def database_url() -> str:
    """PostgreSQL only: SQLite has no step-only unit of work (every step takes the full one)."""
    url = postgres_url()
    if url is None:
        pytest.skip("TEST_POSTGRES_URL is not set")
    return url


@pytest.fixture
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    """A migrated database with one onboarded user (id 1) who has started the full routine."""
    engine = await fresh_schema(database_url)
    await seed_users(engine, 1, NOW)
    units = SqlUnitOfWorkFactory(create_session_factory(engine))
    plans = {rid: routine.exercises for rid, routine in load_catalog(None).routines.items()}
    started = await RoutineService(units, plans, lambda: NOW).start(1, "full")
    assert started.prompt is not None
    yield engine
    current_receipt.set(None)
    await engine.dispose()


@pytest.fixture
def units(engine: AsyncEngine) -> SqlUnitOfWorkFactory:
    """Units of work on that database."""
    return SqlUnitOfWorkFactory(create_session_factory(engine))


def step_unit(units: SqlUnitOfWorkFactory) -> DriverStepUnitOfWork:
    """The step-only unit of work, which PostgreSQL has."""
    unit = units.step_only()
    assert unit is not None
    return unit


async def test_sqlite_has_no_step_only_unit_of_work(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'steps.sqlite3'}")
    assert SqlUnitOfWorkFactory(create_session_factory(engine)).step_only() is None
    await engine.dispose()


def receipt_for(update_id: int) -> UpdateReceipt:
    """The update being applied, as the receipt handler opens it."""
    receipt = UpdateReceipt(update_id, NOW)
    current_receipt.set(receipt)
    return receipt


async def version_of(engine: AsyncEngine) -> int:
    """The stored version of user 1's session."""
    async with engine.connect() as connection:
        return int(
            (await connection.execute(text("SELECT version FROM routine_sessions"))).scalar_one()
        )


async def stored_update_ids(database_url: str) -> set[int]:
    """Update ids committed as processed."""
    return {row.update_id for row in await fetch_all(database_url, ProcessedUpdate)}


async def step(units: SqlUnitOfWorkFactory, *, commit: bool) -> SessionSnapshot:
    """Read user 1's session under lock and write it back one version on."""
    async with step_unit(units) as uow:
        snapshot = await uow.steps.locked_active(1)
        assert snapshot is not None
        await uow.steps.save_step(dataclasses.replace(snapshot, version=snapshot.version + 1))
        if commit:
            await uow.commit()
        return snapshot


async def fail_after_the_step_read(units: SqlUnitOfWorkFactory) -> None:
    """A bug between the locked read and the write."""
    async with step_unit(units) as uow:
        await uow.steps.locked_active(1)
        raise ZeroDivisionError


async def test_a_committed_step_is_stored_with_its_update_id(
    units: SqlUnitOfWorkFactory, engine: AsyncEngine, database_url: str
) -> None:
    receipt = receipt_for(7)
    await step(units, commit=True)
    assert receipt.state is ReceiptState.RECORDED
    assert await version_of(engine) == 1
    assert await stored_update_ids(database_url) == {7}


async def test_an_uncommitted_step_leaves_nothing_and_its_id_is_claimed_again(
    units: SqlUnitOfWorkFactory, engine: AsyncEngine, database_url: str
) -> None:
    receipt = receipt_for(8)
    await step(units, commit=False)
    assert receipt.state is ReceiptState.OPEN
    assert await version_of(engine) == 0
    assert await stored_update_ids(database_url) == set()
    await step(units, commit=True)  # the same update, applied in its next unit of work
    assert receipt.state is ReceiptState.RECORDED
    assert await version_of(engine) == 1
    assert await stored_update_ids(database_url) == {8}


async def test_a_redelivered_update_changes_nothing(
    units: SqlUnitOfWorkFactory, engine: AsyncEngine
) -> None:
    receipt_for(9)
    await step(units, commit=True)
    again = receipt_for(9)
    with pytest.raises(DuplicateUpdate):
        await step(units, commit=True)
    assert again.state is ReceiptState.DUPLICATE
    assert await version_of(engine) == 1


async def test_every_unit_of_work_gives_its_connection_back_with_nothing_uncommitted(
    units: SqlUnitOfWorkFactory, engine: AsyncEngine
) -> None:
    for update_id in range(20, 30):
        receipt_for(update_id)
        await step(units, commit=update_id % 2 == 0)
    with pytest.raises(ZeroDivisionError):
        await fail_after_the_step_read(units)
    assert engine.sync_engine.pool.checkedout() == 0  # type: ignore[attr-defined]
    # A connection handed back inside its transaction would read its own uncommitted version.
    assert await version_of(engine) == 5


async def test_a_step_unit_of_work_cannot_commit_before_its_step_read(
    units: SqlUnitOfWorkFactory, database_url: str
) -> None:
    receipt_for(11)
    with pytest.raises(RuntimeError, match="step read"):
        async with step_unit(units) as uow:
            await uow.commit()
    assert await stored_update_ids(database_url) == set()


@pytest.mark.parametrize("unit", ["step-only", "full"])
async def test_a_connection_lost_mid_step_reports_the_steps_error_and_the_next_step_works(
    units: SqlUnitOfWorkFactory, engine: AsyncEngine, database_url: str, unit: str
) -> None:
    """Either unit of work: its failed rollback must not mask the step's own error."""
    receipt = receipt_for(40)
    # The step's own error, not the failed rollback's, whichever way asyncpg noticed the loss.
    with pytest.raises(CONNECTION_LOST) as lost:
        await lose_the_connection_mid_step(units, database_url, full=unit == "full")
    assert "save_step" in [entry.name for entry in lost.traceback]
    assert receipt.state is ReceiptState.OPEN  # nothing was committed: the update is still open
    assert engine.sync_engine.pool.checkedout() == 0  # type: ignore[attr-defined]
    await step(units, commit=True)  # the same update, applied on a sound connection
    assert receipt.state is ReceiptState.RECORDED
    assert await version_of(engine) == 1


async def lose_the_connection_mid_step(
    units: SqlUnitOfWorkFactory, database_url: str, *, full: bool
) -> None:
    """The server drops the step's connection between its locked read and its write.

    `full`: in the full unit of work (a finishing press runs there), else the step-only one.
    """
    async with units(claim_in_step_read=True) if full else step_unit(units) as uow:
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
