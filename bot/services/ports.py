"""What the services need from storage and time, declared here and implemented in db/."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from types import TracebackType
from typing import Protocol, Self

from db.models import ExerciseResult, PainRating, RoutineSession, User


class Users(Protocol):
    """User storage."""

    async def get(self, user_id: int, *, for_update: bool = False) -> User | None: ...
    def add(self, user: User) -> None: ...


class Sessions(Protocol):
    """Routine session storage."""

    async def active_for(self, user_id: int) -> RoutineSession | None: ...
    async def get(self, session_id: int) -> RoutineSession | None: ...
    def add(self, routine_session: RoutineSession) -> None: ...
    async def flush(self) -> None: ...
    def add_result(self, result: ExerciseResult) -> None: ...
    def add_rating(self, rating: PainRating) -> None: ...
    async def results(self, session_id: int) -> Sequence[ExerciseResult]: ...
    async def ratings(self, session_id: int) -> dict[str, int]: ...
    async def counted_days(self, user_id: int) -> list[date]: ...


class UnitOfWork(Protocol):
    """One transaction; nothing is durable until commit()."""

    users: Users
    sessions: Sessions

    async def __aenter__(self) -> Self: ...
    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None: ...
    async def commit(self) -> None: ...


UnitOfWorkFactory = Callable[[], UnitOfWork]
Clock = Callable[[], datetime]
