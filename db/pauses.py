"""Pauses: stretches of days without nudges, which freeze a streak instead of breaking it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import bindparam, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.services.records import PauseDates
from db.models import Base, Pause

# Core columns: these reads return plain values, never ORM objects to track.
_PAUSES = Base.metadata.tables[Pause.__tablename__].c
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

    async def for_users(self, user_ids: Sequence[int]) -> dict[int, list[Pause]]:
        """Pauses of many users in one query (a nudge batch)."""
        found: dict[int, list[Pause]] = {}
        if not user_ids:
            return found
        query = select(Pause).where(Pause.user_id.in_(user_ids)).order_by(Pause.start_date)
        for pause in (await self._session.execute(query)).scalars():
            found.setdefault(pause.user_id, []).append(pause)
        return found

    async def open_on(self, user_id: int, day: date) -> Pause | None:
        """The pause covering `day` or starting later, if any."""
        query = select(Pause).where(
            Pause.user_id == user_id, or_(Pause.end_date.is_(None), Pause.end_date >= day)
        )
        return (await self._session.execute(query.limit(1))).scalar_one_or_none()

    def add(self, pause: Pause) -> None:
        """Stage a new pause."""
        self._session.add(pause)
