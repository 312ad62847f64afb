"""Update receipts: an update's id commits in the same transaction as its first effects."""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from sqlalchemy import delete, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import ProcessedUpdate


class DuplicateUpdate(Exception):
    """Another delivery of this update already committed its effects; this one must not."""


class ReceiptState(Enum):
    """Where the update being applied stands."""

    OPEN = "open"
    RECORDED = "recorded"
    DUPLICATE = "duplicate"


@dataclass(slots=True)
class UpdateReceipt:
    """The update this task is applying; shared by every unit of work the update opens."""

    update_id: int
    received_at: datetime
    state: ReceiptState = ReceiptState.OPEN


# Set per update by the receipt handler; each update runs in its own task, so it never leaks.
current_receipt: ContextVar[UpdateReceipt | None] = ContextVar("current_receipt", default=None)


class ReceiptRepository:
    """Processed update ids, pruned once Telegram can no longer redeliver them."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def seen(self, update_id: int) -> bool:
        """Whether this update's effects are already committed."""
        query = select(ProcessedUpdate.update_id).where(ProcessedUpdate.update_id == update_id)
        return (await self._session.execute(query)).first() is not None

    async def stamp(self, receipt: UpdateReceipt) -> None:
        """Insert the id; a conflict means a concurrent delivery won, so this one rolls back."""
        statement = insert(ProcessedUpdate).values(
            update_id=receipt.update_id, processed_at=receipt.received_at
        )
        try:
            await self._session.execute(statement)
        except IntegrityError as error:
            receipt.state = ReceiptState.DUPLICATE
            raise DuplicateUpdate(receipt.update_id) from error

    async def prune(self, before: datetime) -> int:
        """Forget ids older than Telegram's redelivery window."""
        result = await self._session.execute(
            delete(ProcessedUpdate).where(ProcessedUpdate.processed_at < before)
        )
        return int(getattr(result, "rowcount", 0) or 0)
