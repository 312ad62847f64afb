"""A weekly goal of 3, 5 or 7 days, its nudge days, and "weeks in a row with the goal met".

Weeks run Monday to Sunday in the user's local dates. Every input here is a local date, never
an instant: the caller turns each session's instant into a date in the zone the user had then.
So a week that crosses a daylight-saving change still has seven dates, and a move to another
time zone changes only which dates the sessions fall on, never how a week is counted.

A week's goal is met when its done days plus its paused days reach the goal:
- A done day is a local date with at least one counted session; two sessions on one date
  (possible after a move west) are one day.
- A paused day counts towards the goal, because the user asked for that day off; days before
  `start` (the user joined mid-week) count the same way. So a pause never breaks anything.
- Rest days are simply the days the goal leaves free: with a goal of 5, any 2 days a week.

Weeks in a row: a met week with at least one done day adds one; a met week with no done day
(paused throughout) bridges, neither adding nor breaking; an unmet week breaks the run. The
current week is still open: met, it counts already; not met yet, it neither adds nor breaks.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import IntEnum

DAYS_IN_A_WEEK = 7
MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(DAYS_IN_A_WEEK)
"""Weekday numbers as date.weekday() gives them."""


class WeeklyGoal(IntEnum):
    """Days a week the user means to do a routine; the value is the number of days."""

    THREE = 3
    FIVE = 5
    SEVEN = 7


DEFAULT_GOAL = WeeklyGoal.FIVE

DEFAULT_NUDGE_DAYS: dict[WeeklyGoal, frozenset[int]] = {
    WeeklyGoal.SEVEN: frozenset(range(DAYS_IN_A_WEEK)),
    WeeklyGoal.FIVE: frozenset({MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY}),
    WeeklyGoal.THREE: frozenset({MONDAY, WEDNESDAY, FRIDAY}),
}
"""Nudge days when the user has not chosen any: every day; Mon–Fri; Mon, Wed and Fri."""


def nudge_weekdays(goal: WeeklyGoal, chosen: Iterable[int] | None = None) -> frozenset[int]:
    """The weekdays (0 = Monday) on which a user with this goal gets a nudge.

    `chosen` is the user's own pick, if any: exactly as many distinct weekdays as the goal,
    so that the nudges ask for the goal and no more. Anything else raises ValueError.
    """
    if chosen is None:
        return DEFAULT_NUDGE_DAYS[goal]
    days = frozenset(chosen)
    if not all(MONDAY <= day <= SUNDAY for day in days):
        raise ValueError(f"weekdays run from {MONDAY} (Monday) to {SUNDAY} (Sunday): {days}")
    if len(days) != goal:
        raise ValueError(f"a goal of {int(goal)} days needs {int(goal)} nudge days, got {days}")
    return days


def is_nudge_day(day: date, goal: WeeklyGoal, chosen: Iterable[int] | None = None) -> bool:
    """Whether the local date `day` is one of the goal's nudge days."""
    return day.weekday() in nudge_weekdays(goal, chosen)


def week_start(day: date) -> date:
    """The Monday of the local week that holds `day`."""
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True, slots=True)
class WeekTally:
    """One week's count towards the goal."""

    monday: date
    done: int
    paused: int

    def met(self, goal: WeeklyGoal) -> bool:
        """Done plus paused days reach the goal."""
        return self.done + self.paused >= goal


@dataclass(frozen=True, slots=True)
class WeeklyStreak:
    """Weeks in a row with the goal met, now and at best, shown beside the daily streak."""

    current: int
    best: int


def week_tally(
    done_days: Iterable[date],
    paused_days: Iterable[date],
    monday: date,
    start: date | None = None,
) -> WeekTally:
    """Done and paused days in the week from `monday`; a day both done and paused is done."""
    week = {monday + timedelta(days=offset) for offset in range(DAYS_IN_A_WEEK)}
    done = week & set(done_days)
    paused = (week & set(paused_days)) | {day for day in week if start is not None and day < start}
    return WeekTally(monday, done=len(done), paused=len(paused - done))


def weekly_streak(
    done_days: Iterable[date],
    goal: WeeklyGoal,
    today: date,
    paused_days: Iterable[date] = (),
    start: date | None = None,
) -> WeeklyStreak:
    """Weeks in a row with the goal met, ending this week (or last week while this one is open).

    `done_days` and `paused_days` are local dates (duplicates are fine; days after `today`
    are ignored, as a future pause cannot change the count); `start` is the local date the
    user began, if the days before it should not count against their first week.
    """
    done = {day for day in done_days if day <= today}
    paused = {day for day in paused_days if day <= today}
    this_monday = week_start(today)
    first_monday = min([*(week_start(day) for day in done), this_monday])
    weeks = []
    monday = first_monday
    while monday <= this_monday:
        weeks.append(week_tally(done, paused, monday, start))
        monday += timedelta(weeks=1)
    return _count_runs(weeks, goal)


def _count_runs(weeks: list[WeekTally], goal: WeeklyGoal) -> WeeklyStreak:
    """Walk the weeks oldest first; the last one is the current, still open, week."""
    best = run = 0
    for position, week in enumerate(weeks):
        is_current = position == len(weeks) - 1
        if week.met(goal):
            run += 1 if week.done else 0
        elif not is_current:
            run = 0
        best = max(best, run)
    return WeeklyStreak(current=run, best=best)
