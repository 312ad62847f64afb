"""Praise that is earned: openings, meaningful pain falls, milestones and welcome back."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bot.domain.praise import Milestone, Opening, milestone_of, praise_for

TODAY = date(2026, 3, 10)


def days_before(*offsets: int) -> set[date]:
    """Local dates that many days before TODAY."""
    return {TODAY - timedelta(days=offset) for offset in offsets}


@pytest.mark.parametrize(
    ("done", "total", "before", "after", "opening", "improved"),
    [
        (7, 7, 6, 3, Opening.ALL_DONE, True),
        (7, 7, 6, 5, Opening.ALL_DONE, False),  # 1 point of 6 (17%): not meaningful
        (7, 7, 3, 2, Opening.ALL_DONE, True),  # 1 point and 33%: meaningful
        (7, 7, 2, 1, Opening.ALL_DONE, True),  # 1 point and 50%
        (7, 7, 6, 4, Opening.ALL_DONE, True),  # exactly 2 points
        (5, 7, 4, 6, Opening.SOME_DONE, False),  # a rise is never praise
        (1, 2, None, 3, Opening.SOME_DONE, False),
        (0, 2, 5, 2, Opening.NONE_DONE, True),
        (0, 0, None, None, Opening.NONE_DONE, False),
    ],
)
def test_the_opening_and_the_pain_claim(
    done: int,
    total: int,
    before: int | None,
    after: int | None,
    opening: Opening,
    improved: bool,
) -> None:
    praise = praise_for(done, total, before, after)
    assert (praise.opening, praise.pain_improved) == (opening, improved)


@pytest.mark.parametrize(
    ("earlier", "paused", "expected"),
    [
        (set(), set(), None),  # the very first session
        (days_before(1), set(), None),  # 2 in a row
        (days_before(1, 2), set(), Milestone.DAYS_3),
        (days_before(1, 2, 3), set(), None),  # 4
        (days_before(*range(1, 7)), set(), Milestone.DAYS_7),
        (days_before(*range(1, 14)), set(), Milestone.DAYS_14),
        (days_before(*range(1, 30)), set(), Milestone.DAYS_30),
        (days_before(*range(1, 31)), set(), None),  # 31
        (days_before(2, 3), days_before(1), Milestone.DAYS_3),  # a paused day bridges
        (days_before(0, 1, 2), set(), None),  # today was counted already: said once
        (days_before(3), set(), None),  # two days off: no break yet
        (days_before(4), set(), Milestone.WELCOME_BACK),  # three days off
        (days_before(10, 11), set(), Milestone.WELCOME_BACK),
        (days_before(4), days_before(1, 2, 3), None),  # paused days are not a break
        (days_before(5), days_before(1, 2), None),
        (days_before(5), days_before(1), Milestone.WELCOME_BACK),
    ],
)
def test_milestones_and_welcome_back(
    earlier: set[date], paused: set[date], expected: Milestone | None
) -> None:
    assert milestone_of(earlier, TODAY, paused) == expected


def test_a_milestone_rides_along_with_the_praise() -> None:
    assert praise_for(2, 2, 5, 5, Milestone.DAYS_7).milestone is Milestone.DAYS_7
