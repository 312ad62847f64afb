"""Routine sessions with their exercise results and pain ratings.

A button press touches one session row, one exercise result and at most one pain rating, all
known up front, so it reads a frozen snapshot of the session and writes with plain Core
statements instead of loading and flushing ORM objects (StepRepository). Reads of a session as
an ORM object, of its outcomes and of the days that count live in SessionRepository.
"""

from __future__ import annotations

from dataclasses import asdict, fields
from datetime import date, datetime
from typing import Any

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.services.records import (
    NewExerciseResult,
    NewPainRating,
    NewSession,
    OutcomeRow,
    SessionSnapshot,
)
from db.models import Base, ExerciseResult, PainRating, RoutineSession, User

_TABLES = Base.metadata.tables
_SESSIONS = _TABLES[RoutineSession.__tablename__]
_USERS = _TABLES[User.__tablename__]


# FOR UPDATE locks the session and its owner's row (PostgreSQL), the same user lock every other
# change of that user takes, so replicas apply one person's presses one at a time.
_SESSION_FIELDS = [field.name for field in fields(SessionSnapshot) if field.name != "timezone"]
_READ = select(*(_SESSIONS.c[name] for name in _SESSION_FIELDS), _USERS.c.timezone).join_from(
    _SESSIONS, _USERS, _USERS.c.id == _SESSIONS.c.user_id
)
_BY_ID_UNLOCKED = _READ.where(
    _SESSIONS.c.id == bindparam("session_id"), _SESSIONS.c.user_id == bindparam("user_id")
)
_ACTIVE_UNLOCKED = _READ.where(
    _SESSIONS.c.user_id == bindparam("user_id"), _SESSIONS.c.status == "active"
)
_BY_ID = _BY_ID_UNLOCKED.with_for_update()
_ACTIVE = _ACTIVE_UNLOCKED.with_for_update()
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
    .values({field.name: bindparam(field.name) for field in fields(NewSession)})
    .returning(_SESSIONS.c.id)
)
_RESULTS = _TABLES[ExerciseResult.__tablename__]
_ADD_RESULT = insert(_RESULTS)
_ADD_RATING = insert(_TABLES[PainRating.__tablename__])
_OUTCOMES_OF_SESSION = (
    select(_RESULTS.c.session_id, _RESULTS.c.exercise_id, _RESULTS.c.outcome, _RESULTS.c.hurt_level)
    .where(_RESULTS.c.session_id == bindparam("session_id"))
    .order_by(_RESULTS.c.position)
)
_COUNTED_DAYS = (
    select(_SESSIONS.c.local_date)
    .where(_SESSIONS.c.user_id == bindparam("user_id"), _SESSIONS.c.counted.is_(True))
    .distinct()
    .order_by(_SESSIONS.c.local_date)
)


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
        result: NewExerciseResult | None = None,
        rating: NewPainRating | None = None,
    ) -> None:
        """Write a changed snapshot's walk back, with the step's exercise result and pain rating."""
        values: dict[str, Any] = {name: getattr(snapshot, name) for name in _STEP_COLUMNS}
        values.update(
            session_id=snapshot.id,
            updated_at=snapshot.updated_at,
            finished_at=snapshot.finished_at,
        )
        if result is not None:
            await self._execute(_ADD_RESULT, asdict(result))
        if rating is not None:
            await self._execute(_ADD_RATING, asdict(rating))
        await self._execute(_SAVE_STEP, values)

    async def insert(self, session: NewSession) -> int:
        """Store a new session; returns its id."""
        return int((await self._session.execute(_INSERT, asdict(session))).scalar_one())

    async def close(self, session_id: int, status: str, now: datetime) -> None:
        """End a session without finishing its walk (abandoned)."""
        await self._execute(_CLOSE, {"session_id": session_id, "status": status, "updated_at": now})

    async def _one(self, statement: Any, params: dict[str, Any]) -> SessionSnapshot | None:
        """Run a snapshot query in the transaction."""
        return await _snapshot(self._session, statement, params)

    async def _execute(self, statement: Any, params: dict[str, Any]) -> None:
        """Run a write in this unit of work's transaction."""
        await self._session.execute(statement, params)


class SessionRepository:
    """Reads of routine sessions without a lock, with their results and ratings."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def active_for(self, user_id: int) -> SessionSnapshot | None:
        """The user's one unfinished session, if any (a partial unique index keeps it to one)."""
        return await _snapshot(self._session, _ACTIVE_UNLOCKED, {"user_id": user_id})

    async def get(self, user_id: int, session_id: int) -> SessionSnapshot | None:
        """That user's session by id (None for anyone else's)."""
        params = {"user_id": user_id, "session_id": session_id}
        return await _snapshot(self._session, _BY_ID_UNLOCKED, params)

    async def results(self, session_id: int) -> list[OutcomeRow]:
        """Outcomes of one session in walk order."""
        rows = await self._session.execute(_OUTCOMES_OF_SESSION, {"session_id": session_id})
        return [OutcomeRow(*row) for row in rows]

    async def forget_ratings(self, session_id: int) -> None:
        """Erase a session's pain ratings (kept only for the session when there is no consent)."""
        await self._session.execute(delete(PainRating).where(PainRating.session_id == session_id))

    async def counted_days(self, user_id: int) -> list[date]:
        """Local dates on which the user had a session that counts for the streak."""
        rows = await self._session.execute(_COUNTED_DAYS, {"user_id": user_id})
        return list(rows.scalars().all())


async def _snapshot(
    session: AsyncSession, statement: Any, params: dict[str, Any]
) -> SessionSnapshot | None:
    """The one session a snapshot query finds, with its owner's time zone, or None."""
    row = (await session.execute(statement, params)).first()
    return None if row is None else SessionSnapshot(*row)
