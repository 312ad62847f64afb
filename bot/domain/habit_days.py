"""What each recent day was for the habit (the calendar's colours), and rolling-day counts.

Pure: local dates in, plain values out. Counts are over the last N days ending today, never
calendar weeks or months, so "8 in the last 7 days, 7 in the last 30" cannot happen: the
shorter window is inside the longer one.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import date, timedelta

from bot.domain.day_status import DayStatus

EVERY_DAY = frozenset(range(7))
WEEKDAYS = frozenset(range(5))


def day_statuses(
    practised: Iterable[tuple[date, bool]],
    paused: Collection[date],
    goal_weekdays: Collection[int],
    first_day: date,
    today: date,
) -> dict[date, DayStatus]:
    """The status of every day from `first_day` to `today` (nothing before the user began).

    `practised`: (local date, full routine?) of each counted session. A full routine beats a
    quick one on the same day; a session counts even on a paused or rest day. A goal day
    without a session is missed, except today, which is still open and left without a status.
    """
    full: set[date] = set()
    quick: set[date] = set()
    for day, is_full in practised:
        (full if is_full else quick).add(min(day, today))
    found: dict[date, DayStatus] = {}
    day = first_day
    while day <= today:
        status = _status(day, full, quick, paused, goal_weekdays)
        if status is not DayStatus.MISSED or day < today:
            found[day] = status
        day += timedelta(days=1)
    return found


def _status(
    day: date,
    full: Collection[date],
    quick: Collection[date],
    paused: Collection[date],
    goal_weekdays: Collection[int],
) -> DayStatus:
    """One day's status, in the order of precedence the calendar shows."""
    if day in full:
        return DayStatus.DONE
    if day in quick:
        return DayStatus.QUICK
    if day in paused:
        return DayStatus.PAUSED
    if day.weekday() not in goal_weekdays:
        return DayStatus.REST
    return DayStatus.MISSED


def sessions_in_last_days(days: Iterable[date], today: date, window: int) -> int:
    """How many of these (counted sessions') local dates fall in the `window` days to today."""
    first = today - timedelta(days=window - 1)
    return sum(1 for day in days if first <= min(day, today))


def months_between(start: date, end: date, *, most: int) -> tuple[tuple[int, int], ...]:
    """The (year, month) pairs from `start`'s month to `end`'s, the latest `most` of them."""
    months: list[tuple[int, int]] = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return tuple(months[-most:])
