"""A user's data as a whole: every row for /export, and the erasures of /delete.

Export reads every table by its owner; the erasures rely on ON DELETE CASCADE for the rest.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import (
    Base,
    EraseRequest,
    ExerciseResult,
    LevelChange,
    PainRating,
    PsfsActivity,
    PsfsCheck,
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
        """Delete the user's health answers: ratings, safety events, how exercises hurt, and
        function checks with the activities named for them."""
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
        # Function checks (PSFS): scores, checks and the typed activity names (cascade).
        await self._session.execute(delete(PsfsCheck).where(PsfsCheck.user_id == user_id))
        await self._session.execute(delete(PsfsActivity).where(PsfsActivity.user_id == user_id))

    async def erase(self, user_id: int) -> None:
        """Delete the user; every other row goes with it through ON DELETE CASCADE."""
        await self._session.execute(delete(User).where(User.id == user_id))

    async def ask_erase(self, user_id: int, nonce: str, expires_at: datetime) -> None:
        """Store the nonce of the newest /delete question; it replaces any earlier one."""
        await self._session.execute(delete(EraseRequest).where(EraseRequest.user_id == user_id))
        await self._session.execute(
            insert(EraseRequest).values(user_id=user_id, nonce=nonce, expires_at=expires_at)
        )

    async def erase_asked(self, user_id: int, nonce: str, now: datetime) -> bool:
        """Whether `nonce` is the user's unexpired /delete question (the erase then removes it)."""
        expires_at = await self._session.scalar(
            select(EraseRequest.expires_at).where(
                EraseRequest.user_id == user_id, EraseRequest.nonce == nonce
            )
        )
        return expires_at is not None and now < expires_at
