"""Queries for pauses and nudges. Claims use SKIP LOCKED so replicas never take the same row."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import and_, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Nudge, Pause, RoutineSession, User


class PauseRepository:
    """A user's pauses."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def for_user(self, user_id: int) -> Sequence[Pause]:
        """All pauses, oldest first (few per user)."""
        query = select(Pause).where(Pause.user_id == user_id).order_by(Pause.start_date)
        return (await self._session.execute(query)).scalars().all()

    async def open_on(self, user_id: int, day: date) -> Pause | None:
        """The pause covering `day` or starting later, if any."""
        query = select(Pause).where(
            Pause.user_id == user_id, or_(Pause.end_date.is_(None), Pause.end_date >= day)
        )
        return (await self._session.execute(query.limit(1))).scalar_one_or_none()

    def add(self, pause: Pause) -> None:
        """Stage a new pause."""
        self._session.add(pause)


class NudgeRepository:
    """Due users, the nudges outbox, and the done-today check."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def claim_due_users(self, now: datetime, limit: int) -> Sequence[User]:
        """Lock a batch of users whose nudge is due; rows locked by another replica are skipped."""
        query = (
            select(User)
            .where(User.next_nudge_at <= now)
            .order_by(User.next_nudge_at)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        return (await self._session.execute(query)).scalars().all()

    async def claim_pending(self, now: datetime, limit: int) -> Sequence[Nudge]:
        """Lock a batch of pending nudges (snoozes, retries) that are due."""
        query = (
            select(Nudge)
            .where(Nudge.status == "pending", Nudge.due_at <= now)
            .order_by(Nudge.due_at)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        return (await self._session.execute(query)).scalars().all()

    async def existing_keys(
        self, keys: Sequence[tuple[int, date, str]]
    ) -> set[tuple[int, date, str]]:
        """Which (user, local date, kind) nudges already exist."""
        if not keys:
            return set()
        condition = or_(
            *(
                and_(Nudge.user_id == user_id, Nudge.local_date == day, Nudge.kind == kind)
                for user_id, day, kind in keys
            )
        )
        query = select(Nudge.user_id, Nudge.local_date, Nudge.kind).where(condition)
        return {(u, d, k) for u, d, k in (await self._session.execute(query)).all()}

    async def done_days(self, pairs: Sequence[tuple[int, date]]) -> set[tuple[int, date]]:
        """Which (user, local date) pairs already have a session that counts."""
        if not pairs:
            return set()
        condition = or_(
            *(and_(RoutineSession.user_id == u, RoutineSession.local_date == d) for u, d in pairs)
        )
        query = select(RoutineSession.user_id, RoutineSession.local_date).where(
            RoutineSession.counted.is_(True), condition
        )
        return {(u, d) for u, d in (await self._session.execute(query)).all()}

    async def get(self, nudge_id: int) -> Nudge | None:
        """One nudge."""
        return await self._session.get(Nudge, nudge_id)

    async def for_user_on(self, user_id: int, day: date) -> Sequence[Nudge]:
        """A user's nudges of one local day."""
        query = select(Nudge).where(Nudge.user_id == user_id, Nudge.local_date == day)
        return (await self._session.execute(query)).scalars().all()

    def add(self, nudge: Nudge) -> None:
        """Stage a nudge."""
        self._session.add(nudge)

    async def flush(self) -> None:
        """Assign ids."""
        await self._session.flush()

    async def forget_stuck(self, before: datetime, now: datetime) -> int:
        """Nudges left 'sending' by a killed process: their fate is unknown, so never resend."""
        statement = (
            update(Nudge)
            .where(Nudge.status == "sending", Nudge.updated_at < before)
            .values(status="unknown", updated_at=now)
        )
        result = await self._session.execute(statement)
        return int(getattr(result, "rowcount", 0) or 0)
