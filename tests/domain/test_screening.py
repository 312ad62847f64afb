"""Screening rules as tables: the status a checklist gives, the lock, and when to re-screen."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.domain.screening import (
    ScreeningStatus,
    Severity,
    is_locked,
    rescreen_due,
    routines_unlocked,
    severities_of,
    status_after_screen,
    ticked_items,
    toggled,
)

NOW = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)
ITEMS = (Severity.URGENT, Severity.DOCTOR, Severity.DOCTOR)


@pytest.mark.parametrize(
    ("mask", "status"),
    [
        (0b000, ScreeningStatus.CLEAR),
        (0b010, ScreeningStatus.SEE_DOCTOR),
        (0b110, ScreeningStatus.SEE_DOCTOR),
        (0b001, ScreeningStatus.URGENT),
        (0b111, ScreeningStatus.URGENT),
        (0b1000, ScreeningStatus.CLEAR),  # a bit beyond the items counts for nothing
    ],
)
def test_the_checklist_gives_the_most_serious_tier_ticked(
    mask: int, status: ScreeningStatus
) -> None:
    assert status_after_screen(severities_of(mask, ITEMS)) is status


@pytest.mark.parametrize(
    ("status", "locked", "unlocked"),
    [
        (ScreeningStatus.PENDING, False, False),
        (ScreeningStatus.CLEAR, False, True),
        (ScreeningStatus.SEE_DOCTOR, True, False),
        (ScreeningStatus.URGENT, True, False),
        (ScreeningStatus.CLEARED, False, True),
    ],
)
def test_which_statuses_lock_and_which_open_routines(
    status: ScreeningStatus, locked: bool, unlocked: bool
) -> None:
    assert (is_locked(status), routines_unlocked(status)) == (locked, unlocked)


@pytest.mark.parametrize(
    ("screened_at", "due"),
    [
        (None, True),
        (NOW - timedelta(weeks=12), True),
        (NOW - timedelta(weeks=12) + timedelta(seconds=1), False),
        (NOW - timedelta(days=1), False),
    ],
)
def test_a_new_screen_is_due_after_twelve_weeks_or_none(
    screened_at: datetime | None, due: bool
) -> None:
    assert rescreen_due(screened_at, NOW) is due


def test_toggling_ticks_and_unticks_one_item() -> None:
    mask = toggled(toggled(0, 4), 9)
    assert ticked_items(mask, 13) == (4, 9)
    assert ticked_items(toggled(mask, 4), 13) == (9,)
    with pytest.raises(ValueError, match="out of range"):
        toggled(0, 16)
