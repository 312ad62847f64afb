"""When a user's next nudge is due, if at all: on/off, blocked, reminder days, pauses, done."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.domain.nudge_days import EVERY_DAY
from bot.domain.schedule import local_date, next_nudge_at, resolve_local_time

# Never loop forever on odd inputs: a year of candidate days is more than any rule skips.
_MAX_CANDIDATES = 400


@dataclass(frozen=True, slots=True)
class PauseSpan:
    """Days without nudges, inclusive; no end means until /resume."""

    start: date
    end: date | None = None

    def covers(self, day: date) -> bool:
        """Whether `day` is paused."""
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class ReminderPlan:
    """Everything that decides a user's next nudge."""

    at: time
    zone: ZoneInfo
    enabled: bool = True
    blocked: bool = False
    days: int = EVERY_DAY
    """Weekday mask of reminder days (bot.domain.nudge_days)."""
    pauses: tuple[PauseSpan, ...] = ()
    done_on: date | None = None


def plan_next_nudge(plan: ReminderPlan, after: datetime) -> datetime | None:
    """The first due instant strictly after `after` (UTC), skipping paused and done days."""
    if not plan.enabled or plan.blocked:
        return None
    cursor = after
    for _ in range(_MAX_CANDIDATES):
        candidate = next_nudge_at(plan.at, plan.zone, cursor, days=plan.days)
        day = local_date(candidate, plan.zone)
        pause = next((p for p in plan.pauses if p.covers(day)), None)
        if pause is not None:
            if pause.end is None:
                return None
            cursor = resolve_local_time(pause.end + timedelta(days=1), time(0, 0), plan.zone)
            continue
        if day == plan.done_on:
            cursor = candidate
            continue
        return candidate
    return None


def paused_days(pauses: tuple[PauseSpan, ...], today: date) -> set[date]:
    """Every paused day up to today, to freeze the streak across them."""
    days: set[date] = set()
    for pause in pauses:
        day, last = pause.start, min(pause.end or today, today)
        while day <= last:
            days.add(day)
            day += timedelta(days=1)
    return days


def next_weekly_at(at: time, weekday: int, zone: ZoneInfo, after: datetime) -> datetime:
    """The next `weekday` (0 = Monday) at local time `at`, strictly after `after`, in UTC."""
    cursor = after
    for _ in range(8):
        candidate = next_nudge_at(at, zone, cursor)
        if local_date(candidate, zone).weekday() == weekday:
            return candidate
        cursor = candidate
    raise ValueError(f"no weekday {weekday} found after {after}")
