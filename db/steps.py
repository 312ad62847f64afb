"""A routine step in SQLAlchemy Core: one locked read and plain writes for each button press.

A press touches one session row, one exercise result and at most one pain rating, all known up
front. Through the ORM (identity map, attribute history, flush planning) that cost about 1.3 ms
of CPU per press, a quarter of the bot's whole CPU per update (py-spy under bench.load), so the
press path reads a frozen snapshot and writes with statements built once at import. On
PostgreSQL they run on asyncpg itself, in the session's transaction (db/driver_statements.py).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any, Protocol

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.sql import Executable

from db.models import Base, ExerciseResult, PainRating, RoutineSession, User
from db.receipts import ClaimHandOff
from db.steps_postgres import RATING_PREFIX, RESULT_PREFIX, claiming, prefixed, with_inserts

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


# Built once: constructing a statement and its cache key costs about as much as running it.
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
# PostgreSQL: the same reads with the update id claimed in them, and the writes in one statement.
_CLAIMING = {_BY_ID: claiming(_BY_ID), _ACTIVE: claiming(_ACTIVE)}
_SAVE_STEP_WITH = {
    (result, rating): with_inserts(_SAVE_STEP, result=result, rating=rating)
    for result in (False, True)
    for rating in (False, True)
}


class StepRunner(Protocol):
    """Where a step's statements run: the unit of work's transaction, whatever holds it."""

    async def fetch(
        self, statement: Executable, params: dict[str, Any]
    ) -> tuple[Any, ...] | None: ...
    async def execute(self, statement: Executable, params: dict[str, Any]) -> None: ...


class StepRepository:
    """Reads and writes one routine step in the unit of work's transaction."""

    def __init__(
        self, runner: StepRunner, *, postgresql: bool, claim: ClaimHandOff | None = None
    ) -> None:
        self._run = runner
        self._claim = claim
        self._postgresql = postgresql

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
        if self._postgresql:
            values.update(prefixed(result, RESULT_PREFIX), **prefixed(rating, RATING_PREFIX))
            await self._execute(_SAVE_STEP_WITH[(result is not None, rating is not None)], values)
            return
        if result is not None:
            await self._execute(_ADD_RESULT, result)
        if rating is not None:
            await self._execute(_ADD_RATING, rating)
        await self._execute(_SAVE_STEP, values)

    async def insert(self, columns: dict[str, Any]) -> int:
        """Store a new session (every column but the id); returns its id."""
        row = await self._run.fetch(_INSERT, columns)
        if row is None:
            raise LookupError("INSERT ... RETURNING returned no row")
        return int(row[0])

    async def close(self, session_id: int, status: str, now: datetime) -> None:
        """End a session without finishing its walk (abandoned)."""
        await self._execute(_CLOSE, {"session_id": session_id, "status": status, "updated_at": now})

    async def _one(self, statement: Any, params: dict[str, Any]) -> SessionSnapshot | None:
        """Run a snapshot query in the transaction, claiming the update id if asked to."""
        receipt = None if self._claim is None else self._claim.take()
        if self._claim is None or receipt is None:
            row = await self._run.fetch(statement, params)
            return None if row is None else SessionSnapshot(*row)
        params = {**params, "update_id": receipt.update_id, "processed_at": receipt.received_at}
        claimed_row = await self._run.fetch(_CLAIMING[statement], params)
        if claimed_row is None:
            raise LookupError("the claiming read returned no row")
        claimed, *columns = claimed_row
        self._claim.settle(receipt, inserted=claimed > 0)
        return None if columns[0] is None else SessionSnapshot(*columns)

    async def _execute(self, statement: Any, params: dict[str, Any]) -> None:
        """Run a write in this unit of work's transaction, outside the ORM's unit of work."""
        await self._run.execute(statement, params)
