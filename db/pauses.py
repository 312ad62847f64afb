"""Pauses: stretches of days without nudges, which freeze a streak instead of breaking it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import bindparam, insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.services.records import PauseDates, PauseRecord
from db.models import Base, Pause

# Core columns: these reads return plain values, never ORM objects to track.
_TABLE = Base.metadata.tables[Pause.__tablename__]
_PAUSES = _TABLE.c
_SELECT_PAUSES = select(_PAUSES.id, _PAUSES.user_id, _PAUSES.start_date, _PAUSES.end_date)
_PAUSES_OF_USER = (
    select(_PAUSES.start_date, _PAUSES.end_date)
    .where(_PAUSES.user_id == bindparam("user_id"))
    .order_by(_PAUSES.start_date)
)


class PauseRepository:
    """A user's pauses."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def for_user(self, user_id: int) -> list[PauseDates]:
        """All pauses' dates, oldest first (few per user)."""
        rows = await self._session.execute(_PAUSES_OF_USER, {"user_id": user_id})
        return [PauseDates(*row) for row in rows]

    async def for_users(self, user_ids: Sequence[int]) -> dict[int, list[PauseDates]]:
        """Pauses of many users in one query (a nudge batch), oldest first."""
        found: dict[int, list[PauseDates]] = {}
        if not user_ids:
            return found
        query = _SELECT_PAUSES.where(_PAUSES.user_id.in_(user_ids)).order_by(_PAUSES.start_date)
        for _, user_id, start, end in await self._session.execute(query):
            found.setdefault(user_id, []).append(PauseDates(start, end))
        return found

    async def open_on(self, user_id: int, day: date) -> PauseRecord | None:
        """The pause covering `day` or starting later, if any."""
        query = _SELECT_PAUSES.where(
            _PAUSES.user_id == user_id, or_(_PAUSES.end_date.is_(None), _PAUSES.end_date >= day)
        )
        row = (await self._session.execute(query.limit(1))).first()
        return None if row is None else PauseRecord(*row)

    async def add(self, user_id: int, start_date: date, end_date: date | None) -> None:
        """Store a new pause."""
        values = {"user_id": user_id, "start_date": start_date, "end_date": end_date}
        await self._session.execute(insert(_TABLE), values)

    async def save(self, pause: PauseRecord) -> None:
        """Store a pause's changed dates."""
        values = {"start_date": pause.start_date, "end_date": pause.end_date}
        await self._session.execute(update(_TABLE).where(_PAUSES.id == pause.id), values)
