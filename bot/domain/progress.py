"""Progress numbers for /progress: daily and weekly pain, session counts and honest verdicts."""

# Definitions shared by everything below (the chart, the caption and the escalation trend):
# - A "week" is a calendar week of local dates starting on `week_start` (a date.weekday()
#   number, Monday = 0 by default); "this week" is the one containing `today`, so on its first
#   day it may hold no ratings yet. "This month" is the calendar month containing `today`.
# - A day's pain is the mean of that day's ratings of one kind (usually there is one session a
#   day; a /quick plus a /routine on one day gives two).
# - A week's pain is the mean of its days' *before* ratings, each rated day weighing once. We use
#   "before" because it reflects how the back is doing that day; "after" also carries the
#   session's immediate effect, which the relief figure reports separately.
# - Dates after `today` (possible right after a user moves west) count as `today`, as in
#   compute_streak.

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from statistics import fmean

from bot.domain.pain import PAIN_MAX, PAIN_MIN, PainChange, pain_change

_ONE_DAY = timedelta(days=1)
_DAYS_PER_WEEK = 7
# Averages are shown to one decimal; verdicts judge the shown numbers, so the words never
# contradict them ("down 2.0 points" is always a clear change).
SHOWN_DECIMALS = 1


class Change(StrEnum):
    """How pain moved, judged by the clinically meaningful change rule, so we never overclaim."""

    IMPROVED = "improved"
    WORSENED = "worsened"
    NO_CLEAR_CHANGE = "no_clear_change"
    NOT_ENOUGH_DATA = "not_enough_data"


@dataclass(frozen=True, slots=True)
class SessionPoint:
    """One finished session as progress sees it, so this module needs no database."""

    # The caller passes every session that is no longer active; `counted` says whether it
    # counts for the streak (only those are counted as sessions), while its ratings always
    # count as pain data. Ratings are None when not given or not stored (no consent).
    local_date: date
    before: int | None = None
    after: int | None = None
    counted: bool = True

    def __post_init__(self) -> None:
        """Reject scores off the 0-10 scale early, where the bad data came from."""
        for score in (self.before, self.after):
            if score is not None and not PAIN_MIN <= score <= PAIN_MAX:
                raise ValueError(f"pain ratings must be within {PAIN_MIN}-{PAIN_MAX}: {score!r}")


@dataclass(frozen=True, slots=True)
class DailyPoint:
    """One calendar day of the chart; None means no rating that day, drawn as a gap."""

    day: date
    before: float | None
    after: float | None
    sessions: int


@dataclass(frozen=True, slots=True)
class WeeklyAverage:
    """One calendar week's mean before-session pain; None when nothing was rated that week."""

    week_start: date
    average: float | None
    rated_days: int


@dataclass(frozen=True, slots=True)
class ProgressStats:
    """The numbers the /progress caption puts into words."""

    sessions_this_week: int
    sessions_this_month: int
    # Mean of (before - after) over sessions with both ratings: positive = pain eased.
    average_relief: float | None
    relief_sessions: int
    # The same clinically meaningful rule applied to mean before vs mean after of those sessions.
    relief_change: Change
    first_week_start: date | None
    first_week_average: float | None
    this_week_average: float | None
    # This week vs the first rated week; NOT_ENOUGH_DATA when either has no rating or when the
    # first rated week is this week.
    change: Change
    # The same comparison with its numbers (rounded as shown); None exactly when NOT_ENOUGH_DATA.
    comparison: PainChange | None = None


def week_start_of(day: date, week_start: int = calendar.MONDAY) -> date:
    """Return the first day of the calendar week containing `day`."""
    _check_week_start(week_start)
    return day - timedelta(days=(day.weekday() - week_start) % _DAYS_PER_WEEK)


def change_verdict(earlier: float | None, later: float | None) -> Change:
    """Judge a move from `earlier` to `later` pain; small moves are "no clear change yet"."""
    return verdict_of(shown_change(earlier, later))


def shown_change(earlier: float | None, later: float | None) -> PainChange | None:
    """The move between two averages as shown (one decimal), or None when one is missing."""
    if earlier is None or later is None:
        return None
    return pain_change(round(earlier, SHOWN_DECIMALS), round(later, SHOWN_DECIMALS))


def verdict_of(change: PainChange | None) -> Change:
    """Name a measured change: improved, worsened, no clear change, or nothing to compare."""
    if change is None:
        return Change.NOT_ENOUGH_DATA
    if change.improved:
        return Change.IMPROVED
    return Change.WORSENED if change.worsened else Change.NO_CLEAR_CHANGE


def daily_series(points: Iterable[SessionPoint], start: date, end: date) -> tuple[DailyPoint, ...]:
    """Give one point per day from `start` to `end` inclusive, so missed days become gaps."""
    # Sessions outside the range are ignored (no clamping here: the caller chose the range).
    if start > end:
        raise ValueError(f"start {start} is after end {end}")
    befores: dict[date, list[int]] = defaultdict(list)
    afters: dict[date, list[int]] = defaultdict(list)
    sessions: dict[date, int] = defaultdict(int)
    for point in points:
        sessions[point.local_date] += 1
        if point.before is not None:
            befores[point.local_date].append(point.before)
        if point.after is not None:
            afters[point.local_date].append(point.after)
    return tuple(
        DailyPoint(day, _mean(befores.get(day)), _mean(afters.get(day)), sessions.get(day, 0))
        for day in _days(start, end)
    )


def has_pain_data(series: Iterable[DailyPoint]) -> bool:
    """Tell whether a chart would show any rating; if not, send the friendly text instead."""
    return any(point.before is not None or point.after is not None for point in series)


def weekly_averages(
    points: Iterable[SessionPoint],
    start: date,
    end: date,
    *,
    week_start: int = calendar.MONDAY,
) -> tuple[WeeklyAverage, ...]:
    """Average before-pain for every calendar week touching `start`..`end`, oldest first."""
    # Each week's average uses all of that week's ratings, also on days outside the range, so a
    # week's value does not depend on the window shown. The weeks are consecutive and end with
    # the one holding `end`, which is the shape escalation.WeeklyAverages describes.
    if start > end:
        raise ValueError(f"start {start} is after end {end}")
    by_week = _before_by_week(_daily_before(points), week_start)
    first = week_start_of(start, week_start)
    weeks = range(0, (end - first).days + 1, _DAYS_PER_WEEK)
    result = []
    for offset in weeks:
        monday = first + timedelta(days=offset)
        values = by_week.get(monday, [])
        result.append(WeeklyAverage(monday, _mean(values), len(values)))
    return tuple(result)


def progress_stats(
    points: Iterable[SessionPoint], today: date, *, week_start: int = calendar.MONDAY
) -> ProgressStats:
    """Compute the caption's numbers from all of a user's sessions, as of local `today`."""
    points = tuple(points)
    this_week = week_start_of(today, week_start)
    counted_days = [min(point.local_date, today) for point in points if point.counted]
    pairs = [
        (point.before, point.after)
        for point in points
        if point.before is not None and point.after is not None
    ]
    relief = _mean([before - after for before, after in pairs])
    by_week = _before_by_week(_daily_before(points, today), week_start)
    first_week = min(by_week, default=None)
    first_average = None if first_week is None else _mean(by_week[first_week])
    this_average = _mean(by_week.get(this_week))
    comparison = None if first_week == this_week else shown_change(first_average, this_average)
    return ProgressStats(
        sessions_this_week=sum(1 for day in counted_days if day >= this_week),
        sessions_this_month=sum(
            1 for day in counted_days if (day.year, day.month) == (today.year, today.month)
        ),
        average_relief=relief,
        relief_sessions=len(pairs),
        relief_change=change_verdict(
            _mean([before for before, _ in pairs]), _mean([after for _, after in pairs])
        ),
        first_week_start=first_week,
        first_week_average=first_average,
        this_week_average=this_average,
        change=verdict_of(comparison),
        comparison=comparison,
    )


def _daily_before(points: Iterable[SessionPoint], today: date | None = None) -> dict[date, float]:
    """Mean before rating per local date (dates after `today`, if given, count as today)."""
    ratings: dict[date, list[int]] = defaultdict(list)
    for point in points:
        if point.before is not None:
            day = point.local_date if today is None else min(point.local_date, today)
            ratings[day].append(point.before)
    return {day: fmean(values) for day, values in ratings.items()}


def _before_by_week(daily: dict[date, float], week_start: int) -> dict[date, list[float]]:
    """Group daily means by the first day of their week."""
    by_week: dict[date, list[float]] = defaultdict(list)
    for day, value in daily.items():
        by_week[week_start_of(day, week_start)].append(value)
    return dict(by_week)


def _mean(values: Sequence[float] | None) -> float | None:
    """Mean of the values, or None when there are none (never a misleading zero)."""
    return fmean(values) if values else None


def _days(start: date, end: date) -> Iterable[date]:
    """Every date from start to end inclusive."""
    day = start
    while day <= end:
        yield day
        day += _ONE_DAY


def _check_week_start(week_start: int) -> None:
    """Accept only date.weekday() numbers, so a typo cannot shift every week silently."""
    if not calendar.MONDAY <= week_start <= calendar.SUNDAY:
        raise ValueError(f"week_start must be 0 (Monday) to 6 (Sunday), got {week_start!r}")
