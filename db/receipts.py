"""Update receipts: an update's id is claimed in the same transaction as its first effects."""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from sqlalchemy import bindparam, delete
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import ProcessedUpdate


class DuplicateUpdate(Exception):
    """Another delivery of this update already committed its effects; this one must not."""


class ReceiptState(Enum):
    """Where the update being applied stands."""

    OPEN = "open"  # nothing durable yet: the next unit of work claims the id
    CLAIMED = "claimed"  # inserted by a unit of work that has not committed yet
    RECORDED = "recorded"  # committed together with the update's first effects
    DUPLICATE = "duplicate"  # another delivery committed first


@dataclass(slots=True)
class UpdateReceipt:
    """The update this task is applying; shared by every unit of work the update opens."""

    update_id: int
    received_at: datetime
    state: ReceiptState = ReceiptState.OPEN

    def rolled_back(self) -> None:
        """A claim not yet committed went with its transaction: the next unit of work claims."""
        if self.state is ReceiptState.CLAIMED:
            self.state = ReceiptState.OPEN

    def recorded(self) -> None:
        """The claim was committed with the update's effects."""
        if self.state is ReceiptState.CLAIMED:
            self.state = ReceiptState.RECORDED


_CLAIM_POSTGRESQL, _CLAIM_SQLITE = (
    insert(ProcessedUpdate)
    .values(update_id=bindparam("update_id"), processed_at=bindparam("processed_at"))
    .on_conflict_do_nothing(index_elements=[ProcessedUpdate.update_id])
    for insert in (postgresql_insert, sqlite_insert)
)


# Set per update by the receipt handler; each update runs in its own task, so it never leaks.
current_receipt: ContextVar[UpdateReceipt | None] = ContextVar("current_receipt", default=None)


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
        if receipt.state is not ReceiptState.OPEN:
            return False
        dialect = self._session.get_bind().dialect.name
        statement = _CLAIM_POSTGRESQL if dialect == "postgresql" else _CLAIM_SQLITE
        receipt.state = ReceiptState.CLAIMED  # before the await: a sibling never claims twice
        try:
            # On the connection, not the session: the ORM would run this as a bulk insert,
            # whose rowcount does not say whether the row was new.
            connection = await self._session.connection()
            result = await connection.execute(
                statement, {"update_id": receipt.update_id, "processed_at": receipt.received_at}
            )
        except BaseException:
            receipt.state = ReceiptState.OPEN  # the insert failed; the next unit of work retries
            raise
        if result.rowcount == 0:
            receipt.state = ReceiptState.DUPLICATE
            raise DuplicateUpdate(receipt.update_id)
        return True

    async def prune(self, before: datetime) -> int:
        """Forget ids older than Telegram's redelivery window."""
        result = await self._session.execute(
            delete(ProcessedUpdate).where(ProcessedUpdate.processed_at < before)
        )
        return int(getattr(result, "rowcount", 0) or 0)
