"""Reminder preferences outside onboarding: on/off, reminder days, pause and resume."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import StrEnum

from bot.domain.nudge_days import EVERY_DAY
from bot.services.ports import Clock, UnitOfWork, UnitOfWorkFactory
from bot.services.records import UserRecord
from bot.services.update_receipt import UpdateReceipt
from bot.services.users import current_streak, done_today, reschedule, user_today

logger = logging.getLogger(__name__)

MAX_PAUSE_DAYS = 365


class ReminderChange(StrEnum):
    """What a reminder command did."""

    ENABLED = "enabled"
    DISABLED = "disabled"
    WEEKDAYS = "weekdays"
    DAILY = "daily"
    PAUSED = "paused"
    RESUMED = "resumed"
    NOT_PAUSED = "not_paused"
    NOT_STARTED = "not_started"


@dataclass(frozen=True, slots=True)
class ReminderReply:
    """The outcome, with what the message needs to say."""

    change: ReminderChange
    until: date | None = None
    streak: int = 0


class ReminderPrefsService:
    """Each call is one unit of work that also re-plans the next nudge."""

    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow_factory = uow_factory
        self._clock = clock

    async def set_enabled(
        self, user_id: int, enabled: bool, *, receipt: UpdateReceipt | None
    ) -> ReminderReply:
        """/remind on and /remind off keep the chosen time."""
        return await self._update(
            user_id,
            ReminderChange.ENABLED if enabled else ReminderChange.DISABLED,
            receipt=receipt,
            reminders_enabled=enabled,
        )

    async def set_days(
        self, user_id: int, mask: int, *, receipt: UpdateReceipt | None
    ) -> ReminderReply:
        """/remind weekdays and /remind daily: the reminder days as a weekday mask."""
        return await self._update(
            user_id,
            ReminderChange.DAILY if mask == EVERY_DAY else ReminderChange.WEEKDAYS,
            receipt=receipt,
            nudge_days=mask,
        )

    async def pause(
        self, user_id: int, days: int | None, *, receipt: UpdateReceipt | None
    ) -> ReminderReply:
        """Stop nudges from today, for `days` days or until /resume; the streak is frozen."""
        now = self._clock()
        async with self._uow_factory(receipt) as uow:
            user = await uow.users.get(user_id, for_update=True)
            if user is None or user.onboarding_step != "done":
                return ReminderReply(ReminderChange.NOT_STARTED)
            end = await pause_user(uow, user, days, now)
            await uow.users.save(user)
            await uow.commit()
            logger.info("reminders paused user=%s", user_id)
            return ReminderReply(ReminderChange.PAUSED, until=end)

    async def resume(self, user_id: int, *, receipt: UpdateReceipt | None) -> ReminderReply:
        """End the pause today: nudges come back from tomorrow on, or later today if still due."""
        now = self._clock()
        async with self._uow_factory(receipt) as uow:
            user = await uow.users.get(user_id, for_update=True)
            if user is None or user.onboarding_step != "done":
                return ReminderReply(ReminderChange.NOT_STARTED)
            if not await resume_user(uow, user, now):
                return ReminderReply(ReminderChange.NOT_PAUSED)
            streak = await current_streak(uow, user, now)
            await uow.users.save(user)
            await uow.commit()
            return ReminderReply(ReminderChange.RESUMED, streak=streak.current)

    async def set_blocked(
        self, user_id: int, blocked: bool, *, receipt: UpdateReceipt | None
    ) -> None:
        """Stop (or allow again) reminders when the user blocks (or unblocks) the bot."""
        async with self._uow_factory(receipt) as uow:
            user = await uow.users.get(user_id, for_update=True)
            if user is None:
                return
            now = self._clock()
            user.blocked, user.updated_at = blocked, now
            await reschedule(uow, user, now)
            await uow.users.save(user)
            await uow.commit()
            logger.info("user blocked=%s user=%s", blocked, user_id)

    async def _update(
        self,
        user_id: int,
        change: ReminderChange,
        *,
        receipt: UpdateReceipt | None,
        **values: bool | int,
    ) -> ReminderReply:
        """Set flags on the user and re-plan."""
        now = self._clock()
        async with self._uow_factory(receipt) as uow:
            user = await uow.users.get(user_id, for_update=True)
            if user is None or user.onboarding_step != "done":
                return ReminderReply(ReminderChange.NOT_STARTED)
            for name, value in values.items():
                setattr(user, name, value)
            await reschedule(uow, user, now, done_on=await done_today(uow, user, now))
            user.updated_at = now
            await uow.users.save(user)
            await uow.commit()
            return ReminderReply(change)


async def pause_user(
    uow: UnitOfWork, user: UserRecord, days: int | None, now: datetime
) -> date | None:
    """Pause from today for `days` days (None: until /resume) and re-plan; returns the last day.

    An open pause is stretched rather than doubled. The caller saves the user and commits.
    """
    today = user_today(user, now)
    end = None if days is None else today + timedelta(days=min(days, MAX_PAUSE_DAYS) - 1)
    open_pause = await uow.pauses.open_on(user.id, today)
    if open_pause is not None:
        start = min(open_pause.start_date, today)
        await uow.pauses.save(replace(open_pause, start_date=start, end_date=end))
    else:
        await uow.pauses.add(user.id, today, end)
    await reschedule(uow, user, now)
    user.updated_at = now
    return end


async def resume_user(uow: UnitOfWork, user: UserRecord, now: datetime) -> bool:
    """End an open pause today and re-plan; False when nothing was paused (nothing changes)."""
    today = user_today(user, now)
    open_pause = await uow.pauses.open_on(user.id, today)
    if open_pause is None:
        return False
    # Today is no longer paused; a pause that began today becomes empty.
    end = max(today, open_pause.start_date) - timedelta(days=1)
    await uow.pauses.save(replace(open_pause, end_date=end))
    await reschedule(uow, user, now, done_on=await done_today(uow, user, now))
    user.updated_at = now
    return True
