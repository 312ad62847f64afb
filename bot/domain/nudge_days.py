"""Reminder days as a weekday mask: bit 0 is Monday, bit 6 Sunday (127 is every day).

One small integer on the user row says which weekdays get a nudge. It replaces the old
"weekdays only" flag (31 is Monday to Friday) and holds any choice of days, such as the
Monday, Wednesday and Friday of a 3-day weekly goal. Pure: masks in, masks out.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from bot.domain.weekly_goal import DAYS_IN_A_WEEK, WeeklyGoal, nudge_weekdays

EVERY_DAY = 0b1111111
WEEKDAYS = 0b0011111


class DaysKind(StrEnum):
    """How the settings screen names a mask."""

    EVERY_DAY = "every_day"
    WEEKDAYS = "weekdays"
    CHOSEN = "chosen"


def mask_of(days: Iterable[int]) -> int:
    """The mask of weekday numbers (0 = Monday); raises ValueError outside 0..6."""
    mask = 0
    for day in days:
        if not 0 <= day < DAYS_IN_A_WEEK:
            raise ValueError(f"a weekday runs from 0 (Monday) to 6 (Sunday), not {day}")
        mask |= 1 << day
    return mask


def days_of(mask: int) -> tuple[int, ...]:
    """The weekday numbers in a mask, Monday first."""
    return tuple(day for day in range(DAYS_IN_A_WEEK) if mask >> day & 1)


def is_valid(mask: int) -> bool:
    """A stored mask names at least one day and nothing beyond Sunday."""
    return 0 < mask <= EVERY_DAY


def includes(mask: int, weekday: int) -> bool:
    """Whether `weekday` (0 = Monday) is a reminder day; an invalid mask means every day."""
    return not is_valid(mask) or bool(mask >> weekday & 1)


def toggled(mask: int, weekday: int) -> int:
    """The mask with one day switched; the last remaining day cannot be switched off."""
    flipped = mask ^ (1 << weekday)
    return flipped if is_valid(flipped) else mask


def goal_mask(goal: WeeklyGoal) -> int:
    """The reminder days a weekly goal starts with: 3 Mon/Wed/Fri, 5 Mon-Fri, 7 every day."""
    return mask_of(nudge_weekdays(goal))


def kind_of(mask: int) -> DaysKind:
    """Every day, Monday to Friday, or a choice of days."""
    if mask == EVERY_DAY or not is_valid(mask):
        return DaysKind.EVERY_DAY
    return DaysKind.WEEKDAYS if mask == WEEKDAYS else DaysKind.CHOSEN
