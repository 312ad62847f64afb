"""Update receipts commit with the update's effects: a second delivery commits nothing."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest

from bot.services.receipts import KEEP_RECEIPTS, ReceiptService
from db.engine import create_engine, create_session_factory
from db.migrate import upgrade_to_head
from db.models import User
from db.receipts import DuplicateUpdate, ReceiptState, UpdateReceipt, current_receipt
from db.uow import SqlUnitOfWorkFactory

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


@pytest.fixture
async def units(database_url: str) -> AsyncIterator[SqlUnitOfWorkFactory]:
    """Units of work on a migrated database of the backend under test."""
    engine = create_engine(database_url)
    await upgrade_to_head(engine)
    yield SqlUnitOfWorkFactory(create_session_factory(engine))
    current_receipt.set(None)
    await engine.dispose()


def a_user(user_id: int) -> User:
    return User(id=user_id, chat_id=user_id, created_at=NOW, updated_at=NOW)


async def user_ids(units: SqlUnitOfWorkFactory) -> set[int]:
    async with units() as uow:
        return set(await uow.users.existing([1, 2, 3]))


async def test_a_concurrent_second_delivery_rolls_back_its_effects(
    units: SqlUnitOfWorkFactory,
) -> None:
    current_receipt.set(UpdateReceipt(42, NOW))
    async with units() as uow:
        uow.users.add(a_user(1))
        await uow.commit()
    first = current_receipt.get()
    assert first is not None
    assert first.state is ReceiptState.RECORDED

    current_receipt.set(UpdateReceipt(42, NOW))  # the same update, delivered again meanwhile
    async with units() as uow:
        uow.users.add(a_user(2))
        with pytest.raises(DuplicateUpdate):
            await uow.commit()
    second = current_receipt.get()
    assert second is not None
    assert second.state is ReceiptState.DUPLICATE
    assert await user_ids(units) == {1}


async def test_later_commits_of_the_same_update_are_not_mistaken_for_duplicates(
    units: SqlUnitOfWorkFactory,
) -> None:
    current_receipt.set(UpdateReceipt(43, NOW))
    for user_id in (1, 2):
        async with units() as uow:
            uow.users.add(a_user(user_id))
            await uow.commit()
    assert await user_ids(units) == {1, 2}


async def test_begin_refuses_a_seen_update_and_finish_stamps_a_read_only_one(
    units: SqlUnitOfWorkFactory,
) -> None:
    service = ReceiptService(units, lambda: NOW)
    assert await service.begin(50)
    await service.finish()
    assert current_receipt.get() is None
    assert not await service.begin(50)
    assert await service.begin(51)


async def test_receipts_older_than_the_redelivery_window_are_pruned(
    units: SqlUnitOfWorkFactory,
) -> None:
    for update_id, age in ((60, KEEP_RECEIPTS + timedelta(hours=1)), (61, timedelta(hours=1))):
        old = ReceiptService(units, lambda age=age: NOW - age)
        assert await old.begin(update_id)
        await old.finish()
    assert await ReceiptService(units, lambda: NOW).prune() == 1
    async with units() as uow:
        assert await uow.receipts.seen(61)
        assert not await uow.receipts.seen(60)
