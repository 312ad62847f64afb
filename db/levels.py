"""Dose levels per user and exercise, every change of one, and how finished sessions felt."""

from __future__ import annotations

from dataclasses import asdict

from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.services.records import FeltSession, LevelChangeRecord, LevelRecord
from db.models import Base, ExerciseLevel, LevelChange, RoutineSession

_TABLES = Base.metadata.tables
_LEVELS = _TABLES[ExerciseLevel.__tablename__]
_CHANGES = _TABLES[LevelChange.__tablename__]
_SESSIONS = _TABLES[RoutineSession.__tablename__]
_LEVEL_FIELDS = ("exercise_id", "level", "changed_on", "changed_at", "last_step")
_CHANGE_FIELDS = ("exercise_id", "from_level", "to_level", "reason", "local_date", "changed_at")
# Sessions the dose rule reads: finished by the user (completed or stopped), newest first.
_FINISHED = (
    select(
        _SESSIONS.c.id,
        _SESSIONS.c.local_date,
        _SESSIONS.c.finished_at,
        _SESSIONS.c.feel,
        _SESSIONS.c.counted,
        _SESSIONS.c.routine_id,
    )
    .where(
        _SESSIONS.c.user_id == bindparam("user_id"),
        _SESSIONS.c.status.in_(("completed", "stopped")),
        _SESSIONS.c.finished_at.is_not(None),
    )
    .order_by(_SESSIONS.c.finished_at.desc(), _SESSIONS.c.id.desc())
    .limit(bindparam("limit"))
)


class LevelRepository:
    """Reads and writes levels in the unit of work's transaction (never commits)."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def of_user(self, user_id: int) -> dict[str, LevelRecord]:
        """The user's stored levels by exercise id (exercises without a row are at level 0)."""
        query = select(*(_LEVELS.c[name] for name in _LEVEL_FIELDS)).where(
            _LEVELS.c.user_id == user_id
        )
        rows = await self._session.execute(query)
        return {row[0]: LevelRecord(*row) for row in rows}

    async def save(self, user_id: int, record: LevelRecord) -> None:
        """Store one exercise's level (insert or update)."""
        key = (_LEVELS.c.user_id == user_id) & (_LEVELS.c.exercise_id == record.exercise_id)
        values = asdict(record)
        exists = await self._session.scalar(select(func.count()).where(key))
        if exists:
            await self._session.execute(update(_LEVELS).where(key).values(values))
        else:
            await self._session.execute(insert(_LEVELS).values(user_id=user_id, **values))

    def add_change(self, user_id: int, change: LevelChangeRecord) -> None:
        """Record a change for /history and /export (flushed with the unit of work)."""
        self._session.add(LevelChange(user_id=user_id, **asdict(change)))

    async def changes(self, user_id: int) -> list[LevelChangeRecord]:
        """Every change, oldest first."""
        query = (
            select(*(_CHANGES.c[name] for name in _CHANGE_FIELDS))
            .where(_CHANGES.c.user_id == user_id)
            .order_by(_CHANGES.c.changed_at, _CHANGES.c.id)
        )
        return [LevelChangeRecord(*row) for row in await self._session.execute(query)]

    async def reset(self, user_id: int) -> int:
        """Every exercise back to its seed dose; returns how many levels were above it."""
        raised = await self._session.scalar(
            select(func.count()).where(_LEVELS.c.user_id == user_id, _LEVELS.c.level > 0)
        )
        await self._session.execute(delete(_LEVELS).where(_LEVELS.c.user_id == user_id))
        return int(raised or 0)

    async def finished(self, user_id: int, limit: int) -> list[FeltSession]:
        """The user's latest finished sessions, oldest first."""
        rows = await self._session.execute(_FINISHED, {"user_id": user_id, "limit": limit})
        return [FeltSession(*row) for row in reversed(rows.all())]

    async def set_feel(self, session_id: int, feel: str) -> None:
        """Store the answer to "How did it feel?" on its session."""
        await self._session.execute(
            update(_SESSIONS).where(_SESSIONS.c.id == session_id).values(feel=feel)
        )
