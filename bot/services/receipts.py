"""Exactly-once updates: Telegram redelivers after a webhook timeout or a crash before ack."""

from __future__ import annotations

import logging
from datetime import timedelta

from sqlalchemy.exc import SQLAlchemyError

from bot.services.ports import Clock, UnitOfWorkFactory
from db.receipts import DuplicateUpdate, ReceiptState, UpdateReceipt, current_receipt

logger = logging.getLogger(__name__)

# Telegram keeps an unconfirmed update for 24 hours; a week leaves a wide margin.
KEEP_RECEIPTS = timedelta(days=7)


class ReceiptService:
    """Opens a receipt per update; its first transaction claims the id, atomically with effects."""

    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow_factory = uow_factory
        self._clock = clock

    def begin(self, update_id: int) -> None:
        """Open the receipt; the update's first unit of work claims it (or finds a duplicate)."""
        current_receipt.set(UpdateReceipt(update_id, self._clock()))

    async def finish(self) -> None:
        """Claim and commit the id of an update that changed nothing, so it is known too."""
        receipt = current_receipt.get()
        try:
            if receipt is not None and receipt.state is ReceiptState.OPEN:
                async with self._uow_factory() as uow:
                    await uow.commit()
        except DuplicateUpdate:
            logger.debug("read-only update seen before update_id=%s", receipt and receipt.update_id)
        except (SQLAlchemyError, OSError) as error:
            # The reply went out already; only a redelivery could now be answered twice.
            logger.warning("update id not recorded error=%s", type(error).__name__)
        finally:
            current_receipt.set(None)

    async def prune(self) -> int:
        """Drop receipts Telegram can no longer redeliver; called from the scheduler tick."""
        async with self._uow_factory() as uow:
            forgotten = await uow.receipts.prune(self._clock() - KEEP_RECEIPTS)
            await uow.commit()
        if forgotten:
            logger.debug("update receipts pruned count=%s", forgotten)
        return forgotten
