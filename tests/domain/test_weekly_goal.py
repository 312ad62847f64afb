"""Weekly goals, nudge days and weeks in a row, on weeks laid out by hand on a 2026 calendar."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.domain.schedule import local_date
from bot.domain.weekly_goal import (
    DEFAULT_GOAL,
    FRIDAY,
    MONDAY,
    SATURDAY,
    SUNDAY,
    WEDNESDAY,
    WeeklyGoal,
    WeeklyStreak,
    is_nudge_day,
    nudge_weekdays,
    week_start,
    week_tally,
    weekly_streak,
)

THREE, FIVE, SEVEN = WeeklyGoal.THREE, WeeklyGoal.FIVE, WeeklyGoal.SEVEN
W1 = date(2026, 5, 4)  # Monday 4 May 2026; W2, W3, W4 are the Mondays after it
W2, W3, W4 = (W1 + timedelta(weeks=n) for n in (1, 2, 3))
BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
TOKYO = ZoneInfo("Asia/Tokyo")
HONOLULU = ZoneInfo("Pacific/Honolulu")


def on(monday: date, *weekdays: int) -> list[date]:
    """The dates of the given weekdays (0 = Monday) in the week from `monday`."""
    return [monday + timedelta(days=weekday) for weekday in weekdays]


MON_TO_FRI = (0, 1, 2, 3, 4)
MON_TO_THU = (0, 1, 2, 3)


def test_the_default_goal_is_five_days() -> None:
    assert DEFAULT_GOAL is FIVE


@pytest.mark.parametrize(
    ("goal", "chosen", "expected"),
    [
        pytest.param(SEVEN, None, set(range(7)), id="7: every day"),
        pytest.param(FIVE, None, {0, 1, 2, 3, 4}, id="5: Monday to Friday"),
        pytest.param(THREE, None, {MONDAY, WEDNESDAY, FRIDAY}, id="3: Mon, Wed, Fri"),
        pytest.param(THREE, [1, 3, SATURDAY], {1, 3, 5}, id="3: the user's own days"),
        pytest.param(FIVE, [0, 1, 2, 5, SUNDAY], {0, 1, 2, 5, 6}, id="5: the user's own days"),
    ],
)
def test_nudge_days_follow_the_goal(
    goal: WeeklyGoal, chosen: list[int] | None, expected: set[int]
) -> None:
    assert nudge_weekdays(goal, chosen) == expected


@pytest.mark.parametrize(
    ("goal", "chosen", "message"),
    [
        pytest.param(THREE, [0, 2], "needs 3 nudge days", id="too few days"),
        pytest.param(THREE, [0, 2, 4, 6], "needs 3 nudge days", id="too many days"),
        pytest.param(THREE, [0, 0, 2], "needs 3 nudge days", id="a day twice is one day"),
        pytest.param(THREE, [0, 2, 7], "weekdays run from 0", id="no eighth weekday"),
    ],
)
def test_chosen_nudge_days_must_match_the_goal(
    goal: WeeklyGoal, chosen: list[int], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        nudge_weekdays(goal, chosen)


def test_saturday_is_a_nudge_day_only_for_a_goal_of_seven() -> None:
    saturday = date(2026, 5, 9)
    assert [is_nudge_day(saturday, goal) for goal in (THREE, FIVE, SEVEN)] == [False, False, True]


def test_a_week_starts_on_monday() -> None:
    assert [week_start(day) for day in (W1, W1 + timedelta(days=6), W2)] == [W1, W1, W2]


@pytest.mark.parametrize(
    ("done", "paused", "goal", "today", "expected"),
    [
        pytest.param([], [], FIVE, W1, WeeklyStreak(0, 0), id="no sessions"),
        pytest.param(
            on(W1, *MON_TO_FRI), [], FIVE, on(W1, 4)[0], WeeklyStreak(1, 1), id="5 of 5: met"
        ),
        pytest.param(
            on(W1, *MON_TO_THU), [], FIVE, on(W2, 0)[0], WeeklyStreak(0, 0), id="4 of 5: not met"
        ),
        pytest.param(
            [*on(W1, 0, 2, 4), *on(W2, 1, 3, 5)],
            [],
            THREE,
            on(W2, 6)[0],
            WeeklyStreak(2, 2),
            id="3 of 3 on any days, two weeks",
        ),
        pytest.param(
            [*on(W1, 0, 2), *on(W2, 1, 3, 5)],
            [],
            THREE,
            on(W2, 6)[0],
            WeeklyStreak(1, 1),
            id="2 of 3 breaks the run",
        ),
        pytest.param(
            [*on(W1, *range(7)), *on(W2, 0, 1, 2, 3, 4, 5)],
            [],
            SEVEN,
            on(W3, 0)[0],
            WeeklyStreak(0, 1),
            id="6 of 7 last week ends the run",
        ),
        pytest.param(
            [*on(W1, *MON_TO_FRI), *on(W2, 0, 1)],
            [],
            FIVE,
            on(W2, 2)[0],
            WeeklyStreak(1, 1),
            id="an open week not met yet does not break",
        ),
        pytest.param(
            [*on(W1, *MON_TO_FRI), *on(W2, 0, 1, 2, 3, 4)],
            [],
            FIVE,
            on(W2, 4)[0],
            WeeklyStreak(2, 2),
            id="an open week already met counts",
        ),
        pytest.param(
            [*on(W1, 0, 0, 1, 1, 2)],
            [],
            THREE,
            on(W1, 6)[0],
            WeeklyStreak(1, 1),
            id="two sessions on one date are one day",
        ),
        pytest.param(
            [*on(W1, 0, 1, 2), *on(W2, 0, 1, 2)],
            on(W1, 3, 4),
            FIVE,
            on(W3, 0)[0],
            WeeklyStreak(0, 1),
            id="3 done and 2 paused meet 5; 3 done alone do not",
        ),
        pytest.param(
            [*on(W1, *MON_TO_FRI), *on(W3, *MON_TO_FRI)],
            on(W2, *range(7)),
            FIVE,
            on(W3, 6)[0],
            WeeklyStreak(2, 2),
            id="a week paused throughout bridges without adding",
        ),
        pytest.param(
            [*on(W1, *MON_TO_FRI), *on(W3, *MON_TO_FRI)],
            on(W2, 0, 1, 2, 3),
            FIVE,
            on(W3, 6)[0],
            WeeklyStreak(1, 1),
            id="a week with 4 paused days and nothing done breaks",
        ),
        pytest.param(
            on(W1, 3, 4, 5),
            [],
            FIVE,
            on(W1, 6)[0],
            WeeklyStreak(0, 0),
            id="joined on Thursday without a start date: the first week is not met",
        ),
    ],
)
def test_weeks_in_a_row_with_the_goal_met(
    done: list[date], paused: list[date], goal: WeeklyGoal, today: date, expected: WeeklyStreak
) -> None:
    assert weekly_streak(done, goal, today, paused) == expected


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        pytest.param(on(W1, 3)[0], WeeklyStreak(1, 1), id="from Thursday: 2 done and 3 before"),
        pytest.param(on(W1, 2)[0], WeeklyStreak(0, 0), id="from Wednesday: 2 done, 2 before"),
    ],
)
def test_days_before_the_start_count_like_paused_days(start: date, expected: WeeklyStreak) -> None:
    done = on(W1, 3, 4)
    assert weekly_streak(done, FIVE, on(W1, 6)[0], start=start) == expected


def test_a_future_pause_or_session_changes_nothing_today() -> None:
    done = [*on(W1, *MON_TO_FRI), *on(W2, 0, 1, 2)]
    today = on(W2, 2)[0]
    later = on(W2, 3, 4)
    assert weekly_streak([*done, *later], FIVE, today, later) == weekly_streak(done, FIVE, today)


def test_a_day_both_done_and_paused_counts_once_as_done() -> None:
    assert week_tally(on(W1, 0, 1), on(W1, 1, 2), W1) == week_tally(on(W1, 0, 1), on(W1, 2), W1)


def at(zone: ZoneInfo, year: int, month: int, day: int, hour: int, minute: int = 0) -> date:
    """The local date of a session started at this wall time in `zone`, via its UTC instant."""
    instant = datetime(year, month, day, hour, minute, tzinfo=zone).astimezone(UTC)
    return local_date(instant, zone)


def test_a_week_across_the_spring_daylight_saving_change_has_seven_local_days() -> None:
    # Berlin springs forward on Sunday 29 March 2026; sessions at 00:30 local every day.
    done = [at(BERLIN, 2026, 3, day, 0, 30) for day in range(23, 30)]
    assert weekly_streak(done, SEVEN, date(2026, 3, 29)) == WeeklyStreak(1, 1)
    # Counted by UTC date instead, Monday's 00:30 would fall on Sunday and the week would fail.
    utc_dates = [
        datetime(2026, 3, day, 0, 30, tzinfo=BERLIN).astimezone(UTC).date() for day in range(23, 30)
    ]
    assert weekly_streak(utc_dates, SEVEN, date(2026, 3, 29)) == WeeklyStreak(0, 0)


def test_a_week_across_the_autumn_change_with_its_25_hour_sunday() -> None:
    # New York falls back on Sunday 1 November 2026; 01:30 happens twice that night.
    done = [at(NEW_YORK, 2026, 10, day, 21) for day in (26, 27, 28, 29, 30)]
    done += [at(NEW_YORK, 2026, 10, 31, 23), at(NEW_YORK, 2026, 11, 1, 1, 30)]
    assert weekly_streak(done, SEVEN, date(2026, 11, 1)) == WeeklyStreak(1, 1)


def test_moving_west_mid_week_counts_each_local_date_in_the_zone_of_the_day() -> None:
    # Berlin at 21:00 Monday to Wednesday, then New York at 21:00 Thursday to Sunday: Thursday
    # 21:00 in New York is already Friday in Berlin, and still counts as Thursday.
    done = [at(BERLIN, 2026, 5, day, 21) for day in (4, 5, 6)]
    done += [at(NEW_YORK, 2026, 5, day, 21) for day in (7, 8, 9, 10)]
    assert done == on(W1, *range(7))
    assert weekly_streak(done, SEVEN, on(W1, 6)[0]) == WeeklyStreak(1, 1)


def test_a_date_lived_twice_after_flying_west_over_the_date_line_counts_once() -> None:
    # Tokyo Monday morning, fly to Honolulu, where it is Monday morning again: one done day.
    done = [at(TOKYO, 2026, 5, 4, 8), at(HONOLULU, 2026, 5, 4, 19)]
    done += [at(HONOLULU, 2026, 5, day, 19) for day in (5, 6, 7)]
    tally = week_tally(done, [], W1)
    assert (tally.done, tally.met(FIVE), tally.met(THREE)) == (4, False, True)


def test_a_date_skipped_flying_east_over_the_date_line_can_be_paused() -> None:
    # Leave Honolulu on Tuesday night, land in Tokyo on Thursday: Wednesday never happens.
    done = [at(HONOLULU, 2026, 5, day, 8) for day in (4, 5)]
    done += [at(TOKYO, 2026, 5, day, 20) for day in (7, 8, 9, 10)]
    wednesday = on(W1, 2)
    assert weekly_streak(done, SEVEN, on(W1, 6)[0]) == WeeklyStreak(0, 0)
    assert weekly_streak(done, SEVEN, on(W1, 6)[0], wednesday) == WeeklyStreak(1, 1)
