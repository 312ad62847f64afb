"""Users: load one (under its row lock) as a plain record, add one, store what changed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, fields, replace
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.services.records import UserRecord
from db.models import Base, User

USERS = Base.metadata.tables[User.__tablename__]
USER_FIELDS = tuple(field.name for field in fields(UserRecord))
# Every column of the record, in its order: UserRecord(*row).
SELECT_USERS = select(*(USERS.c[name] for name in USER_FIELDS))
_BY_ID = SELECT_USERS.where(USERS.c.id == bindparam("user_id"))
_BY_ID_LOCKED = _BY_ID.with_for_update()


class UserRepository:
    """Loads and stores users; row locks serialise one user's updates across replicas.

    It remembers each user as loaded, so `save` writes only the columns a service changed.
    """

    def __init__(self, session: AsyncSession) -> None:
        self._session = session
        self._loaded: dict[int, UserRecord] = {}

    async def get(self, user_id: int, *, for_update: bool = False) -> UserRecord | None:
        """Load a user; with for_update, hold its row lock until the unit of work ends."""
        query = _BY_ID_LOCKED if for_update else _BY_ID
        row = (await self._session.execute(query, {"user_id": user_id})).first()
        return None if row is None else self._remember(UserRecord(*row))

    async def add(self, user: UserRecord) -> None:
        """Store a new user."""
        await self._session.execute(insert(USERS), asdict(user))
        self._remember(user)

    async def save(self, user: UserRecord) -> None:
        """Store the fields that changed since the user was loaded or saved (nothing if none)."""
        before = self._loaded.get(user.id)
        changed: dict[str, Any] = {
            name: getattr(user, name)
            for name in USER_FIELDS
            if name != "id" and (before is None or getattr(before, name) != getattr(user, name))
        }
        if changed:
            await self._session.execute(update(USERS).where(USERS.c.id == user.id), changed)
        self._remember(user)

    async def forget_streak(self, user_id: int) -> None:
        """A streak found broken when a nudge goes out: stored as 0 so the next one knows."""
        await self._session.execute(
            update(USERS).where(USERS.c.id == user_id), {"streak_current": 0}
        )

    async def existing(self, user_ids: Sequence[int]) -> set[int]:
        """Which of these users still exist (a send re-checks just before it goes out)."""
        if not user_ids:
            return set()
        query = select(USERS.c.id).where(USERS.c.id.in_(user_ids))
        return set((await self._session.execute(query)).scalars().all())

    def _remember(self, user: UserRecord) -> UserRecord:
        """Keep a copy as stored, to compare with at the next save."""
        self._loaded[user.id] = replace(user)
        return user
