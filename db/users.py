"""Users: load one (under its row lock), add one, and check which still exist."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import User

_USER_BY_ID = select(User).where(User.id == bindparam("user_id"))
_USER_BY_ID_LOCKED = _USER_BY_ID.with_for_update()


class UserRepository:
    """Loads and adds users; row locks serialise one user's updates across replicas."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get(self, user_id: int, *, for_update: bool = False) -> User | None:
        """Load a user; with for_update, hold its row lock until the unit of work ends."""
        query = _USER_BY_ID_LOCKED if for_update else _USER_BY_ID
        return (await self._session.execute(query, {"user_id": user_id})).scalar_one_or_none()

    def add(self, user: User) -> None:
        """Stage a new user for the commit."""
        self._session.add(user)

    async def existing(self, user_ids: Sequence[int]) -> set[int]:
        """Which of these users still exist (a send re-checks just before it goes out)."""
        if not user_ids:
            return set()
        query = select(User.id).where(User.id.in_(user_ids))
        return set((await self._session.execute(query)).scalars().all())
