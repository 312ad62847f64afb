"""What a local calendar day was for the user's habit, as the habit calendar shows it."""

from __future__ import annotations

from enum import Enum


class DayStatus(Enum):
    """One day of the habit: the words the calendar's legend explains.

    DONE: the full routine finished. QUICK: the 2-minute routine. MISSED: a goal day with no
    session. PAUSED: reminders were paused (a holiday, a sick day). REST: not a goal day, so
    nothing was expected. Paused and rest days never break a streak; only missed days do.
    """

    DONE = "done"
    QUICK = "quick"
    MISSED = "missed"
    PAUSED = "paused"
    REST = "rest"
