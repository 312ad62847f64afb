"""Each day's habit status, rolling-day counts and the months a calendar shows."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bot.domain.day_status import DayStatus
from bot.domain.habit_days import (
    EVERY_DAY,
    WEEKDAYS,
    day_statuses,
    months_between,
    sessions_in_last_days,
)

# Wednesday 2 December 2026.
TODAY = date(2026, 12, 2)
FULL, QUICK = True, False


def _day(offset: int) -> date:
    return TODAY - timedelta(days=offset)


@pytest.mark.parametrize(
    ("practised", "paused", "goal", "offset", "expected"),
    [
        ([(_day(1), FULL)], (), EVERY_DAY, 1, DayStatus.DONE),
        ([(_day(1), QUICK)], (), EVERY_DAY, 1, DayStatus.QUICK),
        ([(_day(1), QUICK), (_day(1), FULL)], (), EVERY_DAY, 1, DayStatus.DONE),
        ([], (), EVERY_DAY, 1, DayStatus.MISSED),
        ([], (_day(1),), EVERY_DAY, 1, DayStatus.PAUSED),
        ([(_day(1), QUICK)], (_day(1),), EVERY_DAY, 1, DayStatus.QUICK),
        ([], (), WEEKDAYS, 3, DayStatus.REST),  # Sunday 29 November
        ([], (), WEEKDAYS, 4, DayStatus.REST),  # Saturday 28 November
        ([], (), WEEKDAYS, 5, DayStatus.MISSED),  # Friday 27 November
        ([(_day(3), FULL)], (), WEEKDAYS, 3, DayStatus.DONE),  # practice on a rest day counts
        ([], (_day(3),), WEEKDAYS, 3, DayStatus.PAUSED),
        ([(_day(0), QUICK)], (), EVERY_DAY, 0, DayStatus.QUICK),
        ([(TODAY + timedelta(days=1), FULL)], (), EVERY_DAY, 0, DayStatus.DONE),  # moved west
    ],
)
def test_a_day_has_the_status_the_calendar_shows(
    practised: list[tuple[date, bool]],
    paused: tuple[date, ...],
    goal: frozenset[int],
    offset: int,
    expected: DayStatus,
) -> None:
    assert day_statuses(practised, set(paused), goal, _day(10), TODAY)[_day(offset)] is expected


def test_today_not_done_yet_and_days_before_the_start_have_no_status() -> None:
    found = day_statuses([], set(), EVERY_DAY, _day(2), TODAY)
    assert sorted(found) == [_day(2), _day(1)]


@pytest.mark.parametrize(
    ("offsets", "window", "expected"),
    [
        ([0, 1, 6], 7, 3),
        ([0, 1, 7], 7, 2),
        ([0, 6, 29], 30, 3),
        ([30], 30, 0),
        ([-1], 7, 1),  # a session dated tomorrow (moved west) counts as today
        ([0, 0], 7, 2),  # two sessions on one day are two sessions
    ],
)
def test_sessions_are_counted_over_rolling_days(
    offsets: list[int], window: int, expected: int
) -> None:
    assert sessions_in_last_days([_day(o) for o in offsets], TODAY, window) == expected


def test_the_last_7_days_never_count_more_than_the_last_30() -> None:
    days = [_day(offset) for offset in range(0, 40, 2)]
    for today_offset in range(-5, 35):
        today = _day(today_offset)
        assert sessions_in_last_days(days, today, 7) <= sessions_in_last_days(days, today, 30)


@pytest.mark.parametrize(
    ("start", "end", "most", "expected"),
    [
        (date(2026, 11, 3), TODAY, 3, ((2026, 11), (2026, 12))),
        (date(2026, 12, 1), TODAY, 3, ((2026, 12),)),
        (date(2026, 8, 20), TODAY, 3, ((2026, 10), (2026, 11), (2026, 12))),
        (date(2025, 12, 31), date(2026, 1, 1), 3, ((2025, 12), (2026, 1))),
    ],
)
def test_the_calendar_shows_the_latest_months_of_the_window(
    start: date, end: date, most: int, expected: tuple[tuple[int, int], ...]
) -> None:
    assert months_between(start, end, most=most) == expected
