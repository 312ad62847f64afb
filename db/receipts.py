"""Update receipts: claimed first with a token, finished with the update's first effects."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, delete, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql import Executable

from bot.services.update_receipt import ClaimOutcome, ReceiptState, UpdateReceipt
from db.models import ProcessedUpdate

_STALE = ProcessedUpdate.claim.is_not(None) & (
    ProcessedUpdate.processed_at < bindparam("stale_before")
)


_PG_STARTED = postgresql_insert(ProcessedUpdate).values(
    update_id=bindparam("update_id"), processed_at=bindparam("now"), claim=bindparam("token")
)
_SQLITE_STARTED = sqlite_insert(ProcessedUpdate).values(
    update_id=bindparam("update_id"), processed_at=bindparam("now"), claim=bindparam("token")
)
# Insert a started claim, or take over one whose delivery died; returns the id if it is ours.
_START: dict[str, Executable] = {
    "postgresql": _PG_STARTED.on_conflict_do_update(
        index_elements=[ProcessedUpdate.update_id],
        set_={
            "processed_at": _PG_STARTED.excluded.processed_at,
            "claim": _PG_STARTED.excluded.claim,
        },
        where=_STALE,
    ).returning(ProcessedUpdate.update_id),
    "sqlite": _SQLITE_STARTED.on_conflict_do_update(
        index_elements=[ProcessedUpdate.update_id],
        set_={
            "processed_at": _SQLITE_STARTED.excluded.processed_at,
            "claim": _SQLITE_STARTED.excluded.claim,
        },
        where=_STALE,
    ).returning(ProcessedUpdate.update_id),
}
# An unclaimed update's id, inserted as finished (the fallback when the claim-first failed).
_INSERT_FINISHED: dict[str, Executable] = {
    "postgresql": postgresql_insert(ProcessedUpdate)
    .values(update_id=bindparam("update_id"), processed_at=bindparam("processed_at"))
    .on_conflict_do_nothing(index_elements=[ProcessedUpdate.update_id]),
    "sqlite": sqlite_insert(ProcessedUpdate)
    .values(update_id=bindparam("update_id"), processed_at=bindparam("processed_at"))
    .on_conflict_do_nothing(index_elements=[ProcessedUpdate.update_id]),
}


class ReceiptRepository:
    """Processed update ids, pruned once Telegram can no longer redeliver them."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def start(
        self, update_id: int, token: int, now: datetime, stale_before: datetime
    ) -> ClaimOutcome:
        """Claim the id for this delivery before anything else of the update runs.

        A started claim from before `stale_before` belongs to a delivery that died: it is taken
        over. On PostgreSQL a concurrent claim waits for this transaction, then re-reads the row.
        """
        connection = await self._session.connection()
        taken = await connection.execute(
            _START[connection.dialect.name],
            {"update_id": update_id, "now": now, "token": token, "stale_before": stale_before},
        )
        if taken.first() is not None:
            return ClaimOutcome.TAKEN
        claim = await connection.scalar(
            select(ProcessedUpdate.claim).where(ProcessedUpdate.update_id == update_id)
        )
        return ClaimOutcome.FINISHED if claim is None else ClaimOutcome.IN_PROGRESS

    async def claim(self, receipt: UpdateReceipt) -> bool:
        """Finish the receipt in this transaction (True); False if there is nothing to finish.

        A started receipt is finished only while its claim is still ours; an open one (its
        claim could not be stored) is inserted as finished. Otherwise another delivery applied
        the update or took it over: DuplicateUpdate, and this transaction commits nothing.
        """
        state, token = receipt.state, receipt.token
        if not receipt.claiming():
            return False
        try:
            # On the connection, not the session: the ORM would run these as bulk statements,
            # whose rowcount does not say whether a row was new or changed.
            connection = await self._session.connection()
            if state is ReceiptState.STARTED:
                statement = (
                    update(ProcessedUpdate)
                    .where(ProcessedUpdate.update_id == receipt.update_id)
                    .where(ProcessedUpdate.claim == token)
                    .values(claim=None)
                )
                result = await connection.execute(statement)
            else:
                result = await connection.execute(
                    _INSERT_FINISHED[connection.dialect.name],
                    {"update_id": receipt.update_id, "processed_at": receipt.received_at},
                )
        except BaseException:
            receipt.claim_failed()
            raise
        if result.rowcount == 0:
            raise receipt.duplicate()
        return True

    async def prune(self, before: datetime) -> int:
        """Forget ids older than Telegram's redelivery window."""
        result = await self._session.execute(
            delete(ProcessedUpdate).where(ProcessedUpdate.processed_at < before)
        )
        return int(getattr(result, "rowcount", 0) or 0)
