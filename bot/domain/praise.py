"""Encouragement that is earned: what a finished session says before its figures.

- The opening names what happened: all done, some done, or none done (showing up counts too).
- Pain is only called better when the fall is meaningful (bot.domain.pain.pain_change); a
  change too small to count, or a rise, is never praised (a rise has its own advice).
- Milestones: 3, 7, 14 and 30 days in a row, told once, by the session that first counts on
  the day the run reaches them; paused days bridge the run (bot.domain.streaks).
- Welcome back: the first counted session after a break, at least BREAK_DAYS days since the
  last counted day, not counting paused days. Streaks can restart; progress stays.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from bot.domain.pain import pain_change
from bot.domain.streaks import compute_streak

MILESTONE_DAYS = (3, 7, 14, 30)
BREAK_DAYS = 4
"""Days from the last counted day to today that make a break: three or more days without one."""


class Opening(StrEnum):
    """How much of the session was done."""

    ALL_DONE = "all_done"
    SOME_DONE = "some_done"
    NONE_DONE = "none_done"


class Milestone(StrEnum):
    """A moment worth a line of its own."""

    DAYS_3 = "3"
    DAYS_7 = "7"
    DAYS_14 = "14"
    DAYS_30 = "30"
    WELCOME_BACK = "welcome_back"


@dataclass(frozen=True, slots=True)
class Praise:
    """What the session's first line says, and any milestone."""

    opening: Opening
    pain_improved: bool
    milestone: Milestone | None = None


def praise_for(
    done: int,
    total: int,
    pain_before: int | None,
    pain_after: int | None,
    milestone: Milestone | None = None,
) -> Praise:
    """The opening for `done` of `total` exercises, and whether pain fell meaningfully."""
    if done >= total > 0:
        opening = Opening.ALL_DONE
    elif done > 0:
        opening = Opening.SOME_DONE
    else:
        opening = Opening.NONE_DONE
    improved = (
        pain_before is not None
        and pain_after is not None
        and pain_change(pain_before, pain_after).improved
    )
    return Praise(opening, improved, milestone)


def milestone_of(
    earlier_days: Iterable[date], today: date, paused_days: Iterable[date] = ()
) -> Milestone | None:
    """The milestone a session that counts today reaches, if it is the first to count today.

    `earlier_days` are the local dates counted before this session (today among them means
    today was already counted, and celebrated).
    """
    earlier = {day for day in earlier_days if day <= today}
    if today in earlier:
        return None
    paused = set(paused_days)
    streak = compute_streak(earlier | {today}, today, paused).current
    for days in MILESTONE_DAYS:
        if streak == days:
            return Milestone(str(days))
    before = [day for day in earlier if day < today]
    if not before:
        return None
    last = max(before)
    gap = sum(
        1 for offset in range(1, (today - last).days) if last + timedelta(days=offset) not in paused
    )
    return Milestone.WELCOME_BACK if gap + 1 >= BREAK_DAYS else None
