"""Exactly-once updates: Telegram redelivers after a webhook timeout or a crash before ack.

The rule: every update claims its id first, in its own short transaction, before any reply.
- A delivery that finds the id finished stops there: nothing is changed or answered twice.
- The update's first effects finish the claim in their own transaction; an update that changes
  nothing finishes it at the end.
- A delivery that finds the id claimed but unfinished waits for the other delivery: if that one
  finishes, this one stops; once the claim is STARTED_CLAIM_EXPIRES old and still unfinished,
  its delivery died, and this one applies the update (a late commit of the first is refused,
  since the claim's token is no longer its own). So a crash never loses an update.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import time
from datetime import timedelta

from sqlalchemy.exc import SQLAlchemyError

from bot.services.ports import Clock, UnitOfWorkFactory
from bot.services.update_receipt import ClaimOutcome, DuplicateUpdate, ReceiptState, UpdateReceipt

logger = logging.getLogger(__name__)

# Telegram keeps an unconfirmed update for 24 hours; a week leaves a wide margin.
KEEP_RECEIPTS = timedelta(days=7)
# Longer than any update takes to reach its first commit; a claim older than this is dead.
STARTED_CLAIM_EXPIRES = timedelta(seconds=30)
_WAIT_STEP_SECONDS = 0.2


class ReceiptService:
    """Claims each update's id before its handlers run; finishes those that changed nothing."""

    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow_factory = uow_factory
        self._clock = clock

    async def begin(self, update_id: int) -> UpdateReceipt:
        """Claim the update for this delivery, or raise DuplicateUpdate before any reply.

        If the claim cannot be stored (the database is away), the receipt stays open and the
        update's first unit of work inserts the id with its effects, as the fallback.
        """
        receipt = UpdateReceipt(update_id, self._clock())
        deadline = time.monotonic() + STARTED_CLAIM_EXPIRES.total_seconds()
        while True:
            token = secrets.randbits(62) + 1
            try:
                outcome = await self._start(update_id, token)
            except (SQLAlchemyError, OSError) as error:
                logger.warning("update id not claimed first error=%s", type(error).__name__)
                return receipt
            if outcome is ClaimOutcome.TAKEN:
                receipt.started(token)
                return receipt
            if outcome is ClaimOutcome.FINISHED or time.monotonic() >= deadline:
                raise receipt.duplicate()
            # Another delivery is applying it now: see whether it finishes or dies.
            await asyncio.sleep(_WAIT_STEP_SECONDS)

    async def _start(self, update_id: int, token: int) -> ClaimOutcome:
        """The claim-first statement, committed on its own."""
        now = self._clock()
        async with self._uow_factory() as uow:
            outcome = await uow.receipts.start(update_id, token, now, now - STARTED_CLAIM_EXPIRES)
            await uow.commit()
        return outcome

    async def finish(self, receipt: UpdateReceipt | None) -> None:
        """Finish the claim of an update that changed nothing, so a redelivery stops too."""
        if receipt is None or receipt.state not in (ReceiptState.OPEN, ReceiptState.STARTED):
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
