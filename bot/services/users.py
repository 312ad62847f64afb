"""Rules about a stored user: their zone, their today, their streak and their next reminder."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from bot.domain.nudge_days import days_of
from bot.domain.reminders import (
    PauseSpan,
    ReminderPlan,
    next_weekly_at,
    paused_days,
    plan_next_nudge,
)
from bot.domain.schedule import find_zone, local_date
from bot.domain.screening import ScreeningStatus, is_locked
from bot.domain.streaks import Streak, compute_streak, rest_days
from bot.services.ports import UnitOfWork
from bot.services.records import UserRecord

UTC_ZONE = ZoneInfo("UTC")
# The weekly summary goes out on Sunday evening, local time.
WEEKLY_DAY = 6
WEEKLY_AT = time(19, 0)


def zone_of(user: UserRecord) -> ZoneInfo:
    """The user's zone; a name that no longer resolves falls back to UTC rather than crashing."""
    return zone_named(user.timezone)


def zone_named(timezone: str) -> ZoneInfo:
    """A stored zone name as a zone, UTC when the name no longer resolves."""
    return find_zone(timezone) or UTC_ZONE


def safety_locked(user: UserRecord) -> bool:
    """A red flag locked the routines: no reminder, summary or start button until cleared."""
    return is_locked(ScreeningStatus(user.screening_status))


def user_today(user: UserRecord, now: datetime) -> date:
    """The user's local calendar date, which is what streaks and 'once a day' mean."""
    return today_in(user.timezone, now)


def today_in(timezone: str, now: datetime) -> date:
    """The local date in a stored zone name, for code that holds the name and not the user."""
    return local_date(now, zone_named(timezone))


async def pause_spans(uow: UnitOfWork, user_id: int) -> tuple[PauseSpan, ...]:
    """The user's pauses as plain spans."""
    return tuple(PauseSpan(p.start_date, p.end_date) for p in await uow.pauses.for_user(user_id))


async def current_streak(
    uow: UnitOfWork, user: UserRecord, now: datetime, *, pauses: tuple[PauseSpan, ...] | None = None
) -> Streak:
    """The streak as of the user's today; paused and rest days freeze it instead of breaking it.

    `pauses`: the user's pause spans when the caller already read them (else they are read).
    """
    today = user_today(user, now)
    paused = paused_days(await pause_spans(uow, user.id) if pauses is None else pauses, today)
    done = await uow.sessions.counted_days(user.id)
    rest = rest_days(days_of(user.nudge_days), min(done, default=None), today)
    return compute_streak(done, today, paused | rest)


async def done_today(uow: UnitOfWork, user: UserRecord, now: datetime) -> date | None:
    """Today's local date if today's routine already counts, so today's nudge is skipped."""
    today = user_today(user, now)
    return today if await uow.nudges.done_days([(user.id, today)]) else None


async def reschedule(
    uow: UnitOfWork,
    user: UserRecord,
    now: datetime,
    *,
    done_on: date | None = None,
    pauses: tuple[PauseSpan, ...] | None = None,
) -> None:
    """Store when the next nudge is due (NULL when none is), from the pure planning rule."""
    spans = await pause_spans(uow, user.id) if pauses is None else pauses
    user.next_nudge_at = planned_next_nudge(user, now, done_on=done_on, pauses=spans)
    wants_weekly = (
        user.weekly_summary
        and not user.blocked
        and user.onboarding_step == "done"
        and not safety_locked(user)
    )
    user.next_weekly_at = (
        next_weekly_at(WEEKLY_AT, WEEKLY_DAY, zone_of(user), now) if wants_weekly else None
    )


def planned_next_nudge(
    user: UserRecord, after: datetime, *, done_on: date | None, pauses: tuple[PauseSpan, ...]
) -> datetime | None:
    """The next due instant for this user after `after`, without touching the row."""
    plan = ReminderPlan(
        at=user.remind_at,
        zone=zone_of(user),
        enabled=(
            user.reminders_enabled and user.onboarding_step == "done" and not safety_locked(user)
        ),
        blocked=user.blocked,
        days=user.nudge_days,
        pauses=pauses,
        done_on=done_on,
    )
    return plan_next_nudge(plan, after)
