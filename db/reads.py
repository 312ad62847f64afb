"""Reads of a user's history and routine, as plain Core queries on table columns.

They return plain rows (named tuples) rather than ORM objects: what a walk's start and finish,
/history and /progress show is a handful of columns, never something to change and flush.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import Select, bindparam, case, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql import Executable

from db.models import (
    Base,
    ExercisePreference,
    ExerciseResult,
    PainRating,
    Pause,
    RoutineSession,
    SafetyEvent,
)

FINISHED = ("completed", "stopped", "red_flag")

_TABLES = Base.metadata.tables
_SESSIONS_TABLE = _TABLES[RoutineSession.__tablename__]
_SESSIONS = _SESSIONS_TABLE.c
_RESULTS_TABLE = _TABLES[ExerciseResult.__tablename__]
_RESULTS = _RESULTS_TABLE.c
_RATINGS_TABLE = _TABLES[PainRating.__tablename__]
_RATINGS = _RATINGS_TABLE.c
_PAUSES = _TABLES[Pause.__tablename__].c
_PREFERENCES = _TABLES[ExercisePreference.__tablename__].c
_SAFETY = _TABLES[SafetyEvent.__tablename__].c
_IS_FINISHED = _SESSIONS.status.in_(FINISHED)


class FinishedSession(NamedTuple):
    """The columns of a finished session that a /history line shows."""

    id: int
    routine_id: str
    local_date: date
    status: str


class OutcomeRow(NamedTuple):
    """One exercise's recorded outcome, as plain columns (no ORM object per row)."""

    session_id: int
    exercise_id: str
    outcome: str
    hurt_level: str | None


class RatedSession(NamedTuple):
    """A finished session's day, whether it counted, and its pain before and after (if rated)."""

    id: int
    local_date: date
    counted: bool
    before: int | None
    after: int | None


class PauseDates(NamedTuple):
    """A pause's first day and its last (None: until /resume)."""

    start_date: date
    end_date: date | None


_OUTCOMES = select(_RESULTS.session_id, _RESULTS.exercise_id, _RESULTS.outcome, _RESULTS.hurt_level)
OUTCOMES_OF_SESSION = _OUTCOMES.where(_RESULTS.session_id == bindparam("session_id")).order_by(
    _RESULTS.position
)
OUTCOMES_OF_SESSIONS = _OUTCOMES.where(
    _RESULTS.session_id.in_(bindparam("session_ids", expanding=True))
).order_by(_RESULTS.session_id, _RESULTS.position)
RATINGS_OF_SESSIONS = select(_RATINGS.session_id, _RATINGS.kind, _RATINGS.score).where(
    _RATINGS.session_id.in_(bindparam("session_ids", expanding=True))
)
COUNTED_DAYS = (
    select(_SESSIONS.local_date)
    .where(_SESSIONS.user_id == bindparam("user_id"), _SESSIONS.counted.is_(True))
    .distinct()
    .order_by(_SESSIONS.local_date)
)
PAUSES_OF_USER = (
    select(_PAUSES.start_date, _PAUSES.end_date)
    .where(_PAUSES.user_id == bindparam("user_id"))
    .order_by(_PAUSES.start_date)
)
DROPPED = select(_PREFERENCES.exercise_id).where(
    _PREFERENCES.user_id == bindparam("user_id"), _PREFERENCES.dropped.is_(True)
)
SAFETY_RECORDED_SINCE = (
    select(_SAFETY.id)
    .where(
        _SAFETY.user_id == bindparam("user_id"),
        _SAFETY.reason == bindparam("reason"),
        _SAFETY.created_at >= bindparam("since"),
    )
    .limit(1)
)


# A page of finished sessions, newest first (/history).
FINISHED_PAGE = (
    select(_SESSIONS.id, _SESSIONS.routine_id, _SESSIONS.local_date, _SESSIONS.status)
    .where(_SESSIONS.user_id == bindparam("user_id"), _IS_FINISHED)
    .order_by(_SESSIONS.started_at.desc(), _SESSIONS.id.desc())
    .limit(bindparam("limit"))
    .offset(bindparam("offset"))
)


def _rated(*, since: bool) -> Select[Any]:
    """Finished sessions newest first, each with both ratings, in one query (not two)."""
    before = func.max(case((_RATINGS.kind == "before", _RATINGS.score)))
    after = func.max(case((_RATINGS.kind == "after", _RATINGS.score)))
    query = (
        select(_SESSIONS.id, _SESSIONS.local_date, _SESSIONS.counted, before, after)
        .select_from(_SESSIONS_TABLE.outerjoin(_RATINGS_TABLE, _RATINGS.session_id == _SESSIONS.id))
        .where(_SESSIONS.user_id == bindparam("user_id"), _IS_FINISHED)
        .group_by(_SESSIONS.id, _SESSIONS.local_date, _SESSIONS.counted, _SESSIONS.started_at)
        .order_by(_SESSIONS.started_at.desc(), _SESSIONS.id.desc())
    )
    return query.where(_SESSIONS.local_date >= bindparam("since")) if since else query


RATED_SESSIONS = {since: _rated(since=since) for since in (False, True)}


def _recent_outcomes() -> Select[Any]:
    """The newest `limit` finished sessions' outcomes, oldest session first, in walk order.

    A session without outcomes still comes back, as one row of NULLs after its id.
    """
    recent = (
        select(_SESSIONS.id, _SESSIONS.started_at)
        .where(_SESSIONS.user_id == bindparam("user_id"), _IS_FINISHED)
        .order_by(_SESSIONS.started_at.desc(), _SESSIONS.id.desc())
        .limit(bindparam("limit"))
        .subquery("recent")
    )
    return (
        select(recent.c.id, _RESULTS.exercise_id, _RESULTS.outcome, _RESULTS.hurt_level)
        .select_from(recent.outerjoin(_RESULTS_TABLE, _RESULTS.session_id == recent.c.id))
        .order_by(recent.c.started_at, recent.c.id, _RESULTS.position)
    )


RECENT_OUTCOMES = _recent_outcomes()


async def fetch(
    session: AsyncSession, statement: Executable, params: dict[str, Any]
) -> Sequence[Any]:
    """All rows of a read in the unit of work's transaction (named tuples)."""
    return (await session.execute(statement, params)).all()


async def execute(session: AsyncSession, statement: Executable, params: dict[str, Any]) -> None:
    """A write in the unit of work's transaction."""
    await session.execute(statement, params)
