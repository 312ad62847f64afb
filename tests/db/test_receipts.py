"""Update receipts are claimed with the update's effects: a second delivery commits nothing."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest

from bot.services.receipts import KEEP_RECEIPTS, STARTED_CLAIM_EXPIRES, ReceiptService
from bot.services.records import UserRecord
from bot.services.update_receipt import DuplicateUpdate, ReceiptState, UpdateReceipt
from db.engine import create_engine, create_session_factory
from db.migrate import upgrade_to_head
from db.models import ProcessedUpdate
from db.uow import SqlUnitOfWorkFactory
from tests.support.dbcheck import fetch_all

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


@pytest.fixture
async def units(database_url: str) -> AsyncIterator[SqlUnitOfWorkFactory]:
    """Units of work on a migrated database of the backend under test."""
    engine = create_engine(database_url)
    await upgrade_to_head(engine)
    yield SqlUnitOfWorkFactory(create_session_factory(engine))
    await engine.dispose()


def a_user(user_id: int) -> UserRecord:
    return UserRecord(id=user_id, chat_id=user_id, created_at=NOW, updated_at=NOW)


async def stored_users(units: SqlUnitOfWorkFactory) -> set[int]:
    async with units() as uow:
        return set(await uow.users.existing([1, 2, 3]))


async def add_and_commit(
    units: SqlUnitOfWorkFactory, user_id: int, receipt: UpdateReceipt | None
) -> None:
    async with units(receipt) as uow:
        await uow.users.add(a_user(user_id))
        await uow.commit()


async def stored_update_ids(database_url: str) -> set[int]:
    return {row.update_id for row in await fetch_all(database_url, ProcessedUpdate)}


def receipt_for(update_id: int) -> UpdateReceipt:
    return UpdateReceipt(update_id, NOW)


async def test_a_second_delivery_stops_at_its_first_unit_of_work(
    units: SqlUnitOfWorkFactory,
) -> None:
    first = receipt_for(42)
    await add_and_commit(units, 1, first)
    assert first.state is ReceiptState.RECORDED

    second = receipt_for(42)  # the same update, delivered again
    with pytest.raises(DuplicateUpdate):
        await add_and_commit(units, 2, second)
    assert second.state is ReceiptState.DUPLICATE
    assert await stored_users(units) == {1}


async def test_a_rolled_back_claim_is_claimed_again_by_the_next_unit_of_work(
    units: SqlUnitOfWorkFactory, database_url: str
) -> None:
    receipt = receipt_for(43)
    async with units(receipt) as uow:
        assert receipt.state is ReceiptState.CLAIMED
        await uow.users.add(a_user(1))  # never committed: the claim goes with it
    assert receipt.state is ReceiptState.OPEN
    for user_id in (2, 3):
        await add_and_commit(units, user_id, receipt)
    assert receipt.state is ReceiptState.RECORDED
    assert await stored_users(units) == {2, 3}
    assert await stored_update_ids(database_url) == {43}


async def test_finish_records_a_read_only_update_so_its_redelivery_is_refused(
    units: SqlUnitOfWorkFactory,
) -> None:
    service = ReceiptService(units, lambda: NOW)
    first = await service.begin(50)
    assert first.state is ReceiptState.STARTED
    await service.finish(first)
    assert first.state is ReceiptState.RECORDED
    with pytest.raises(DuplicateUpdate):
        await service.begin(50)  # the redelivery stops before any handler runs
    assert await stored_users(units) == set()


async def test_receipts_older_than_the_redelivery_window_are_pruned(
    units: SqlUnitOfWorkFactory, database_url: str
) -> None:
    for update_id, age in ((60, KEEP_RECEIPTS + timedelta(hours=1)), (61, timedelta(hours=1))):
        old = ReceiptService(units, lambda age=age: NOW - age)
        await old.finish(await old.begin(update_id))
    assert await ReceiptService(units, lambda: NOW).prune() == 1
    assert await stored_update_ids(database_url) == {61}


async def test_two_deliveries_at_once_commit_exactly_one(units: SqlUnitOfWorkFactory) -> None:
    first_claimed = asyncio.Event()
    release_first = asyncio.Event()

    async def first_delivery() -> None:
        async with units(receipt_for(70)) as uow:
            first_claimed.set()
            await release_first.wait()  # still in its transaction when the copy arrives
            await uow.users.add(a_user(1))
            await uow.commit()

    async def second_delivery() -> None:
        await first_claimed.wait()
        await add_and_commit(units, 2, receipt_for(70))

    first = asyncio.create_task(first_delivery())
    second = asyncio.create_task(second_delivery())
    await asyncio.sleep(0.2)  # the copy is now waiting for the first transaction
    assert not second.done()
    release_first.set()
    await first
    with pytest.raises(DuplicateUpdate):
        await second
    assert await stored_users(units) == {1}


async def test_a_claim_whose_delivery_died_is_taken_over_and_the_late_commit_is_refused(
    units: SqlUnitOfWorkFactory, database_url: str
) -> None:
    clock = {"now": NOW}
    service = ReceiptService(units, lambda: clock["now"])
    died = await service.begin(80)  # claimed, then the process died before its first commit
    clock["now"] += STARTED_CLAIM_EXPIRES + timedelta(seconds=1)

    redelivered = await service.begin(80)
    await add_and_commit(units, 2, redelivered)
    with pytest.raises(DuplicateUpdate):  # the first delivery, had it lived, commits nothing
        await add_and_commit(units, 1, died)

    assert redelivered.state is ReceiptState.RECORDED
    assert await stored_users(units) == {2}
    assert [row.claim for row in await fetch_all(database_url, ProcessedUpdate)] == [None]


async def test_a_copy_waits_for_the_delivery_in_progress_and_stops_once_it_finishes(
    units: SqlUnitOfWorkFactory,
) -> None:
    service = ReceiptService(units, lambda: NOW)
    first = await service.begin(90)
    copy = asyncio.create_task(service.begin(90))
    await asyncio.sleep(0.5)
    assert not copy.done()  # the claim is fresh: its delivery may still finish

    await add_and_commit(units, 1, first)

    with pytest.raises(DuplicateUpdate):
        await copy
    assert await stored_users(units) == {1}
