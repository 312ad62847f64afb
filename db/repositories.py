"""Repositories: queries and inserts for one unit of work. They never commit."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import bindparam, delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Base, MediaFile, PainRating, RoutineSession, User
from db.reads import COUNTED_DAYS, OUTCOMES_OF_SESSION, OutcomeRow, execute, fetch

_USER_BY_ID = select(User).where(User.id == bindparam("user_id"))
_USER_BY_ID_LOCKED = _USER_BY_ID.with_for_update()
_USERS = Base.metadata.tables[User.__tablename__]
_USER_ROW_LOCKED = select(*_USERS.c).where(_USERS.c.id == bindparam("user_id")).with_for_update()
# What finishing a walk changes in its owner's row (RoutineService, finish_walk).
PROGRESS_COLUMNS = (
    "streak_current",
    "streak_best",
    "streak_day",
    "next_nudge_at",
    "next_weekly_at",
    "screening_status",
    "updated_at",
)
_SAVE_PROGRESS = (
    update(_USERS)
    .where(_USERS.c.id == bindparam("user_id"))
    .values({name: bindparam(name) for name in PROGRESS_COLUMNS})
)
_SESSION_BY_ID = select(RoutineSession).where(RoutineSession.id == bindparam("session_id"))
_ACTIVE_SESSION = select(RoutineSession).where(
    RoutineSession.user_id == bindparam("user_id"), RoutineSession.status == "active"
)


class UserRepository:
    """Loads and adds users; row locks serialise one user's updates across replicas."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session
        self._read: dict[int, dict[str, Any]] = {}  # rows read by read_locked, by user id

    async def get(self, user_id: int, *, for_update: bool = False) -> User | None:
        """Load a user; with for_update, hold its row lock until the unit of work ends."""
        query = _USER_BY_ID_LOCKED if for_update else _USER_BY_ID
        return (await self._session.execute(query, {"user_id": user_id})).scalar_one_or_none()

    async def read_locked(self, user_id: int) -> User | None:
        """The user's row under its lock, as a User the ORM does not track.

        For the routine's start and finish, which change a few known columns: changes to it are
        stored only by `save_progress`, one UPDATE of those columns, never by a flush.
        """
        result = await self._session.execute(_USER_ROW_LOCKED, {"user_id": user_id})
        row = result.mappings().first()
        if row is None:
            return None
        self._read[user_id] = dict(row)
        return User(**self._read[user_id])

    async def save_progress(self, user: User) -> None:
        """Store what finishing a walk changed in a `read_locked` user (PROGRESS_COLUMNS).

        Any other column changed since the read would be lost silently, so it raises instead.
        """
        read = self._read.get(user.id)
        if read is None:
            raise LookupError(f"user {user.id} was not read with read_locked")
        lost = [
            name
            for name, value in read.items()
            if name not in PROGRESS_COLUMNS and getattr(user, name) != value
        ]
        if lost:
            raise ValueError(f"save_progress does not store {', '.join(sorted(lost))}")
        values = {name: getattr(user, name) for name in PROGRESS_COLUMNS}
        await execute(self._session, _SAVE_PROGRESS, {"user_id": user.id, **values})

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
