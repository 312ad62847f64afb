"""Escalation rules: when the numbers call for a professional, case by case and on each edge."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from bot.domain.escalation import (
    EscalationReason,
    escalation_reasons,
    high_after,
    no_improvement_after_six_weeks,
    regular_sessions,
    rising_weekly_trend,
    rose_during_session,
)

HIGH = EscalationReason.HIGH_AFTER
ROSE = EscalationReason.ROSE_DURING_SESSION
TREND = EscalationReason.RISING_WEEKLY_TREND
STUCK = EscalationReason.NO_IMPROVEMENT_6_WEEKS
CALM: Sequence[float | None] = (4.0, 4.0, 4.0)
SIX_FLAT: Sequence[float | None] = (5.0, 5.0, 5.0, 5.0, 5.0, 5.0)


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        pytest.param(None, False, id="no after rating"),
        pytest.param(0, False, id="zero"),
        pytest.param(6, False, id="6 is below the line"),
        pytest.param(7, True, id="7 is high"),
        pytest.param(10, True, id="10 is high"),
    ],
)
def test_pain_of_seven_or_more_after_a_session_is_high(after: int | None, expected: bool) -> None:
    assert high_after(after) is expected


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        pytest.param(4, 5, False, id="one point up is not a rise"),
        pytest.param(4, 6, True, id="two points up is a rise"),
        pytest.param(0, 3, True, id="three points up from zero"),
        pytest.param(6, 4, False, id="two points down is relief"),
        pytest.param(5, 5, False, id="unchanged"),
        pytest.param(None, 9, False, id="no before rating"),
        pytest.param(3, None, False, id="no after rating"),
    ],
)
def test_a_rise_of_two_within_a_session(
    before: int | None, after: int | None, expected: bool
) -> None:
    assert rose_during_session(before, after) is expected


@pytest.mark.parametrize(
    ("weekly", "expected"),
    [
        pytest.param([3.0, 4.0, 5.0], True, id="two points over two weeks"),
        pytest.param([3.0, 3.5, 4.0], True, id="exactly one point in total"),
        pytest.param([3.0, 3.5, 3.9], False, id="0.9 points in total"),
        pytest.param([3.0, 3.1, 3.2], False, id="a creep of 0.2 is not a trend"),
        pytest.param([2.0, 2.1, 2.2], False, id="any strict rise no longer counts"),
        pytest.param([3.0, 5.0, 4.0], True, id="up then down, still one point above"),
        pytest.param([3.0, 2.0, 4.0], True, id="down then up by one in total"),
        pytest.param([4.0, 4.0, 4.0], False, id="flat"),
        pytest.param([5.0, 4.0, 3.0], False, id="falling"),
        pytest.param([0.1 + 0.2, 1.0, 1.3], True, id="one point despite float noise"),
        pytest.param([6.0, 3.0, 4.0, 5.0], True, id="only the last three weeks are read"),
        pytest.param([3.0, 4.0, 5.0, 3.5], False, id="a fall this week ends the trend"),
        pytest.param([None, 4.0, 5.0], False, id="an unrated week two back"),
        pytest.param([3.0, None, 5.0], False, id="an unrated week in the middle"),
        pytest.param([3.0, 4.0, 5.0, None], False, id="nothing rated this week yet"),
        pytest.param([4.0, 5.0], False, id="two weeks of history are too few"),
        pytest.param([], False, id="no weeks"),
    ],
)
def test_a_weekly_average_up_by_one_point_over_two_weeks_is_a_trend(
    weekly: list[float | None], expected: bool
) -> None:
    assert rising_weekly_trend(weekly) is expected


@pytest.mark.parametrize(
    ("weekly", "expected"),
    [
        pytest.param(SIX_FLAT, True, id="six rated weeks"),
        pytest.param([5.0, None, 5.0, 5.0, 5.0, 5.0], True, id="one week off in six"),
        pytest.param([5.0, None, 5.0, None, 5.0, 5.0], False, id="two weeks off in six"),
        pytest.param([None, 5.0, 5.0, 5.0, 5.0, 5.0], True, id="five of six, first unrated"),
        pytest.param([5.0, 5.0, 5.0, 5.0, 5.0], True, id="five weeks are five of six"),
        pytest.param([5.0, 5.0, 5.0, 5.0], False, id="four weeks"),
        pytest.param([5.0, 5.0, None, None, 5.0, 5.0, 5.0, 5.0], False, id="only the last six"),
    ],
)
def test_regular_means_rated_in_five_of_the_last_six_weeks(
    weekly: list[float | None], expected: bool
) -> None:
    assert regular_sessions(weekly) is expected


@pytest.mark.parametrize(
    ("weekly", "expected"),
    [
        pytest.param(SIX_FLAT, True, id="six flat weeks"),
        pytest.param([5.0, 5.0, 5.0, 5.0, 5.0], False, id="five weeks are too soon"),
        pytest.param(
            [None, 5.0, 5.0, 5.0, 5.0, 5.0], False, id="week six is counted from the first rating"
        ),
        pytest.param([None, *SIX_FLAT], True, id="earlier unrated weeks are ignored"),
        pytest.param([5.0, 5.0, None, 5.0, 5.0, 5.0], True, id="one week off is still regular"),
        pytest.param([5.0, None, None, 5.0, 5.0, 5.0], False, id="two weeks off are not regular"),
        pytest.param([5.0, 5.0, 5.0, 5.0, 5.0, None], True, id="today not rated yet: last week"),
        pytest.param([6.0, 6.0, 5.0, 5.0, 4.5, 4.1], False, id="6 to 4.1 is 1.9 and 32 percent"),
        pytest.param([6.0, 6.0, 5.0, 5.0, 4.5, 4.3], True, id="6 to 4.3 is 28 percent"),
        pytest.param([7.0, 7.0, 6.0, 6.0, 5.0, 5.0], False, id="7 to 5 is two points"),
        pytest.param([7.0, 7.0, 6.0, 6.0, 5.0, 5.1], True, id="7 to 5.1 is 1.9 and 27 percent"),
        pytest.param([4.0, 4.0, 5.0, 5.0, 6.0, 6.0], True, id="a rise is no improvement"),
        pytest.param([4.0, 4.0, 4.0, 4.0, 4.0, 4.0], True, id="still moderate at 4"),
        pytest.param([3.9, 3.9, 3.9, 3.9, 3.9, 3.9], False, id="mild pain below 4 is no concern"),
        pytest.param([8.0, *[None] * 4, 8.0, 8.0, 8.0, 8.0, 8.0], True, id="back and regular"),
        pytest.param([8.0, *[None] * 4, 8.0, 8.0, 8.0, 8.0], False, id="back for four weeks"),
        pytest.param([None] * 6, False, id="nothing rated"),
    ],
)
def test_six_weeks_of_regular_sessions_without_a_meaningful_improvement(
    weekly: list[float | None], expected: bool
) -> None:
    assert no_improvement_after_six_weeks(weekly, already_raised=False) is expected


def test_no_improvement_is_said_once() -> None:
    assert not no_improvement_after_six_weeks(SIX_FLAT, already_raised=True)
    assert escalation_reasons(None, None, SIX_FLAT, no_improvement_raised=True) == ()


@pytest.mark.parametrize(
    ("before", "after", "weekly", "expected"),
    [
        pytest.param(5, 3, CALM, (), id="relief is fine"),
        pytest.param(9, 7, CALM, (HIGH,), id="7 after is high even when it eased"),
        pytest.param(4, 6, CALM, (ROSE,), id="two points up"),
        pytest.param(5, 7, CALM, (HIGH, ROSE), id="two points up to 7 is both"),
        pytest.param(None, None, [3.0, 4.0, 5.0], (TREND,), id="a trend alone"),
        pytest.param(None, None, SIX_FLAT, (STUCK,), id="six flat weeks alone"),
        pytest.param(5, 8, [4.0, 4.0, 4.0, 4.0, 4.5, 5.0], (HIGH, ROSE, TREND, STUCK), id="all"),
    ],
)
def test_escalation_reasons_come_together_in_a_fixed_order(
    before: int | None,
    after: int | None,
    weekly: Sequence[float | None],
    expected: tuple[EscalationReason, ...],
) -> None:
    assert escalation_reasons(before, after, weekly) == expected


@pytest.mark.parametrize(
    ("before", "after", "weekly"),
    [
        pytest.param(11, 3, CALM, id="before above ten"),
        pytest.param(3, -1, CALM, id="after below zero"),
        pytest.param(3, 3, [4.0, 10.5, 4.0], id="a weekly average above ten"),
        pytest.param(3, 3, [float("nan"), 4.0, 5.0], id="a weekly average that is nan"),
    ],
)
def test_values_off_the_scale_are_rejected(
    before: int, after: int, weekly: Sequence[float | None]
) -> None:
    with pytest.raises(ValueError, match="0-10"):
        escalation_reasons(before, after, weekly)


def test_reasons_are_stable_strings_for_the_event_record() -> None:
    assert [reason.value for reason in EscalationReason] == [
        "high_after",
        "rose_during_session",
        "rising_weekly_trend",
        "no_improvement_6_weeks",
    ]
