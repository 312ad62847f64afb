"""A routine step in SQLAlchemy Core: one locked read and plain writes for each button press.

A press touches one session row, one exercise result and at most one pain rating, all known up
front, so it reads a frozen snapshot of the session and writes with plain statements instead
of loading and flushing ORM objects. They run in the unit of work's session and transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Base, ExerciseResult, PainRating, RoutineSession, User

_TABLES = Base.metadata.tables
_SESSIONS = _TABLES[RoutineSession.__tablename__]
_USERS = _TABLES[User.__tablename__]


@dataclass(frozen=True, slots=True)
class SessionSnapshot:
    """A routine session's row as read under its owner's lock, with the owner's time zone."""

    id: int
    user_id: int
    routine_id: str
    local_date: date
    status: str
    phase: str
    step: int
    total: int
    plan: str
    softened: str
    track_pain: bool
    gentler: bool
    hurt: str | None
    stopping: bool
    version: int
    counted: bool
    started_at: datetime
    updated_at: datetime
    finished_at: datetime | None
    timezone: str


# FOR UPDATE locks the session and its owner's row (PostgreSQL), the same user lock every other
# change of that user takes, so replicas apply one person's presses one at a time.
_SESSION_FIELDS = [field.name for field in fields(SessionSnapshot) if field.name != "timezone"]
_SNAPSHOT = (
    select(*(_SESSIONS.c[name] for name in _SESSION_FIELDS), _USERS.c.timezone)
    .join_from(_SESSIONS, _USERS, _USERS.c.id == _SESSIONS.c.user_id)
    .with_for_update()
)
_BY_ID = _SNAPSHOT.where(
    _SESSIONS.c.id == bindparam("session_id"), _SESSIONS.c.user_id == bindparam("user_id")
)
_ACTIVE = _SNAPSHOT.where(
    _SESSIONS.c.user_id == bindparam("user_id"), _SESSIONS.c.status == "active"
)
_STEP_COLUMNS = ("phase", "step", "status", "gentler", "hurt", "stopping", "version", "counted")
_SAVE_STEP = (
    update(_SESSIONS)
    .where(_SESSIONS.c.id == bindparam("session_id"))
    .values({name: bindparam(name) for name in (*_STEP_COLUMNS, "updated_at", "finished_at")})
)
_CLOSE = (
    update(_SESSIONS)
    .where(_SESSIONS.c.id == bindparam("session_id"))
    .values(status=bindparam("status"), updated_at=bindparam("updated_at"))
)
_INSERT = (
    insert(_SESSIONS)
    .values({name: bindparam(name) for name in _SESSION_FIELDS if name != "id"})
    .returning(_SESSIONS.c.id)
)
_ADD_RESULT = insert(_TABLES[ExerciseResult.__tablename__])
_ADD_RATING = insert(_TABLES[PainRating.__tablename__])


class StepRepository:
    """Reads and writes one routine step in the unit of work's transaction."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def locked(self, user_id: int, session_id: int) -> SessionSnapshot | None:
        """That user's session by id (None for anyone else's), locked with its owner."""
        return await self._one(_BY_ID, {"user_id": user_id, "session_id": session_id})

    async def locked_active(self, user_id: int) -> SessionSnapshot | None:
        """The user's one unfinished session, if any, locked with its owner."""
        return await self._one(_ACTIVE, {"user_id": user_id})

    async def save_step(
        self,
        snapshot: SessionSnapshot,
        *,
        result: dict[str, Any] | None = None,
        rating: dict[str, Any] | None = None,
    ) -> None:
        """Write a changed snapshot's walk back, with the step's exercise result and pain rating.

        `result`/`rating`: columns of exercise_results and pain_ratings, or None.
        """
        values: dict[str, Any] = {name: getattr(snapshot, name) for name in _STEP_COLUMNS}
        values.update(
            session_id=snapshot.id,
            updated_at=snapshot.updated_at,
            finished_at=snapshot.finished_at,
        )
        if result is not None:
            await self._execute(_ADD_RESULT, result)
        if rating is not None:
            await self._execute(_ADD_RATING, rating)
        await self._execute(_SAVE_STEP, values)

    async def insert(self, columns: dict[str, Any]) -> int:
        """Store a new session (every column but the id); returns its id."""
        return int((await self._session.execute(_INSERT, columns)).scalar_one())

    async def close(self, session_id: int, status: str, now: datetime) -> None:
        """End a session without finishing its walk (abandoned)."""
        await self._execute(_CLOSE, {"session_id": session_id, "status": status, "updated_at": now})

    async def _one(self, statement: Any, params: dict[str, Any]) -> SessionSnapshot | None:
        """Run a snapshot query in the transaction."""
        row = (await self._session.execute(statement, params)).first()
        return None if row is None else SessionSnapshot(*row)

    async def _execute(self, statement: Any, params: dict[str, Any]) -> None:
        """Run a write in this unit of work's transaction."""
        await self._session.execute(statement, params)
