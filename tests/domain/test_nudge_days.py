"""Reminder days as a weekday mask: table tests of every helper."""

from __future__ import annotations

import pytest

from bot.domain.nudge_days import (
    EVERY_DAY,
    WEEKDAYS,
    DaysKind,
    days_of,
    goal_mask,
    includes,
    is_valid,
    kind_of,
    mask_of,
    toggled,
)
from bot.domain.weekly_goal import WeeklyGoal


@pytest.mark.parametrize(
    ("goal", "days"),
    [
        (WeeklyGoal.THREE, (0, 2, 4)),
        (WeeklyGoal.FIVE, (0, 1, 2, 3, 4)),
        (WeeklyGoal.SEVEN, tuple(range(7))),
    ],
)
def test_a_goal_starts_with_its_days(goal: WeeklyGoal, days: tuple[int, ...]) -> None:
    assert days_of(goal_mask(goal)) == days


@pytest.mark.parametrize(
    ("mask", "weekday", "after"),
    [
        (WEEKDAYS, 5, 0b0111111),  # Saturday on
        (WEEKDAYS, 0, 0b0011110),  # Monday off
        (EVERY_DAY, 6, WEEKDAYS | 0b0100000),
        (0b0000001, 0, 0b0000001),  # the last day stays
        (0b1000000, 6, 0b1000000),
        (0b1000000, 0, 0b1000001),
    ],
)
def test_toggling_a_day_never_leaves_no_day(mask: int, weekday: int, after: int) -> None:
    assert toggled(mask, weekday) == after


@pytest.mark.parametrize(
    ("mask", "kind"),
    [
        (EVERY_DAY, DaysKind.EVERY_DAY),
        (WEEKDAYS, DaysKind.WEEKDAYS),
        (0b0010101, DaysKind.CHOSEN),
        (0, DaysKind.EVERY_DAY),  # an invalid mask falls back to every day
        (0b11111111, DaysKind.EVERY_DAY),
    ],
)
def test_a_mask_is_named_for_the_screen(mask: int, kind: DaysKind) -> None:
    assert kind_of(mask) is kind


@pytest.mark.parametrize(
    ("mask", "valid", "sunday"),
    [(EVERY_DAY, True, True), (WEEKDAYS, True, False), (0, False, True), (128, False, True)],
)
def test_only_masks_of_one_to_seven_days_are_valid(mask: int, valid: bool, sunday: bool) -> None:
    assert is_valid(mask) is valid
    assert includes(mask, 6) is sunday


def test_a_weekday_outside_the_week_is_refused() -> None:
    assert mask_of([0, 6]) == 0b1000001
    with pytest.raises(ValueError, match="Sunday"):
        mask_of([7])
