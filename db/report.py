"""The clinician report's reads: a period's finished sessions, exercise outcomes and safety events.

Plain Core queries returning plain records; the report service counts and shapes them.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import bindparam, case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.services.report_records import ReportEvent, ReportSession, ReportStep
from db.history import FINISHED
from db.models import Base, ExerciseResult, PainRating, RoutineSession, SafetyEvent

_TABLES = Base.metadata.tables
_SESSIONS_TABLE = _TABLES[RoutineSession.__tablename__]
_SESSIONS = _SESSIONS_TABLE.c
_RESULTS = _TABLES[ExerciseResult.__tablename__]
_RATINGS = _TABLES[PainRating.__tablename__]
_EVENTS = _TABLES[SafetyEvent.__tablename__]
_IN_PERIOD = (
    _SESSIONS.user_id == bindparam("user_id"),
    _SESSIONS.status.in_(FINISHED),
    _SESSIONS.local_date >= bindparam("start"),
    _SESSIONS.local_date <= bindparam("end"),
)

_BEFORE = func.max(case((_RATINGS.c.kind == "before", _RATINGS.c.score)))
_AFTER = func.max(case((_RATINGS.c.kind == "after", _RATINGS.c.score)))
_PERIOD_SESSIONS = (
    select(
        _SESSIONS.id,
        _SESSIONS.local_date,
        _SESSIONS.routine_id,
        _SESSIONS.status,
        _SESSIONS.counted,
        _BEFORE,
        _AFTER,
    )
    .select_from(_SESSIONS_TABLE.outerjoin(_RATINGS, _RATINGS.c.session_id == _SESSIONS.id))
    .where(*_IN_PERIOD)
    .group_by(
        _SESSIONS.id,
        _SESSIONS.local_date,
        _SESSIONS.routine_id,
        _SESSIONS.status,
        _SESSIONS.counted,
        _SESSIONS.started_at,
    )
    .order_by(_SESSIONS.started_at, _SESSIONS.id)
)
_PERIOD_STEPS = (
    select(_RESULTS.c.exercise_id, _RESULTS.c.outcome, _RESULTS.c.gentler, _RESULTS.c.hurt_level)
    .select_from(_RESULTS.join(_SESSIONS_TABLE, _SESSIONS.id == _RESULTS.c.session_id))
    .where(*_IN_PERIOD)
)
_EVENTS_BETWEEN = (
    select(_EVENTS.c.created_at, _EVENTS.c.reason)
    .where(
        _EVENTS.c.user_id == bindparam("user_id"),
        _EVENTS.c.created_at >= bindparam("since"),
        _EVENTS.c.created_at < bindparam("until"),
    )
    .order_by(_EVENTS.c.created_at, _EVENTS.c.id)
)
_FIRST_DAY = select(func.min(_SESSIONS.local_date)).where(
    _SESSIONS.user_id == bindparam("user_id"), _SESSIONS.status.in_(FINISHED)
)


class ReportRepository:
    """Reads for one user's report; never writes."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def sessions(self, user_id: int, start: date, end: date) -> list[ReportSession]:
        """Finished sessions from `start` to `end` (local dates), oldest first, with ratings."""
        params = {"user_id": user_id, "start": start, "end": end}
        rows = await self._session.execute(_PERIOD_SESSIONS, params)
        return [ReportSession(*row) for row in rows]

    async def steps(self, user_id: int, start: date, end: date) -> list[ReportStep]:
        """Every exercise outcome of those sessions."""
        params = {"user_id": user_id, "start": start, "end": end}
        return [ReportStep(*row) for row in await self._session.execute(_PERIOD_STEPS, params)]

    async def safety_events(
        self, user_id: int, since: datetime, until: datetime
    ) -> list[ReportEvent]:
        """Safety events recorded from `since` up to `until`, oldest first."""
        params = {"user_id": user_id, "since": since, "until": until}
        return [ReportEvent(*row) for row in await self._session.execute(_EVENTS_BETWEEN, params)]

    async def first_day(self, user_id: int) -> date | None:
        """The local day of the user's first finished session, for an all-time report."""
        day: date | None = (await self._session.execute(_FIRST_DAY, {"user_id": user_id})).scalar()
        return day
