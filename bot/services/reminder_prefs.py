"""Reminder preferences outside onboarding: on/off, weekdays only, pause and resume."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from bot.services.ports import Clock, UnitOfWorkFactory
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

    async def set_weekdays_only(
        self, user_id: int, weekdays_only: bool, *, receipt: UpdateReceipt | None
    ) -> ReminderReply:
        """/remind weekdays and /remind daily."""
        return await self._update(
            user_id,
            ReminderChange.WEEKDAYS if weekdays_only else ReminderChange.DAILY,
            receipt=receipt,
            weekdays_only=weekdays_only,
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
            today = user_today(user, now)
            end = None if days is None else today + timedelta(days=min(days, MAX_PAUSE_DAYS) - 1)
            open_pause = await uow.pauses.open_on(user_id, today)
            if open_pause is not None:
                start = min(open_pause.start_date, today)
                await uow.pauses.save(replace(open_pause, start_date=start, end_date=end))
            else:
                await uow.pauses.add(user_id, today, end)
            await reschedule(uow, user, now)
            user.updated_at = now
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
            today = user_today(user, now)
            open_pause = await uow.pauses.open_on(user_id, today)
            if open_pause is None:
                return ReminderReply(ReminderChange.NOT_PAUSED)
            # Today is no longer paused; a pause that began today becomes empty.
            end = max(today, open_pause.start_date) - timedelta(days=1)
            await uow.pauses.save(replace(open_pause, end_date=end))
            await reschedule(uow, user, now, done_on=await done_today(uow, user, now))
            streak = await current_streak(uow, user, now)
            user.updated_at = now
            await uow.users.save(user)
            await uow.commit()
            return ReminderReply(ReminderChange.RESUMED, streak=streak.current)

    async def _update(
        self, user_id: int, change: ReminderChange, *, receipt: UpdateReceipt | None, **values: bool
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
