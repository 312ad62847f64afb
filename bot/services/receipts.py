"""Exactly-once updates: Telegram redelivers after a webhook timeout or a crash before ack."""

from __future__ import annotations

import logging
from datetime import timedelta

from sqlalchemy.exc import SQLAlchemyError

from bot.services.ports import Clock, UnitOfWorkFactory
from bot.services.update_receipt import DuplicateUpdate, ReceiptState, UpdateReceipt

logger = logging.getLogger(__name__)

# Telegram keeps an unconfirmed update for 24 hours; a week leaves a wide margin.
KEEP_RECEIPTS = timedelta(days=7)


class ReceiptService:
    """Opens a receipt per update; its first transaction claims the id, atomically with effects."""

    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow_factory = uow_factory
        self._clock = clock

    def begin(self, update_id: int) -> UpdateReceipt:
        """Open the receipt; the update's first unit of work claims it (or finds a duplicate)."""
        return UpdateReceipt(update_id, self._clock())

    async def finish(self, receipt: UpdateReceipt | None) -> None:
        """Claim and commit the id of an update that changed nothing, so it is known too."""
        if receipt is None or receipt.state is not ReceiptState.OPEN:
            return
        try:
            async with self._uow_factory(receipt) as uow:
                await uow.commit()
        except DuplicateUpdate:
            logger.debug("read-only update seen before update_id=%s", receipt.update_id)
        except (SQLAlchemyError, OSError) as error:
            # The reply went out already; only a redelivery could now be answered twice.
            logger.warning("update id not recorded error=%s", type(error).__name__)

    async def prune(self) -> int:
        """Drop receipts Telegram can no longer redeliver; called from the scheduler tick."""
        async with self._uow_factory() as uow:
            forgotten = await uow.receipts.prune(self._clock() - KEEP_RECEIPTS)
            await uow.commit()
        if forgotten:
            logger.debug("update receipts pruned count=%s", forgotten)
        return forgotten
