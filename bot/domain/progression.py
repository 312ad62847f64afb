"""Dose ladders: when an exercise's level goes up a step, down a step, or stays.

Each exercise has a ladder of doses in content (level 0 is the seed article's dose). After
every finished session the caller asks `next_level` for each exercise the session offered, and
records and announces any change with its `Reason`.

The rule, per exercise, over the sessions that offered it since its level last changed (the
caller passes only those, e.g. finished after the stored change instant, so that the session
which caused a change, and any other at the old dose, never counts again; a second session on
the day of a change is at the new dose and counts):
- Up one step after 3 of the last 4 such sessions had the exercise done, the session rated
  Easy or Just right, and no Hurts on it in any of those 4. The 3 good sessions must fall on
  3 different local days: progress needs days for the body to adapt, not three routines in
  one afternoon.
- Down one step when the exercise was done in the last 2 such sessions and both were rated
  Hard or Painful ("twice in a row"), or when the latest one had a Hurts on it.
- Never more than one step a week: a step up needs 7 days since any change; a step down
  needs 7 days since the last step down. A step down may follow a step up within the week:
  a dose that was just raised and then hurt comes back down at once instead of staying a week
  (safety wins over a steady pace). Two steps down, or two up, are always a week apart.
- Never below level 0 (the seed dose) nor above the top of the ladder. The gentler version
  and the Hurts flow remain the answer to pain on any level.

Only the latest session(s) can trigger a step down: a Hurts a week ago that could not step
down (the week was not over) does not step down later, once sessions are fine again.
All dates are the user's local dates, so a week means seven calendar days where they live.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

UP_WINDOW = 4
"""Look at this many of the latest sessions for a step up."""
UP_GOOD_SESSIONS = 3
"""Good sessions (done, Easy or Just right, no Hurts) needed within the window."""
DOWN_HARD_IN_A_ROW = 2
"""Hard or Painful sessions in a row, with the exercise done, that step down."""
MIN_DAYS_BETWEEN_STEPS = 7
"""A week: the least time between two steps in the same direction, or before a step up."""
BOTTOM_LEVEL = 0
"""The seed article's dose, the first level of every ladder."""


class Feel(StrEnum):
    """The answer to "How did it feel?" after a session; the values are stored."""

    EASY = "easy"
    JUST_RIGHT = "just_right"
    HARD = "hard"
    PAINFUL = "painful"


GOOD_FEELS = frozenset({Feel.EASY, Feel.JUST_RIGHT})
HARD_FEELS = frozenset({Feel.HARD, Feel.PAINFUL})


class Step(StrEnum):
    """Which way a level moved."""

    UP = "up"
    DOWN = "down"


class Reason(StrEnum):
    """Why a level changed, for the announcement and the history; the values are stored."""

    EASY_SESSIONS = "three_easy_sessions"
    HARD_TWICE = "hard_twice_in_a_row"
    HURT = "it_hurt"


_STEP_OF = {Reason.EASY_SESSIONS: Step.UP, Reason.HARD_TWICE: Step.DOWN, Reason.HURT: Step.DOWN}


@dataclass(frozen=True, slots=True)
class ExerciseSession:
    """One finished session that offered the exercise, as this rule sees it.

    `feel` is None when the user skipped "How did it feel?" (or was never asked, after a
    safety stop). `done` is whether this exercise was done (its gentler version counts);
    `hurt` whether Hurts was pressed on it in this session.
    """

    day: date
    feel: Feel | None
    done: bool
    hurt: bool = False

    @property
    def good(self) -> bool:
        """Done, rated Easy or Just right, and no Hurts: evidence the dose is well tolerated."""
        return self.done and not self.hurt and self.feel in GOOD_FEELS

    @property
    def hard(self) -> bool:
        """Done and rated Hard or Painful."""
        return self.done and self.feel in HARD_FEELS


@dataclass(frozen=True, slots=True)
class LevelState:
    """An exercise's current level and its last change (None: never changed)."""

    level: int = BOTTOM_LEVEL
    changed_on: date | None = None
    last_step: Step | None = None


@dataclass(frozen=True, slots=True)
class LevelDecision:
    """The level to use from now on; `reason` is None when nothing changed."""

    level: int
    reason: Reason | None = None

    @property
    def step(self) -> Step | None:
        """Up, down, or None when the level stays."""
        return None if self.reason is None else _STEP_OF[self.reason]


def next_level(
    state: LevelState, sessions: Sequence[ExerciseSession], ladder_size: int, today: date
) -> LevelDecision:
    """The exercise's level after its latest session, and why it changed if it did.

    `sessions` are the sessions that offered this exercise since its level last changed
    (all of them if it never changed), oldest first: the evidence for a step is always
    gathered at the current dose. `ladder_size` is the number of levels in the exercise's
    ladder; `today` is the user's local date now.
    """
    if ladder_size < 1:
        raise ValueError(f"a ladder has at least one level, got {ladder_size}")
    level = min(max(state.level, BOTTOM_LEVEL), ladder_size - 1)
    down = _down_reason(sessions)
    if down is not None:
        if level > BOTTOM_LEVEL and _may_step(state, Step.DOWN, today):
            return LevelDecision(level - 1, down)
        return LevelDecision(level)
    if _earned_step_up(sessions) and level < ladder_size - 1 and _may_step(state, Step.UP, today):
        return LevelDecision(level + 1, Reason.EASY_SESSIONS)
    return LevelDecision(level)


def _down_reason(recent: Sequence[ExerciseSession]) -> Reason | None:
    """A Hurts in the latest session, or the last two done sessions both Hard or Painful."""
    if not recent:
        return None
    if recent[-1].hurt:
        return Reason.HURT
    latest = recent[-DOWN_HARD_IN_A_ROW:]
    if len(latest) == DOWN_HARD_IN_A_ROW and all(session.hard for session in latest):
        return Reason.HARD_TWICE
    return None


def _earned_step_up(recent: Sequence[ExerciseSession]) -> bool:
    """3 good sessions, on 3 different days, among the last 4, and no Hurts among those 4."""
    window = recent[-UP_WINDOW:]
    if any(session.hurt for session in window):
        return False
    good_days = {session.day for session in window if session.good}
    return len(good_days) >= UP_GOOD_SESSIONS


def _may_step(state: LevelState, step: Step, today: date) -> bool:
    """The once-a-week limit: see the module docstring for why a down may follow an up."""
    if state.changed_on is None:
        return True
    if step is Step.DOWN and state.last_step is not Step.DOWN:
        return True
    return today - state.changed_on >= timedelta(days=MIN_DAYS_BETWEEN_STEPS)


def apply(state: LevelState, decision: LevelDecision, today: date) -> LevelState:
    """The state to store after a decision: unchanged when the level stays."""
    if decision.step is None:
        return state
    return LevelState(level=decision.level, changed_on=today, last_step=decision.step)
