"""A routine step's own unit of work on PostgreSQL: one asyncpg transaction, no ORM session.

A button press mid-walk reads its session under lock and writes one statement: nothing of the
ORM. An AsyncSession around those (create, connect, commit, close: greenlet hops, transaction
bookkeeping, identity map) cost about as much CPU as the statements themselves. This unit of
work checks a connection out of the engine's pool (its checkout ping and checkin events run as
for any other), runs the step's statements in an asyncpg transaction and puts the connection
back. A press that finishes the walk needs the ORM (streak, summary, reminder); the routine
service redoes that one in a full unit of work, so this one is rolled back.
"""

from __future__ import annotations

import logging
from types import TracebackType
from typing import Any, Self

from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.util import greenlet_spawn

from db.driver_statements import DriverConnection, DriverRunner, statements_for
from db.receipts import ClaimHandOff, ReceiptState, current_receipt
from db.steps import StepRepository

logger = logging.getLogger(__name__)


class DriverStepUnitOfWork:
    """Owns one asyncpg transaction for one routine step; rolls back unless committed."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine
        self._pooled: Any = None
        self._transaction: Any = None
        self._steps: StepRepository | None = None
        self._hand_off: ClaimHandOff | None = None

    async def __aenter__(self) -> Self:
        """Check a connection out and begin; the step read claims the update id."""
        receipt = current_receipt.get()
        if receipt is not None and receipt.state is not ReceiptState.OPEN:
            receipt = None
        self._hand_off = ClaimHandOff(receipt)
        self._pooled = await self._engine.raw_connection()
        try:
            driver: DriverConnection = self._pooled.driver_connection
            self._transaction = self._pooled.driver_connection.transaction()  # asyncpg's own
            await self._transaction.start()
        except BaseException:
            await self._release()
            raise

        async def held() -> DriverConnection:
            return driver

        runner = DriverRunner(statements_for(self._engine.dialect), held)
        self._steps = StepRepository(runner, postgresql=True, claim=self._hand_off)
        return self

    @property
    def steps(self) -> StepRepository:
        """Routine steps, within this transaction."""
        if self._steps is None:
            raise RuntimeError("the unit of work is not open")
        return self._steps

    async def commit(self) -> None:
        """Make the step durable, with its update id, before the bot replies."""
        hand_off = self._require_hand_off()
        if hand_off.pending is not None:
            raise RuntimeError("a step unit of work commits only after its step read")
        if self._transaction is None:
            raise RuntimeError("the unit of work is not open")
        await self._transaction.commit()
        self._transaction = None
        if hand_off.claimed is not None:
            hand_off.claimed.state = ReceiptState.RECORDED
            hand_off.claimed = None

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        """Roll back what was not committed and give the connection back to the pool."""
        try:
            if self._transaction is not None:
                await self._transaction.rollback()
        except Exception as error:
            # A lost connection cannot roll back; the server ends its transaction, and _release
            # discards the connection. The step's own error, if any, is the one that matters.
            logger.warning("step rollback failed error=%s", type(error).__name__)
        finally:
            if self._hand_off is not None and self._hand_off.claimed is not None:
                self._hand_off.claimed.rolled_back()
            self._transaction = None
            self._steps = None
            self._hand_off = None
            await self._release()

    async def _release(self) -> None:
        """Back to the pool; a connection still inside a transaction is discarded instead."""
        pooled, self._pooled = self._pooled, None
        if pooled is None:
            return
        if pooled.driver_connection.is_closed() or pooled.driver_connection.is_in_transaction():
            logger.warning("step connection discarded: still in a transaction or closed")
            pooled.invalidate()
        await greenlet_spawn(pooled.close)

    def _require_hand_off(self) -> ClaimHandOff:
        """Guard against using the unit of work outside `async with`."""
        if self._hand_off is None:
            raise RuntimeError("the unit of work is not open")
        return self._hand_off
