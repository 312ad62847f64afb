"""Exactly-once updates: Telegram redelivers after a webhook timeout or a crash before ack."""

from __future__ import annotations

import logging
from datetime import timedelta

from bot.services.ports import Clock, UnitOfWorkFactory
from db.receipts import ReceiptState, UpdateReceipt, current_receipt

logger = logging.getLogger(__name__)

# Telegram keeps an unconfirmed update for 24 hours; a week leaves a wide margin.
KEEP_RECEIPTS = timedelta(days=7)


class ReceiptService:
    """Opens a receipt per update; the first commit of its effects stamps it atomically."""

    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow_factory = uow_factory
        self._clock = clock

    async def begin(self, update_id: int) -> bool:
        """False for an update already applied; otherwise its effects will carry the receipt."""
        async with self._uow_factory() as uow:
            if await uow.receipts.seen(update_id):
                current_receipt.set(None)
                return False
        current_receipt.set(UpdateReceipt(update_id, self._clock()))
        return True

    async def finish(self) -> None:
        """Stamp an update that changed nothing, so a redelivery is not answered twice."""
        receipt = current_receipt.get()
        current_receipt.set(None)
        if receipt is None or receipt.state is not ReceiptState.OPEN:
            return
        token = current_receipt.set(receipt)
        try:
            async with self._uow_factory() as uow:
                await uow.commit()
        finally:
            current_receipt.reset(token)

    async def prune(self) -> int:
        """Drop receipts Telegram can no longer redeliver; called from the scheduler tick."""
        async with self._uow_factory() as uow:
            forgotten = await uow.receipts.prune(self._clock() - KEEP_RECEIPTS)
            await uow.commit()
        if forgotten:
            logger.debug("update receipts pruned count=%s", forgotten)
        return forgotten
