"""Admin statistics: counts over all users for the /stats command; read-only."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Nudge, PainRating, RoutineSession, User


class StatsRepository:
    """Counts over all users; read-only."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def users(self) -> tuple[int, int]:
        """All users, and those who blocked the bot."""
        query = select(func.count(), func.count().filter(User.blocked.is_(True))).select_from(User)
        total, blocked = (await self._session.execute(query)).one()
        return int(total), int(blocked)

    async def active_since(self, since: datetime) -> int:
        """Users who started a session since then."""
        query = select(func.count(func.distinct(RoutineSession.user_id))).where(
            RoutineSession.started_at >= since
        )
        return int((await self._session.execute(query)).scalar_one())

    async def sessions_per_day(self, since: date) -> dict[date, int]:
        """Sessions by the users' local date, from `since` on."""
        query = (
            select(RoutineSession.local_date, func.count())
            .where(RoutineSession.local_date >= since)
            .group_by(RoutineSession.local_date)
        )
        return {day: int(count) for day, count in (await self._session.execute(query)).all()}

    async def average_relief(self) -> float | None:
        """Mean of before minus after over sessions that have both ratings."""
        before = select(PainRating.session_id, PainRating.score).where(PainRating.kind == "before")
        after = select(PainRating.session_id, PainRating.score).where(PainRating.kind == "after")
        b, a = before.subquery(), after.subquery()
        query = select(func.avg(b.c.score - a.c.score)).join_from(
            b, a, b.c.session_id == a.c.session_id
        )
        value = (await self._session.execute(query)).scalar_one()
        return None if value is None else float(value)

    async def nudges_by_status(self) -> dict[str, int]:
        """Nudge counts per status."""
        query = select(Nudge.status, func.count()).group_by(Nudge.status)
        return {status: int(count) for status, count in (await self._session.execute(query)).all()}

    async def busiest_due_instant(
        self, since: datetime, until: datetime
    ) -> tuple[datetime, int] | None:
        """The instant in [since, until) at which most users' nudges fall due, and how many."""
        count = func.count().label("due")
        query = (
            select(User.next_nudge_at, count)
            .where(User.next_nudge_at >= since, User.next_nudge_at < until)
            .group_by(User.next_nudge_at)
            .order_by(count.desc(), User.next_nudge_at)
            .limit(1)
        )
        row = (await self._session.execute(query)).one_or_none()
        if row is None or row[0] is None:
            return None
        return row[0], int(row[1])
