"""Update receipts: an update's id is claimed in the same transaction as its first effects."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, delete
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from bot.services.update_receipt import UpdateReceipt
from db.models import ProcessedUpdate

_CLAIM_POSTGRESQL, _CLAIM_SQLITE = (
    insert(ProcessedUpdate)
    .values(update_id=bindparam("update_id"), processed_at=bindparam("processed_at"))
    .on_conflict_do_nothing(index_elements=[ProcessedUpdate.update_id])
    for insert in (postgresql_insert, sqlite_insert)
)


class ReceiptRepository:
    """Processed update ids, pruned once Telegram can no longer redeliver them."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def claim(self, receipt: UpdateReceipt) -> bool:
        """Insert an open receipt's id in this transaction (True); False if it is not open.

        If the id exists, another delivery already applied the update: DuplicateUpdate.

        On PostgreSQL a concurrent delivery's insert waits for this transaction, then finds the
        id; SQLite runs one writer at a time. Either way exactly one delivery commits effects.
        """
        if not receipt.claiming():
            return False
        dialect = self._session.get_bind().dialect.name
        statement = _CLAIM_POSTGRESQL if dialect == "postgresql" else _CLAIM_SQLITE
        try:
            # On the connection, not the session: the ORM would run this as a bulk insert,
            # whose rowcount does not say whether the row was new.
            connection = await self._session.connection()
            result = await connection.execute(
                statement, {"update_id": receipt.update_id, "processed_at": receipt.received_at}
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
