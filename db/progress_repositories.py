"""Queries behind progress, adaptation, escalation, export and delete. They never commit."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import (
    ExercisePreference,
    ExerciseResult,
    PainRating,
    RoutineSession,
    SafetyEvent,
    User,
)
from db.reads import (
    DROPPED,
    FINISHED_PAGE,
    OUTCOMES_OF_SESSIONS,
    RATED_SESSIONS,
    RATINGS_OF_SESSIONS,
    RECENT_OUTCOMES,
    SAFETY_RECORDED_SINCE,
    FinishedSession,
    OutcomeRow,
    RatedSession,
    fetch,
)


class HistoryRepository:
    """A user's finished sessions with their outcomes and ratings."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def finished(self, user_id: int, *, limit: int, offset: int = 0) -> list[FinishedSession]:
        """A page of finished sessions, newest first."""
        params = {"user_id": user_id, "limit": limit, "offset": offset}
        rows = await fetch(self._session, FINISHED_PAGE, params)
        return [FinishedSession(*row) for row in rows]

    async def rated(self, user_id: int, *, since: date | None = None) -> list[RatedSession]:
        """Finished sessions, newest first, with their ratings; `since`: on or after that day."""
        params = {"user_id": user_id, "since": since}
        rows = await fetch(self._session, RATED_SESSIONS[since is not None], params)
        return [RatedSession(*row) for row in rows]

    async def recent_outcomes(self, user_id: int, sessions: int) -> dict[int, list[OutcomeRow]]:
        """Outcomes of the newest `sessions` finished sessions: oldest first, each in walk order."""
        found: dict[int, list[OutcomeRow]] = {}
        params = {"user_id": user_id, "limit": sessions}
        for row in await fetch(self._session, RECENT_OUTCOMES, params):
            outcomes = found.setdefault(row.id, [])
            if row.exercise_id is not None:
                outcomes.append(OutcomeRow(*row))
        return found

    async def results_of(self, session_ids: Sequence[int]) -> dict[int, list[OutcomeRow]]:
        """Outcomes per session, in walk order."""
        found: dict[int, list[OutcomeRow]] = {sid: [] for sid in session_ids}
        if session_ids:
            params = {"session_ids": list(session_ids)}
            for row in await fetch(self._session, OUTCOMES_OF_SESSIONS, params):
                found[row.session_id].append(OutcomeRow(*row))
        return found

    async def ratings_of(self, session_ids: Sequence[int]) -> dict[int, dict[str, int]]:
        """Ratings per session keyed by 'before'/'after'."""
        found: dict[int, dict[str, int]] = {sid: {} for sid in session_ids}
        if session_ids:
            params = {"session_ids": list(session_ids)}
            for row in await fetch(self._session, RATINGS_OF_SESSIONS, params):
                found[row.session_id][row.kind] = row.score
        return found


class PreferenceRepository:
    """Exercises a user dropped."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def dropped(self, user_id: int) -> set[str]:
        """Ids of dropped exercises."""
        return {
            row.exercise_id for row in await fetch(self._session, DROPPED, {"user_id": user_id})
        }

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
        params = {"user_id": user_id, "reason": reason, "since": since}
        return bool(await fetch(self._session, SAFETY_RECORDED_SINCE, params))


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

    async def erase_health(self, user_id: int) -> None:
        """Delete the user's health answers: ratings, safety events, and how exercises hurt."""
        await self._session.execute(delete(PainRating).where(PainRating.user_id == user_id))
        await self._session.execute(delete(SafetyEvent).where(SafetyEvent.user_id == user_id))
        owned = select(RoutineSession.id).where(RoutineSession.user_id == user_id)
        hurt = ExerciseResult.session_id.in_(owned) & ExerciseResult.hurt_level.is_not(None)
        await self._session.execute(update(ExerciseResult).where(hurt).values(hurt_level=None))
        await self._session.execute(
            update(ExerciseResult)
            .where(ExerciseResult.session_id.in_(owned), ExerciseResult.outcome.like("hurt_%"))
            .values(outcome="skipped")
        )

    async def erase(self, user_id: int) -> None:
        """Delete the user; every other row goes with it through ON DELETE CASCADE."""
        await self._session.execute(delete(User).where(User.id == user_id))
