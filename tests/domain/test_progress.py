"""Progress numbers for /progress, checked against values worked out by hand on a calendar."""

# The calendar used throughout: 2026-05-20 is a Wednesday. Monday-start weeks are
# Apr 27-May 3, May 4-10, May 11-17 and May 18-24 ("this week").

from __future__ import annotations

import calendar
from datetime import date

import pytest

from bot.domain.pain import pain_change
from bot.domain.progress import (
    Change,
    DailyPoint,
    ProgressStats,
    SessionPoint,
    WeeklyAverage,
    change_verdict,
    daily_series,
    has_pain_data,
    progress_stats,
    shown_change,
    week_start_of,
    weekly_averages,
)

TODAY = date(2026, 5, 20)


def may(day: int) -> date:
    """A date in May 2026, where most cases live."""
    return date(2026, 5, day)


def april(day: int) -> date:
    """A date in April 2026, for the first week of the history."""
    return date(2026, 4, day)


def rated(day: date, *befores: int) -> list[SessionPoint]:
    """One session per before rating on `day`, without an after rating."""
    return [SessionPoint(day, before=before) for before in befores]


@pytest.mark.parametrize(
    ("day", "week_start", "expected"),
    [
        pytest.param(may(20), calendar.MONDAY, may(18), id="a wednesday belongs to monday 18"),
        pytest.param(may(18), calendar.MONDAY, may(18), id="a monday starts its own week"),
        pytest.param(may(17), calendar.MONDAY, may(11), id="a sunday ends the week before"),
        pytest.param(may(17), calendar.SUNDAY, may(17), id="with sunday weeks it starts one"),
        pytest.param(may(20), calendar.SUNDAY, may(17), id="sunday weeks reach back to 17"),
        pytest.param(may(2), calendar.MONDAY, april(27), id="a week can span two months"),
    ],
)
def test_week_start_of_finds_the_first_day_of_the_calendar_week(
    day: date, week_start: int, expected: date
) -> None:
    assert week_start_of(day, week_start) == expected


@pytest.mark.parametrize("week_start", [-1, 7])
def test_a_week_start_that_is_not_a_weekday_is_rejected(week_start: int) -> None:
    with pytest.raises(ValueError, match="week_start"):
        week_start_of(TODAY, week_start)


@pytest.mark.parametrize(
    ("earlier", "later", "expected"),
    [
        pytest.param(5, 3, Change.IMPROVED, id="two points better is improved"),
        pytest.param(5, 3.5, Change.IMPROVED, id="exactly 30 percent better is improved"),
        pytest.param(5, 3.6, Change.NO_CLEAR_CHANGE, id="28 percent better is no clear change"),
        pytest.param(8, 6.2, Change.NO_CLEAR_CHANGE, id="1.8 points and 22 percent is not"),
        pytest.param(3, 5, Change.WORSENED, id="two points worse is worsened"),
        pytest.param(5, 6.5, Change.WORSENED, id="30 percent of the earlier value worse"),
        pytest.param(5, 6.4, Change.NO_CLEAR_CHANGE, id="28 percent worse is no clear change"),
        pytest.param(4, 4, Change.NO_CLEAR_CHANGE, id="unchanged is no clear change"),
        pytest.param(0, 1, Change.NO_CLEAR_CHANGE, id="one point up from zero is not clear"),
        pytest.param(None, 3, Change.NOT_ENOUGH_DATA, id="no earlier value"),
        pytest.param(3, None, Change.NOT_ENOUGH_DATA, id="no later value"),
    ],
)
def test_change_verdict_uses_the_clinically_meaningful_threshold_both_ways(
    earlier: float | None, later: float | None, expected: Change
) -> None:
    assert change_verdict(earlier, later) == expected


def test_daily_series_has_one_point_per_day_with_gaps_not_zeros() -> None:
    points = [
        SessionPoint(may(17), before=9, after=9),  # before the range: ignored
        SessionPoint(may(18), before=6, after=3),
        SessionPoint(may(18), before=4),  # a second session the same day
        SessionPoint(may(20)),  # a session without ratings
        SessionPoint(may(21), before=1, after=1),  # after the range: ignored
    ]
    assert daily_series(points, may(18), may(20)) == (
        DailyPoint(may(18), before=5.0, after=3.0, sessions=2),
        DailyPoint(may(19), before=None, after=None, sessions=0),
        DailyPoint(may(20), before=None, after=None, sessions=1),
    )


def test_daily_series_of_a_single_day_has_one_point() -> None:
    assert daily_series([], may(20), may(20)) == (DailyPoint(may(20), None, None, 0),)


def test_daily_series_rejects_a_range_that_ends_before_it_starts() -> None:
    with pytest.raises(ValueError, match="after end"):
        daily_series([], may(20), may(19))


@pytest.mark.parametrize(
    ("series", "expected"),
    [
        pytest.param((), False, id="no days"),
        pytest.param((DailyPoint(may(20), None, None, 2),), False, id="sessions without ratings"),
        pytest.param((DailyPoint(may(20), 4.0, None, 1),), True, id="a before rating"),
        pytest.param((DailyPoint(may(20), None, 0.0, 1),), True, id="an after rating of zero"),
    ],
)
def test_has_pain_data_needs_at_least_one_rating(
    series: tuple[DailyPoint, ...], expected: bool
) -> None:
    assert has_pain_data(series) is expected


def test_weekly_averages_weigh_each_rated_day_once_and_leave_unrated_weeks_empty() -> None:
    points = [
        *rated(april(27), 6),
        *rated(april(29), 7, 5),  # one day, mean 6
        *rated(may(3), 3),  # week Apr 27: days 6, 6, 3 -> 5
        SessionPoint(may(5), after=2),  # an after rating only: not a weekly value
        *rated(may(12), 5),
        *rated(may(13), 2),  # week May 11: 3.5
    ]
    assert weekly_averages(points, april(30), may(14)) == (
        WeeklyAverage(april(27), 5.0, rated_days=3),
        WeeklyAverage(may(4), None, rated_days=0),
        WeeklyAverage(may(11), 3.5, rated_days=2),
    )


def test_weekly_averages_use_the_whole_week_even_outside_the_range() -> None:
    points = [*rated(may(11), 8), *rated(may(17), 2)]
    assert weekly_averages(points, may(17), may(17)) == (WeeklyAverage(may(11), 5.0, 2),)


def test_weekly_averages_follow_the_chosen_week_start() -> None:
    points = [*rated(may(16), 8), *rated(may(17), 2), *rated(may(18), 4)]
    assert weekly_averages(points, may(16), may(18), week_start=calendar.SUNDAY) == (
        WeeklyAverage(may(10), 8.0, 1),
        WeeklyAverage(may(17), 3.0, 2),
    )


def test_three_weeks_back_from_today_give_exactly_the_last_three_weeks() -> None:
    weeks = weekly_averages([], may(6), TODAY)
    assert [week.week_start for week in weeks] == [may(4), may(11), may(18)]


def test_verdicts_judge_the_averages_as_shown_to_one_decimal() -> None:
    # 7.96 -> 6.0 is 1.96 points and 25%, but it reads "8.0 to 6.0": two points, a clear change.
    assert not pain_change(7.96, 6.0).meaningful
    assert shown_change(7.96, 6.0) == pain_change(8.0, 6.0)
    assert change_verdict(7.96, 6.0) == Change.IMPROVED
    assert shown_change(None, 6.0) is None


def test_progress_stats_match_a_history_counted_by_hand() -> None:
    points = [
        SessionPoint(april(27), before=6, after=4),
        SessionPoint(april(29), before=7, after=4),
        SessionPoint(april(29), before=5, counted=False),
        SessionPoint(may(12), before=5, after=5),
        SessionPoint(may(18), before=4, after=2),
        SessionPoint(may(19)),
        SessionPoint(may(20), before=3, after=2),
    ]
    # Pairs 6-4, 7-4, 5-5, 4-2, 3-2: relief 2+3+0+2+1 = 8 over 5 = 1.6; mean 5 -> 3.4 is 32%.
    # First week Apr 27: days 6 and mean(7, 5) = 6 -> 6.0. This week: 4 and 3 -> 3.5.
    assert progress_stats(points, TODAY) == ProgressStats(
        sessions_this_week=3,
        sessions_this_month=4,
        average_relief=1.6,
        relief_sessions=5,
        relief_change=Change.IMPROVED,
        first_week_start=april(27),
        first_week_average=6.0,
        this_week_average=3.5,
        change=Change.IMPROVED,
        comparison=pain_change(6.0, 3.5),
    )


@pytest.mark.parametrize(
    ("this_week", "expected"),
    [
        pytest.param([4, 3], Change.IMPROVED, id="5 to 3.5 is 30 percent better"),
        pytest.param([4, 3, 4, 3, 4], Change.NO_CLEAR_CHANGE, id="5 to 3.6 is 28 percent"),
        pytest.param([6, 7], Change.WORSENED, id="5 to 6.5 is 30 percent worse"),
        pytest.param([6, 7, 6, 7, 6], Change.NO_CLEAR_CHANGE, id="5 to 6.4 is 28 percent"),
        pytest.param([3], Change.IMPROVED, id="5 to 3 is two points"),
        pytest.param([], Change.NOT_ENOUGH_DATA, id="nothing rated this week yet"),
    ],
)
def test_this_week_against_the_first_week_on_both_sides_of_the_threshold(
    this_week: list[int], expected: Change
) -> None:
    # The first week (Apr 27) averages 5. Today is Friday 22 May and this week's ratings fall
    # one a day from Monday 18 May, so this week's average is the plain mean of the list.
    points = [*rated(april(27), 5)]
    points += [
        SessionPoint(may(18 + offset), before=score) for offset, score in enumerate(this_week)
    ]
    stats = progress_stats(points, may(22))
    assert (stats.first_week_average, stats.change) == (5.0, expected)


def test_a_history_without_ratings_gives_counts_but_no_pain_numbers() -> None:
    points = [SessionPoint(may(4)), SessionPoint(may(19)), SessionPoint(may(20), counted=False)]
    assert progress_stats(points, TODAY) == ProgressStats(
        sessions_this_week=1,
        sessions_this_month=2,
        average_relief=None,
        relief_sessions=0,
        relief_change=Change.NOT_ENOUGH_DATA,
        first_week_start=None,
        first_week_average=None,
        this_week_average=None,
        change=Change.NOT_ENOUGH_DATA,
    )


def test_no_sessions_at_all_give_zeros_and_no_verdicts() -> None:
    stats = progress_stats([], TODAY)
    assert (stats.sessions_this_week, stats.sessions_this_month) == (0, 0)
    assert (stats.average_relief, stats.change) == (None, Change.NOT_ENOUGH_DATA)


def test_a_first_week_that_is_this_week_has_nothing_to_compare_with() -> None:
    points = [*rated(may(18), 8), *rated(may(20), 2)]
    stats = progress_stats(points, TODAY)
    assert (stats.first_week_average, stats.this_week_average) == (5.0, 5.0)
    assert stats.change == Change.NOT_ENOUGH_DATA


@pytest.mark.parametrize(
    ("pairs", "relief", "expected"),
    [
        pytest.param([(6, 4)], 2.0, Change.IMPROVED, id="two points of relief"),
        pytest.param([(5, 4), (5, 3)], 1.5, Change.IMPROVED, id="1.5 of 5 is 30 percent"),
        pytest.param([(8, 7), (8, 6)], 1.5, Change.NO_CLEAR_CHANGE, id="1.5 of 8 is too small"),
        pytest.param([(3, 5)], -2.0, Change.WORSENED, id="pain rising in a session"),
        pytest.param([(4, 4)], 0.0, Change.NO_CLEAR_CHANGE, id="no relief"),
    ],
)
def test_average_relief_is_before_minus_after_over_complete_pairs(
    pairs: list[tuple[int, int]], relief: float, expected: Change
) -> None:
    points = [SessionPoint(may(19), before=before, after=after) for before, after in pairs]
    points.append(SessionPoint(may(20), before=9))  # no after rating: not a pair
    stats = progress_stats(points, TODAY)
    assert (stats.average_relief, stats.relief_sessions) == (relief, len(pairs))
    assert stats.relief_change == expected


@pytest.mark.parametrize(
    ("today", "week", "month"),
    [
        pytest.param(may(31), 2, 4, id="sunday 31 may closes the week of 25 may"),
        pytest.param(date(2026, 6, 1), 1, 1, id="monday 1 june starts a new week and month"),
    ],
)
def test_week_and_month_counts_reset_on_their_own_calendar_boundaries(
    today: date, week: int, month: int
) -> None:
    days = [may(1), may(24), may(25), may(31), date(2026, 6, 1)]
    points = [SessionPoint(day) for day in days if day <= today]
    stats = progress_stats(points, today)
    assert (stats.sessions_this_week, stats.sessions_this_month) == (week, month)


def test_sunday_weeks_count_a_sunday_session_as_this_week() -> None:
    points = [SessionPoint(may(17)), SessionPoint(may(20))]
    assert progress_stats(points, TODAY).sessions_this_week == 1
    assert progress_stats(points, TODAY, week_start=calendar.SUNDAY).sessions_this_week == 2


def test_a_session_dated_after_today_counts_as_today() -> None:
    # Right after a user moves west their last session can carry tomorrow's local date.
    points = [*rated(may(4), 6), SessionPoint(date(2026, 6, 1), before=2)]
    stats = progress_stats(points, may(31))
    assert (stats.sessions_this_week, stats.sessions_this_month) == (1, 2)
    assert (stats.this_week_average, stats.change) == (2.0, Change.IMPROVED)


def test_sessions_not_counted_for_the_streak_still_give_pain_data() -> None:
    points = [SessionPoint(may(20), before=6, after=3, counted=False)]
    stats = progress_stats(points, TODAY)
    assert (stats.sessions_this_week, stats.relief_sessions) == (0, 1)
    assert stats.this_week_average == 6.0


@pytest.mark.parametrize(("before", "after"), [(11, None), (None, 11), (-1, 3), (3, -1)], ids=str)
def test_a_session_point_rejects_ratings_off_the_scale(
    before: int | None, after: int | None
) -> None:
    with pytest.raises(ValueError, match="0-10"):
        SessionPoint(TODAY, before=before, after=after)
