"""Which lessons a user has seen in the current round (cleared when all have been seen)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Base, LessonSeen

_SEEN = Base.metadata.tables[LessonSeen.__tablename__]


class LessonRepository:
    """Seen lessons in the unit of work's transaction (never commits)."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def seen(self, user_id: int) -> set[str]:
        """Ids of the lessons seen in this round."""
        rows = await self._session.execute(
            select(_SEEN.c.lesson_id).where(_SEEN.c.user_id == user_id)
        )
        return set(rows.scalars().all())

    async def mark_seen(self, user_id: int, lesson_id: str, now: datetime) -> None:
        """Remember a lesson as seen (idempotent)."""
        key = (_SEEN.c.user_id == user_id) & (_SEEN.c.lesson_id == lesson_id)
        if not await self._session.scalar(select(func.count()).where(key)):
            self._session.add(LessonSeen(user_id=user_id, lesson_id=lesson_id, seen_at=now))

    async def forget_seen(self, user_id: int) -> None:
        """Start a new round: every lesson unseen again."""
        await self._session.execute(delete(_SEEN).where(_SEEN.c.user_id == user_id))
