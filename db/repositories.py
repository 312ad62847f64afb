"""Repositories: queries and inserts for one unit of work. They never commit."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import bindparam, delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import MediaFile, PainRating, RoutineSession, User
from db.reads import COUNTED_DAYS, OUTCOMES_OF_SESSION, OutcomeRow, fetch

_USER_BY_ID = select(User).where(User.id == bindparam("user_id"))
_USER_BY_ID_LOCKED = _USER_BY_ID.with_for_update()
_SESSION_BY_ID = select(RoutineSession).where(RoutineSession.id == bindparam("session_id"))
_ACTIVE_SESSION = select(RoutineSession).where(
    RoutineSession.user_id == bindparam("user_id"), RoutineSession.status == "active"
)


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


class SessionRepository:
    """Routine sessions with their results and ratings."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def active_for(self, user_id: int) -> RoutineSession | None:
        """The user's one unfinished session, if any (a partial unique index keeps it to one)."""
        result = await self._session.execute(_ACTIVE_SESSION, {"user_id": user_id})
        return result.scalar_one_or_none()

    async def get(self, session_id: int) -> RoutineSession | None:
        """Load a session by id."""
        result = await self._session.execute(_SESSION_BY_ID, {"session_id": session_id})
        return result.scalar_one_or_none()

    async def results(self, session_id: int) -> list[OutcomeRow]:
        """Outcomes of one session in walk order."""
        params = {"session_id": session_id}
        return [OutcomeRow(*row) for row in await fetch(self._session, OUTCOMES_OF_SESSION, params)]

    async def forget_ratings(self, session_id: int) -> None:
        """Erase a session's pain ratings (kept only for the session when there is no consent)."""
        await self._session.execute(delete(PainRating).where(PainRating.session_id == session_id))

    async def counted_days(self, user_id: int) -> list[date]:
        """Local dates on which the user had a session that counts for the streak."""
        return [day for (day,) in await fetch(self._session, COUNTED_DAYS, {"user_id": user_id})]


class MediaRepository:
    """Telegram file_ids of uploaded media, keyed by content hash."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def file_id(self, cache_key: str) -> str | None:
        """The stored file_id, if this exact file was uploaded before."""
        row = await self._session.get(MediaFile, cache_key)
        return None if row is None else row.file_id

    async def remember(self, cache_key: str, file_id: str, now: datetime) -> None:
        """Store a file_id; a concurrent upload of the same file keeps the first one."""
        if await self._session.get(MediaFile, cache_key) is None:
            self._session.add(MediaFile(cache_key=cache_key, file_id=file_id, created_at=now))
