"""A user's data as a whole: every row for /export, and the erasures of /delete.

Export reads every table by its owner; the erasures rely on ON DELETE CASCADE for the rest.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import (
    Base,
    ExerciseResult,
    LevelChange,
    PainRating,
    RoutineSession,
    SafetyEvent,
    User,
)


class UserDataRepository:
    """Everything about one user, for export, and the erase that removes it."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def export(self, user_id: int) -> dict[str, list[dict[str, Any]]]:
        """Every row about the user, by table name (tables without any are left out)."""
        found = {
            table.name: await self._rows_of(table, user_id) for table in Base.metadata.sorted_tables
        }
        return {name: rows for name, rows in found.items() if rows}

    async def _rows_of(self, table: Table, user_id: int) -> list[dict[str, Any]]:
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
        # How sessions felt, and the dose changes they caused (issue 20).
        await self._session.execute(
            update(RoutineSession).where(RoutineSession.user_id == user_id).values(feel=None)
        )
        await self._session.execute(delete(LevelChange).where(LevelChange.user_id == user_id))
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
