"""Streak arithmetic over local dates, so a day's meaning never depends on server time."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

_ONE_DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Streak:
    """How many consecutive counted days a user has now and at best, for motivation."""

    current: int
    best: int


def compute_streak(
    done_days: Iterable[date], today: date, paused_days: Iterable[date] = ()
) -> Streak:
    """Count runs of done days, bridging paused days and forgiving a today not done yet."""
    # - `done_days` are local dates; duplicates are ignored and days after `today` (possible
    #   right after a user moves west) count as `today`.
    # - A paused day neither adds to a run nor breaks it. A day both done and paused counts as
    #   done. Paused days after `today` are ignored: a future pause cannot change today's count.
    # - `current` is the run ending today, or ending yesterday while today is not done yet.
    # - `best` is the longest run ever under the same bridging, and is at least `current`.
    done = {min(day, today) for day in done_days}
    paused = {day for day in paused_days if day <= today}
    current = _current_run(done, paused, today)
    return Streak(current=current, best=max(current, _best_run(done, paused)))


def _current_run(done: set[date], paused: set[date], today: date) -> int:
    """Walk back from today; an unfinished today is treated like a paused day."""
    day = today if today in done else today - _ONE_DAY
    count = 0
    while day in done or day in paused:
        if day in done:
            count += 1
        day -= _ONE_DAY
    return count


def _best_run(done: set[date], paused: set[date]) -> int:
    """Scan all done-or-paused days in order and keep the longest run's done count."""
    best = 0
    run = 0
    previous: date | None = None
    for day in sorted(done | paused):
        if previous is None or day - previous != _ONE_DAY:
            run = 0
        if day in done:
            run += 1
            best = max(best, run)
        previous = day
    return best


def rest_days(goal_weekdays: Collection[int], first: date | None, today: date) -> set[date]:
    """The days from `first` to `today` whose weekday is not a goal day (0 = Monday).

    Passed with the paused days, they bridge a streak instead of breaking it: a 5-day goal's
    weekend is a rest, not a miss. Empty when nothing was ever done (`first` is None).
    """
    if first is None or len(goal_weekdays) >= 7:
        return set()
    days, day = set(), first
    while day <= today:
        if day.weekday() not in goal_weekdays:
            days.add(day)
        day += _ONE_DAY
    return days
