"""Queries behind progress, adaptation, escalation, export and delete. They never commit."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import Table, delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import (
    ExercisePreference,
    ExerciseResult,
    PainRating,
    RoutineSession,
    SafetyEvent,
    User,
)

FINISHED = ("completed", "stopped", "red_flag")


class FinishedSession(NamedTuple):
    """The columns of a finished session that history, trends and adaptation read."""

    id: int
    routine_id: str
    local_date: date
    status: str
    counted: bool


class OutcomeRow(NamedTuple):
    """One exercise's recorded outcome, as plain columns (no ORM object per row)."""

    session_id: int
    exercise_id: str
    outcome: str
    hurt_level: str | None


# Plain column reads: loading ORM objects cost about twice as much CPU for rows only read.
_FINISHED_COLUMNS = select(
    RoutineSession.id,
    RoutineSession.routine_id,
    RoutineSession.local_date,
    RoutineSession.status,
    RoutineSession.counted,
)
OUTCOME_COLUMNS = select(
    ExerciseResult.session_id,
    ExerciseResult.exercise_id,
    ExerciseResult.outcome,
    ExerciseResult.hurt_level,
)


class HistoryRepository:
    """A user's finished sessions with their outcomes and ratings."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def finished(
        self,
        user_id: int,
        *,
        limit: int | None = None,
        offset: int = 0,
        since: date | None = None,
    ) -> list[FinishedSession]:
        """Finished sessions, newest first; `since` keeps those on or after a local date."""
        query = (
            _FINISHED_COLUMNS.where(
                RoutineSession.user_id == user_id, RoutineSession.status.in_(FINISHED)
            )
            .order_by(RoutineSession.started_at.desc(), RoutineSession.id.desc())
            .offset(offset)
        )
        if since is not None:
            query = query.where(RoutineSession.local_date >= since)
        if limit is not None:
            query = query.limit(limit)
        return [FinishedSession(*row) for row in await self._session.execute(query)]

    async def results_of(self, session_ids: Sequence[int]) -> dict[int, list[OutcomeRow]]:
        """Outcomes per session, in walk order."""
        found: dict[int, list[OutcomeRow]] = {sid: [] for sid in session_ids}
        if session_ids:
            query = OUTCOME_COLUMNS.where(ExerciseResult.session_id.in_(session_ids)).order_by(
                ExerciseResult.session_id, ExerciseResult.position
            )
            for row in await self._session.execute(query):
                found[row.session_id].append(OutcomeRow(*row))
        return found

    async def ratings_of(self, session_ids: Sequence[int]) -> dict[int, dict[str, int]]:
        """Ratings per session keyed by 'before'/'after'."""
        found: dict[int, dict[str, int]] = {sid: {} for sid in session_ids}
        if session_ids:
            query = select(PainRating.session_id, PainRating.kind, PainRating.score).where(
                PainRating.session_id.in_(session_ids)
            )
            for session_id, kind, score in await self._session.execute(query):
                found[session_id][kind] = score
        return found


class PreferenceRepository:
    """Exercises a user dropped."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def dropped(self, user_id: int) -> set[str]:
        """Ids of dropped exercises."""
        query = select(ExercisePreference.exercise_id).where(
            ExercisePreference.user_id == user_id, ExercisePreference.dropped.is_(True)
        )
        return set((await self._session.execute(query)).scalars().all())

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


class SafetyRepository:
    """Recorded escalations."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    def add(self, event: SafetyEvent) -> None:
        """Stage an event."""
        self._session.add(event)

    async def recorded_since(self, user_id: int, reason: str, since: datetime) -> bool:
        """Whether this reason was already raised recently (a weekly trend is told once)."""
        query = select(SafetyEvent.id).where(
            SafetyEvent.user_id == user_id,
            SafetyEvent.reason == reason,
            SafetyEvent.created_at >= since,
        )
        return (await self._session.execute(query.limit(1))).first() is not None


class UserDataRepository:
    """Everything about one user, for export, and the erase that removes it."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def rows_of(self, table: Table, user_id: int) -> list[dict[str, Any]]:
        """All rows of a table that belong to the user, directly or through a session."""
        if "user_id" in table.c:
            condition = table.c.user_id == user_id
        elif table.name == "users":
            condition = table.c.id == user_id
        elif "session_id" in table.c:
            owned = select(RoutineSession.id).where(RoutineSession.user_id == user_id)
            condition = table.c.session_id.in_(owned)
        else:
            return []
        result = await self._session.execute(select(table).where(condition))
        return [dict(row) for row in result.mappings().all()]

    async def erase(self, user_id: int) -> None:
        """Delete the user; every other row goes with it through ON DELETE CASCADE."""
        await self._session.execute(delete(User).where(User.id == user_id))
