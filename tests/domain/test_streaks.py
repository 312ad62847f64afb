"""Streak rules, checked against runs counted by hand on a calendar."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bot.domain.streaks import Streak, compute_streak, rest_days

TODAY = date(2026, 5, 20)


def days(first: date, last: date) -> list[date]:
    """Every date from first to last inclusive, to write long runs compactly."""
    return [first + timedelta(days=offset) for offset in range((last - first).days + 1)]


def may(day: int) -> date:
    """A date in May 2026, the month most cases live in."""
    return date(2026, 5, day)


@pytest.mark.parametrize(
    ("done", "today", "paused", "expected"),
    [
        pytest.param([], TODAY, [], Streak(0, 0), id="no sessions gives zero"),
        pytest.param([may(20)], TODAY, [], Streak(1, 1), id="a session today counts one"),
        pytest.param([may(19)], TODAY, [], Streak(1, 1), id="yesterday only is still alive"),
        pytest.param([may(18)], TODAY, [], Streak(0, 1), id="two idle days end the streak"),
        pytest.param(
            [may(16), may(17), may(18), may(20)],
            TODAY,
            [],
            Streak(1, 3),
            id="a one day gap breaks the run",
        ),
        pytest.param(
            [may(17), may(18)], TODAY, [], Streak(0, 2), id="a missed yesterday breaks the run"
        ),
        pytest.param(
            [*days(date(2026, 4, 1), date(2026, 4, 30)), *days(may(10), may(20))],
            TODAY,
            [],
            Streak(11, 30),
            id="an older longer run stays the best",
        ),
        pytest.param(
            [may(15), may(16), may(19), may(20)],
            TODAY,
            [may(17), may(18)],
            Streak(4, 4),
            id="paused days bridge a gap",
        ),
        pytest.param(
            [may(14), may(15), may(16), may(20)],
            TODAY,
            days(may(17), may(19)),
            Streak(4, 4),
            id="paused days in the middle add nothing",
        ),
        pytest.param(
            [*days(may(10), may(12)), may(18)],
            TODAY,
            days(may(13), may(17)),
            Streak(0, 4),
            id="a bridged run still breaks on an unpaused missed day",
        ),
        pytest.param(
            days(may(17), may(19)), TODAY, [may(20)], Streak(3, 3), id="a paused today keeps it"
        ),
        pytest.param(
            days(may(16), may(18)),
            TODAY,
            [may(19)],
            Streak(3, 3),
            id="a paused yesterday keeps it while today is not done",
        ),
        pytest.param(
            [may(15)],
            TODAY,
            days(may(16), may(20)),
            Streak(1, 1),
            id="a pause up to today keeps an old run alive",
        ),
        pytest.param([], TODAY, days(may(18), may(20)), Streak(0, 0), id="only pauses give zero"),
        pytest.param(
            [may(19), may(20)], TODAY, [may(20)], Streak(2, 2), id="a done and paused day counts"
        ),
        pytest.param(
            [may(20), may(20), may(19), may(19)],
            TODAY,
            [],
            Streak(2, 2),
            id="duplicate dates count once",
        ),
        pytest.param(
            [
                *days(date(2026, 4, 1), date(2026, 4, 5)),
                *days(date(2026, 4, 11), date(2026, 4, 15)),
                may(20),
            ],
            TODAY,
            days(date(2026, 4, 6), date(2026, 4, 10)),
            Streak(1, 10),
            id="the best run also bridges pauses",
        ),
        pytest.param(
            [date(2026, 3, 28), date(2026, 3, 29), date(2026, 3, 30)],
            date(2026, 3, 30),
            [],
            Streak(3, 3),
            id="a spring forward day is just a date",
        ),
        pytest.param(
            [date(2026, 10, 24), date(2026, 10, 25)],
            date(2026, 10, 26),
            [],
            Streak(2, 2),
            id="a fall back day is just a date",
        ),
        pytest.param(
            [may(18), may(19), may(21)],
            TODAY,
            [],
            Streak(3, 3),
            id="a future date after moving west counts as today",
        ),
        pytest.param(
            [may(19), may(20), may(21), may(20)],
            TODAY,
            [],
            Streak(2, 2),
            id="a repeated date after moving west counts once",
        ),
        pytest.param(
            days(date(2025, 5, 21), TODAY),
            TODAY,
            [],
            Streak(365, 365),
            id="a full year run counts every day",
        ),
        pytest.param(
            days(date(2024, 5, 21), date(2026, 5, 18)),
            TODAY,
            [],
            Streak(0, 728),
            id="a two year run that ended is only the best",
        ),
    ],
)
def test_compute_streak_counts_runs_as_on_a_calendar(
    done: list[date], today: date, paused: list[date], expected: Streak
) -> None:
    assert compute_streak(done, today, paused) == expected


def test_compute_streak_accepts_one_shot_iterables() -> None:
    done = iter([may(19), may(20)])
    paused = iter([may(18)])
    assert compute_streak(done, TODAY, paused) == Streak(2, 2)


# 2026-11-30 is a Monday; a 5-day goal rests on Saturday and Sunday.
WEEKDAYS = range(5)
MON = date(2026, 11, 30)


@pytest.mark.parametrize(
    ("done", "today", "goal", "expected"),
    [
        pytest.param(days(MON, MON + timedelta(4)), MON + timedelta(6), WEEKDAYS, Streak(5, 5),
                     id="a weekend of rest after Mon-Fri keeps the streak"),
        pytest.param(days(MON, MON + timedelta(4)), MON + timedelta(6), range(7), Streak(0, 5),
                     id="with a 7-day goal the same weekend breaks it"),
        pytest.param([*days(MON, MON + timedelta(4)), MON + timedelta(7)], MON + timedelta(7),
                     WEEKDAYS, Streak(6, 6), id="Monday after the rest carries on"),
        pytest.param(days(MON, MON + timedelta(3)), MON + timedelta(6), WEEKDAYS, Streak(0, 4),
                     id="a missed Friday still breaks it, rest or not"),
        pytest.param([MON, MON + timedelta(2), MON + timedelta(4)], MON + timedelta(4),
                     (0, 2, 4), Streak(3, 3), id="a 3-day goal rests between its days"),
        pytest.param([], MON, WEEKDAYS, Streak(0, 0), id="nothing done, no rest days to bridge"),
    ],
)  # fmt: skip
def test_rest_days_bridge_a_streak_like_paused_days(
    done: list[date], today: date, goal: range | tuple[int, ...], expected: Streak
) -> None:
    rest = rest_days(goal, min(done, default=None), today)
    assert compute_streak(done, today, rest) == expected


def test_rest_days_are_the_non_goal_weekdays_from_the_first_day() -> None:
    assert rest_days(WEEKDAYS, MON, MON + timedelta(13)) == {
        MON + timedelta(5),
        MON + timedelta(6),
        MON + timedelta(12),
        MON + timedelta(13),
    }
    assert rest_days(range(7), MON, MON + timedelta(13)) == set()
    assert rest_days(WEEKDAYS, None, MON) == set()
