"""Short lessons: one after a finished session (at most one a day, in order), and /learn.

A round goes through every lesson in the content's order; a lesson sent after a session or
opened from /learn is seen, and not sent again until the round is over. Then a new round
starts from the first. The user can switch the after-session lesson off (and on) in /learn.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from bot.services.ports import Clock, UnitOfWork, UnitOfWorkFactory
from bot.services.records import UserRecord
from bot.services.update_receipt import UpdateReceipt


async def lesson_after_session(
    uow: UnitOfWork, user: UserRecord, lesson_ids: Sequence[str], today: date, now: datetime
) -> str | None:
    """The next unseen lesson, marked seen, if lessons are on and none was sent today.

    Changes `user.lesson_day`; the caller saves the user and commits.
    """
    if not lesson_ids or not user.lessons_enabled or user.lesson_day == today:
        return None
    seen = await uow.lessons.seen(user.id)
    unseen = [lesson for lesson in lesson_ids if lesson not in seen]
    if not unseen:
        await uow.lessons.forget_seen(user.id)
        unseen = list(lesson_ids)
    await uow.lessons.mark_seen(user.id, unseen[0], now)
    user.lesson_day = today
    return unseen[0]


@dataclass(frozen=True, slots=True)
class LessonList:
    """What /learn shows: which lessons are seen this round, and whether lessons are on."""

    seen: frozenset[str]
    enabled: bool


class LessonService:
    """Each call is one unit of work."""

    def __init__(
        self, uow_factory: UnitOfWorkFactory, lesson_ids: Sequence[str], clock: Clock
    ) -> None:
        self._uow_factory = uow_factory
        self._lesson_ids = tuple(lesson_ids)
        self._clock = clock

    async def overview(self, user_id: int, *, receipt: UpdateReceipt | None) -> LessonList | None:
        """The /learn list (None: unknown user)."""
        async with self._uow_factory(receipt) as uow:
            user = await uow.users.get(user_id)
            if user is None:
                return None
            return LessonList(frozenset(await uow.lessons.seen(user_id)), user.lessons_enabled)

    async def read(self, user_id: int, lesson_id: str, *, receipt: UpdateReceipt | None) -> bool:
        """Mark a lesson opened from /learn as seen; False for an unknown user or lesson."""
        if lesson_id not in self._lesson_ids:
            return False
        async with self._uow_factory(receipt) as uow:
            if await uow.users.get(user_id, for_update=True) is None:
                return False
            await uow.lessons.mark_seen(user_id, lesson_id, self._clock())
            await uow.commit()
            return True

    async def set_enabled(
        self, user_id: int, enabled: bool, *, receipt: UpdateReceipt | None
    ) -> LessonList | None:
        """Switch the after-session lesson on or off (idempotent); the new /learn list."""
        async with self._uow_factory(receipt) as uow:
            user = await uow.users.get(user_id, for_update=True)
            if user is None:
                return None
            user.lessons_enabled = enabled
            user.updated_at = self._clock()
            await uow.users.save(user)
            seen = frozenset(await uow.lessons.seen(user_id))
            await uow.commit()
            return LessonList(seen, enabled)
