"""The /settings screen: a snapshot of every setting, and each change as one unit of work.

Every call returns the whole screen as it now is, read inside the same transaction that made
the change, so the message edited in place can never show a value the database does not hold.
Values are absolute (a toggle press carries the value it sets), so a double tap or a press on
an old copy of the screen changes nothing twice.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum

from bot.domain.nudge_days import goal_mask
from bot.domain.weekly_goal import WeeklyGoal
from bot.services.ports import Clock, UnitOfWork, UnitOfWorkFactory
from bot.services.records import UserRecord
from bot.services.reminder_prefs import pause_user, resume_user
from bot.services.update_receipt import UpdateReceipt
from bot.services.users import done_today, reschedule, user_today

DONE = "done"


class Page(StrEnum):
    """Which part of the screen is open: the overview, or the grid for one choice."""

    MAIN = "main"
    TIME = "time"
    DAYS = "days"
    ZONE = "zone"


# Pages that also take a typed answer ("7pm", "Berlin"): the user row remembers the question.
_TYPED_PAGES = {Page.TIME: "remind", Page.ZONE: "timezone"}

FLAGS: dict[str, str] = {
    "rem": "reminders_enabled",
    "wk": "weekly_summary",
    "pain": "pain_consent",
    "band": "has_band",
    "lsn": "lessons_enabled",
}
"""One-tap on/off settings: the press name and the UserRecord field it sets. A new flag (a
band, lessons) is one line here and one row in bot/views/settings_view.py."""


@dataclass(frozen=True, slots=True)
class SettingsScreen:
    """Everything /settings shows, as stored after the change."""

    user: UserRecord
    today: date
    pause_start: date | None
    pause_end: date | None
    dropped: frozenset[str]
    page: Page = Page.MAIN
    offer_forget: bool = False
    """Keeping health answers was just turned off: offer to delete what was kept."""

    @property
    def paused(self) -> bool:
        """Whether today is paused (a pause with no end runs until /resume)."""
        start = self.pause_start
        return start is not None and start <= self.today


Change = Callable[[UnitOfWork, UserRecord, datetime], Awaitable[None]]


class SettingsService:
    """Reads and changes the settings; each public call is one unit of work."""

    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow_factory = uow_factory
        self._clock = clock

    async def show(
        self, user_id: int, page: Page = Page.MAIN, *, receipt: UpdateReceipt | None
    ) -> SettingsScreen | None:
        """The screen; a time or zone page also waits for a typed answer. None: not set up."""

        async def wait_for_typing(_uow: UnitOfWork, user: UserRecord, _now: datetime) -> None:
            user.awaiting = _TYPED_PAGES.get(page)

        return await self._change(user_id, wait_for_typing, receipt=receipt, page=page)

    async def set_flag(
        self, user_id: int, name: str, value: bool, *, receipt: UpdateReceipt | None
    ) -> SettingsScreen | None:
        """Turn one of `FLAGS` on or off."""
        field = FLAGS[name]

        async def flip(_uow: UnitOfWork, user: UserRecord, _now: datetime) -> None:
            setattr(user, field, value)

        offer = field == "pain_consent" and not value
        return await self._change(user_id, flip, receipt=receipt, offer_forget=offer)

    async def set_time(
        self, user_id: int, at: time, *, receipt: UpdateReceipt | None
    ) -> SettingsScreen | None:
        """A reminder time; choosing one turns reminders on."""

        async def set_at(_uow: UnitOfWork, user: UserRecord, _now: datetime) -> None:
            user.remind_at, user.reminders_enabled = at, True

        return await self._change(user_id, set_at, receipt=receipt)

    async def set_goal(
        self, user_id: int, goal: WeeklyGoal, *, receipt: UpdateReceipt | None
    ) -> SettingsScreen | None:
        """A weekly goal; the reminder days become the goal's days (3: Mon, Wed, Fri)."""

        async def set_goal(_uow: UnitOfWork, user: UserRecord, _now: datetime) -> None:
            if user.weekly_goal != goal:
                user.weekly_goal, user.nudge_days = int(goal), goal_mask(goal)

        return await self._change(user_id, set_goal, receipt=receipt)

    async def set_days(
        self, user_id: int, mask: int, *, receipt: UpdateReceipt | None
    ) -> SettingsScreen | None:
        """The reminder days as a weekday mask (the caller checks it names at least one day)."""

        async def set_days(_uow: UnitOfWork, user: UserRecord, _now: datetime) -> None:
            user.nudge_days = mask

        return await self._change(user_id, set_days, receipt=receipt, page=Page.DAYS)

    async def set_zone(
        self, user_id: int, zone: str, *, receipt: UpdateReceipt | None
    ) -> SettingsScreen | None:
        """An IANA zone the caller has already checked."""

        async def set_zone(_uow: UnitOfWork, user: UserRecord, _now: datetime) -> None:
            user.timezone = zone

        return await self._change(user_id, set_zone, receipt=receipt)

    async def pause(
        self, user_id: int, days: int | None, *, receipt: UpdateReceipt | None
    ) -> SettingsScreen | None:
        """Pause reminders for `days` days, or until /resume."""

        async def pause(uow: UnitOfWork, user: UserRecord, now: datetime) -> None:
            await pause_user(uow, user, days, now)

        return await self._change(user_id, pause, receipt=receipt, replan=False)

    async def resume(self, user_id: int, *, receipt: UpdateReceipt | None) -> SettingsScreen | None:
        """End a pause today."""

        async def resume(uow: UnitOfWork, user: UserRecord, now: datetime) -> None:
            await resume_user(uow, user, now)

        return await self._change(user_id, resume, receipt=receipt, replan=False)

    async def restore_routine(
        self, user_id: int, *, receipt: UpdateReceipt | None
    ) -> SettingsScreen | None:
        """Every dropped exercise back in the routine."""

        async def restore(uow: UnitOfWork, user: UserRecord, _now: datetime) -> None:
            await uow.prefs.restore_all(user.id)

        return await self._change(user_id, restore, receipt=receipt, replan=False)

    async def _change(
        self,
        user_id: int,
        change: Change,
        *,
        receipt: UpdateReceipt | None,
        page: Page = Page.MAIN,
        offer_forget: bool = False,
        replan: bool = True,
    ) -> SettingsScreen | None:
        """Lock the user, apply the change, re-plan the nudges, commit, and read the screen."""
        now = self._clock()
        async with self._uow_factory(receipt) as uow:
            user = await uow.users.get(user_id, for_update=True)
            if user is None or user.onboarding_step != DONE:
                return None
            if page is Page.MAIN:
                user.awaiting = None
            await change(uow, user, now)
            if replan:
                await reschedule(uow, user, now, done_on=await done_today(uow, user, now))
            user.updated_at = now
            await uow.users.save(user)
            screen = await screen_of(uow, user, now, page, offer_forget=offer_forget)
            await uow.commit()
            return screen


async def screen_of(
    uow: UnitOfWork, user: UserRecord, now: datetime, page: Page, *, offer_forget: bool = False
) -> SettingsScreen:
    """The screen for a loaded user: their open pause and dropped exercises."""
    today = user_today(user, now)
    pause = await uow.pauses.open_on(user.id, today)
    return SettingsScreen(
        user=user,
        today=today,
        pause_start=None if pause is None else pause.start_date,
        pause_end=None if pause is None else pause.end_date,
        dropped=frozenset(await uow.prefs.dropped(user.id)),
        page=page,
        offer_forget=offer_forget,
    )
