"""Pain rating parsing and the clinically meaningful change rule, case by case."""

from __future__ import annotations

import pytest

from bot.domain.pain import (
    PAIN_MAX,
    PAIN_MIN,
    Direction,
    PainChange,
    is_clinically_meaningful,
    pain_change,
)


def test_the_scale_runs_from_zero_to_ten() -> None:
    assert (PAIN_MIN, PAIN_MAX) == (0, 10)


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        pytest.param(5, 4, False, id="5 to 4 is 1 point and 20 percent"),
        pytest.param(5, 3, True, id="5 to 3 is 2 points"),
        pytest.param(3, 2, True, id="3 to 2 is 33 percent"),
        pytest.param(10, 8, True, id="10 to 8 is 2 points"),
        pytest.param(10, 9, False, id="10 to 9 is 10 percent"),
        pytest.param(7, 6, False, id="7 to 6 is 14 percent"),
        pytest.param(4, 3, False, id="4 to 3 is 25 percent"),
        pytest.param(1, 0, True, id="1 to 0 is 100 percent"),
        pytest.param(0, 1, False, id="0 to 1 has no percentage and is 1 point"),
        pytest.param(0, 2, True, id="0 to 2 is 2 points"),
        pytest.param(2, 3, True, id="worsening 2 to 3 is 50 percent"),
        pytest.param(4, 5, False, id="worsening 4 to 5 is 25 percent"),
        pytest.param(6, 8, True, id="worsening 6 to 8 is 2 points"),
        pytest.param(5, 3.5, True, id="exactly 30 percent counts"),
        pytest.param(5, 3.6, False, id="28 percent does not count"),
        pytest.param(6.5, 5.0, False, id="averages 6.5 to 5.0 is 1.5 points and 23 percent"),
        pytest.param(0, 0, False, id="no pain stays no pain"),
        pytest.param(10, 10, False, id="no change"),
        pytest.param(2.0, 2.6, False, id="2.0 to 2.6 is 30 percent but under one point"),
    ],
)
def test_is_clinically_meaningful_uses_two_points_or_thirty_percent(
    before: float, after: float, expected: bool
) -> None:
    assert is_clinically_meaningful(before, after) is expected


@pytest.mark.parametrize(
    ("before", "after"),
    [
        pytest.param(-1, 3, id="negative before"),
        pytest.param(3, 11, id="after above ten"),
        pytest.param(float("nan"), 3, id="nan"),
    ],
)
def test_is_clinically_meaningful_refuses_ratings_off_the_scale(
    before: float, after: float
) -> None:
    with pytest.raises(ValueError, match="within 0-10"):
        is_clinically_meaningful(before, after)


DOWN, UP, SAME = Direction.DOWN, Direction.UP, Direction.SAME


@pytest.mark.parametrize(
    ("before", "after", "meaningful", "direction"),
    [
        # Two points, either way, whatever the start.
        pytest.param(5, 3, True, DOWN, id="exactly 2 points down"),
        pytest.param(3, 5, True, UP, id="exactly 2 points up"),
        pytest.param(8, 6.1, False, DOWN, id="1.9 points and 24 percent"),
        pytest.param(9, 7.0, True, DOWN, id="2.0 points and 22 percent"),
        pytest.param(0, 2, True, UP, id="2 points up from zero"),
        # 30% and at least one point.
        pytest.param(3, 2, True, DOWN, id="3 to 2 is 33 percent and 1 point"),
        pytest.param(5, 4, False, DOWN, id="5 to 4 is 20 percent"),
        pytest.param(1, 0, True, DOWN, id="1 to 0 is 100 percent and 1 point"),
        pytest.param(0.5, 0, False, DOWN, id="0.5 points at 100 percent"),
        pytest.param(2.0, 2.6, False, UP, id="2.0 to 2.6 is 30 percent but 0.6 points"),
        pytest.param(2.0, 3.0, True, UP, id="2 to 3 is 50 percent and 1 point"),
        pytest.param(3.4, 2.5, False, DOWN, id="0.9 points at 26 percent"),
        pytest.param(3.0, 2.1, False, DOWN, id="0.9 points at 30 percent"),
        pytest.param(10 / 3, 7 / 3, True, DOWN, id="averages 3.33 to 2.33 is 1 point, 30 percent"),
        pytest.param(3.3, 2.3, True, DOWN, id="one point despite float noise"),
        pytest.param(5, 3.5, True, DOWN, id="exactly 30 percent"),
        pytest.param(5, 3.6, False, DOWN, id="28 percent"),
        pytest.param(6, 4.2, True, DOWN, id="exactly 30 percent despite float noise"),
        pytest.param(6, 4.3, False, DOWN, id="28 percent of 6"),
        pytest.param(5, 6.5, True, UP, id="30 percent worse"),
        pytest.param(4, 5, False, UP, id="25 percent worse"),
        pytest.param(0, 1, False, UP, id="1 point from zero has no percentage"),
        pytest.param(4, 4, False, SAME, id="no change"),
        pytest.param(0, 0, False, SAME, id="no pain stays no pain"),
    ],
)
def test_pain_change_counts_two_points_or_thirty_percent_and_one_point(
    before: float, after: float, meaningful: bool, direction: Direction
) -> None:
    change = pain_change(before, after)
    assert (change.meaningful, change.direction) == (meaningful, direction)
    assert is_clinically_meaningful(before, after) is meaningful


def test_pain_change_reports_the_size_and_the_share_of_the_start() -> None:
    assert pain_change(5.8, 3.5) == PainChange(
        before=5.8,
        after=3.5,
        points=pytest.approx(2.3),
        percent=pytest.approx(39.655, abs=0.001),
        meaningful=True,
        direction=Direction.DOWN,
    )


def test_a_start_of_zero_has_no_percentage() -> None:
    assert pain_change(0, 1.5).percent is None


@pytest.mark.parametrize(
    ("before", "after", "improved", "worsened"),
    [
        pytest.param(6, 4, True, False, id="meaningfully lower"),
        pytest.param(4, 6, False, True, id="meaningfully higher"),
        pytest.param(5, 4, False, False, id="too small to tell"),
    ],
)
def test_improved_and_worsened_need_a_meaningful_change(
    before: float, after: float, improved: bool, worsened: bool
) -> None:
    change = pain_change(before, after)
    assert (change.improved, change.worsened) == (improved, worsened)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        pytest.param(10.5, 3, id="before above ten"),
        pytest.param(3, -0.1, id="after below zero"),
        pytest.param(3, float("nan"), id="nan"),
    ],
)
def test_pain_change_refuses_values_off_the_scale(before: float, after: float) -> None:
    with pytest.raises(ValueError, match="within 0-10"):
        pain_change(before, after)
