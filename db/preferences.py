"""Exercise preferences: the exercises a user dropped from their routine."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Base, ExercisePreference

# Core columns: these reads return plain values, never ORM objects to track.
_PREFERENCES = Base.metadata.tables[ExercisePreference.__tablename__].c
_DROPPED = select(_PREFERENCES.exercise_id).where(
    _PREFERENCES.user_id == bindparam("user_id"), _PREFERENCES.dropped.is_(True)
)


class PreferenceRepository:
    """Exercises a user dropped."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def dropped(self, user_id: int) -> set[str]:
        """Ids of dropped exercises."""
        rows = await self._session.execute(_DROPPED, {"user_id": user_id})
        return set(rows.scalars().all())

    async def set_dropped(
        self, user_id: int, exercise_id: str, dropped: bool, now: datetime
    ) -> None:
        """Drop or keep one exercise (idempotent)."""
        row = await self._session.get(ExercisePreference, (user_id, exercise_id))
        if row is None:
            self._session.add(
                ExercisePreference(
                    user_id=user_id, exercise_id=exercise_id, dropped=dropped, updated_at=now
                )
            )
        else:
            row.dropped, row.updated_at = dropped, now

    async def restore_all(self, user_id: int) -> None:
        """Back to the default routine."""
        await self._session.execute(
            delete(ExercisePreference).where(ExercisePreference.user_id == user_id)
        )
