"""History and progress reads: a user's finished sessions, their outcomes and their ratings.

Plain Core queries on table columns that return plain records: what /history, /progress and a
walk's finish show is a handful of columns, never something to change and flush.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Select, bindparam, case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.services.records import FinishedSession, OutcomeRow, RatedSession
from db.models import Base, ExerciseResult, PainRating, RoutineSession

FINISHED = ("completed", "stopped", "red_flag")

_TABLES = Base.metadata.tables
_SESSIONS_TABLE = _TABLES[RoutineSession.__tablename__]
_SESSIONS = _SESSIONS_TABLE.c
_RESULTS_TABLE = _TABLES[ExerciseResult.__tablename__]
_RESULTS = _RESULTS_TABLE.c
_RATINGS_TABLE = _TABLES[PainRating.__tablename__]
_RATINGS = _RATINGS_TABLE.c
_IS_FINISHED = _SESSIONS.status.in_(FINISHED)


_OUTCOMES = select(_RESULTS.session_id, _RESULTS.exercise_id, _RESULTS.outcome, _RESULTS.hurt_level)
_OUTCOMES_OF_SESSIONS = _OUTCOMES.where(
    _RESULTS.session_id.in_(bindparam("session_ids", expanding=True))
).order_by(_RESULTS.session_id, _RESULTS.position)
_RATINGS_OF_SESSIONS = select(_RATINGS.session_id, _RATINGS.kind, _RATINGS.score).where(
    _RATINGS.session_id.in_(bindparam("session_ids", expanding=True))
)


# A page of finished sessions, newest first (/history).
_FINISHED_PAGE = (
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


_RATED_SESSIONS = {since: _rated(since=since) for since in (False, True)}


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


_RECENT_OUTCOMES = _recent_outcomes()

# Counted sessions from a day on: the habit calendar's done and quick days.
_PRACTISED = select(_SESSIONS.local_date, _SESSIONS.routine_id).where(
    _SESSIONS.user_id == bindparam("user_id"),
    _SESSIONS.counted.is_(True),
    _SESSIONS.local_date >= bindparam("since"),
)


class HistoryRepository:
    """A user's finished sessions with their outcomes and ratings."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def finished(self, user_id: int, *, limit: int, offset: int = 0) -> list[FinishedSession]:
        """A page of finished sessions, newest first."""
        params = {"user_id": user_id, "limit": limit, "offset": offset}
        rows = (await self._session.execute(_FINISHED_PAGE, params)).all()
        return [FinishedSession(*row) for row in rows]

    async def rated(self, user_id: int, *, since: date | None = None) -> list[RatedSession]:
        """Finished sessions, newest first, with their ratings; `since`: on or after that day."""
        params = {"user_id": user_id, "since": since}
        rows = (await self._session.execute(_RATED_SESSIONS[since is not None], params)).all()
        return [RatedSession(*row) for row in rows]

    async def recent_outcomes(self, user_id: int, sessions: int) -> dict[int, list[OutcomeRow]]:
        """Outcomes of the newest `sessions` finished sessions: oldest first, each in walk order."""
        found: dict[int, list[OutcomeRow]] = {}
        params = {"user_id": user_id, "limit": sessions}
        for row in await self._session.execute(_RECENT_OUTCOMES, params):
            outcomes = found.setdefault(row.id, [])
            if row.exercise_id is not None:
                outcomes.append(OutcomeRow(*row))
        return found

    async def results_of(self, session_ids: Sequence[int]) -> dict[int, list[OutcomeRow]]:
        """Outcomes per session, in walk order."""
        found: dict[int, list[OutcomeRow]] = {sid: [] for sid in session_ids}
        if session_ids:
            params = {"session_ids": list(session_ids)}
            for row in await self._session.execute(_OUTCOMES_OF_SESSIONS, params):
                found[row.session_id].append(OutcomeRow(*row))
        return found

    async def ratings_of(self, session_ids: Sequence[int]) -> dict[int, dict[str, int]]:
        """Ratings per session keyed by 'before'/'after'."""
        found: dict[int, dict[str, int]] = {sid: {} for sid in session_ids}
        if session_ids:
            params = {"session_ids": list(session_ids)}
            for row in await self._session.execute(_RATINGS_OF_SESSIONS, params):
                found[row.session_id][row.kind] = row.score
        return found

    async def practised_days(self, user_id: int, since: date) -> list[tuple[date, str]]:
        """(local date, routine id) of each counted session on or after `since`."""
        rows = await self._session.execute(_PRACTISED, {"user_id": user_id, "since": since})
        return [(row.local_date, row.routine_id) for row in rows]
