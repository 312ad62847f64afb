"""Safety events: recorded escalations and screen answers (health data, kept with consent)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Base, SafetyEvent

# Core columns: these reads return plain values, never ORM objects to track.
_EVENTS = Base.metadata.tables[SafetyEvent.__tablename__].c
_RECORDED_SINCE = (
    select(_EVENTS.id)
    .where(
        _EVENTS.user_id == bindparam("user_id"),
        _EVENTS.reason == bindparam("reason"),
        _EVENTS.created_at >= bindparam("since"),
    )
    .limit(1)
)


class SafetyRepository:
    """Recorded escalations."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    def add(
        self, user_id: int, reason: str, created_at: datetime, session_id: int | None = None
    ) -> None:
        """Stage an event for the commit."""
        self._session.add(
            SafetyEvent(
                user_id=user_id, session_id=session_id, reason=reason, created_at=created_at
            )
        )

    async def recorded_since(self, user_id: int, reason: str, since: datetime) -> bool:
        """Whether this reason was already raised recently (a weekly trend is told once)."""
        params = {"user_id": user_id, "reason": reason, "since": since}
        return (await self._session.execute(_RECORDED_SINCE, params)).first() is not None
