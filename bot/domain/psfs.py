"""Patient-Specific Functional Scale (PSFS) rules: when to ask, what to accept, what counts.

The PSFS asks a person to name up to three everyday activities their back or neck makes hard
and to score each from 0 (can't do it at all) to 10 (as well as before the pain). The bot asks
once consent is given and again every 14 days, as Hinge does, because pain alone can hide real
progress in what a person can do.

Meaningful change: the mean of the activity scores counts at >= 2 points and a single activity
at >= 3 points. Sources: Stratford P, Gill C, Westaway M, Binkley J, "Assessing disability and
change on individual patients: a report of a patient specific measure", Physiotherapy Canada
1995;47(4):258-263 (introduced the scale; about 2 points for the mean, 3 for one activity);
Horn KK, Jennings S, Richardson G, van Vliet D, Hefford C, Abbott JH, "The patient-specific
functional scale: psychometrics, clinimetrics, and application as a clinical outcome measure",
J Orthop Sports Phys Ther 2012;42(1):30-42 (systematic review confirming these thresholds).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from bot.domain.pain import at_least

PSFS_MIN = 0
PSFS_MAX = 10
MAX_ACTIVITIES = 3
# Long enough for "looking over my shoulder while reversing the car" in most languages, short
# enough to fit one line of a button and one cell of the report's table.
MAX_ACTIVITY_LENGTH = 60
RECHECK_DAYS = 14
MEANINGFUL_MEAN_POINTS = 2
MEANINGFUL_ACTIVITY_POINTS = 3


class NameProblem(StrEnum):
    """Why a typed activity name was refused, so the bot can answer in friendly words."""

    EMPTY = "empty"
    TOO_LONG = "too_long"
    DUPLICATE = "duplicate"
    TOO_MANY = "too_many"


class PsfsAction(StrEnum):
    """What a function-check button does (the callback data's action field)."""

    PICK = "pick"  # a suggested activity, by index
    DONE = "done"  # no more activities: go on to the scores
    SKIP = "skip"  # not now: the whole check
    SCORE = "score"  # 0-10 for the activity asked about
    PASS = "pass"  # leave this activity's score out this time
    SAME = "same"  # a repeat check with the same activities
    SWAP = "swap"  # swap one activity for another
    OUT = "out"  # swap out the activity in this slot
    ADD = "add"  # name one more activity (fewer than three so far)


@dataclass(frozen=True, slots=True)
class NameCheck:
    """The cleaned-up name when accepted, else the problem (exactly one of them is set)."""

    name: str | None
    problem: NameProblem | None


@dataclass(frozen=True, slots=True)
class PsfsChange:
    """A move in PSFS score from `first` to `last`; up is the good way for function."""

    first: float
    last: float
    # Signed: positive means the person can do more.
    points: float
    meaningful: bool

    @property
    def improved(self) -> bool:
        """A meaningful gain in function."""
        return self.meaningful and self.points > 0

    @property
    def worsened(self) -> bool:
        """A meaningful loss of function."""
        return self.meaningful and self.points < 0


def check_due(consented_on: date | None, last_check: date | None, today: date) -> bool:
    """Tell whether to ask the PSFS today: never without consent, first right after it.

    `consented_on` is the local date consent to keep health data was given (None: no consent);
    `last_check` is the local date of the last completed or skipped check (None: never asked).
    A skipped check counts as a check, so a person who says "not now" is asked again in 14 days,
    not every day.
    """
    if consented_on is None:
        return False
    if last_check is None:
        return today >= consented_on
    return (today - last_check).days >= RECHECK_DAYS


def next_check_on(consented_on: date, last_check: date | None) -> date:
    """The local date the next check falls due (for a reminder or the /progress line)."""
    if last_check is None:
        return consented_on
    return last_check + timedelta(days=RECHECK_DAYS)


def check_activity_name(text: str, existing: Sequence[str] = ()) -> NameCheck:
    """Validate a typed activity name against the ones the person already has.

    Whitespace runs collapse to one space; the limit counts characters after that. A name equal
    to an existing one (ignoring case) is a duplicate, and a fourth name is one too many.
    """
    name = " ".join(text.split())
    if not name:
        return NameCheck(None, NameProblem.EMPTY)
    if len(name) > MAX_ACTIVITY_LENGTH:
        return NameCheck(None, NameProblem.TOO_LONG)
    if name.casefold() in {other.casefold() for other in existing}:
        return NameCheck(None, NameProblem.DUPLICATE)
    if len(existing) >= MAX_ACTIVITIES:
        return NameCheck(None, NameProblem.TOO_MANY)
    return NameCheck(name, None)


def parse_score(text: str) -> int | None:
    """Read a typed 0-10 score; None for anything else so the bot can ask again."""
    stripped = text.strip()
    if not (1 <= len(stripped) <= 2 and stripped.isascii() and stripped.isdigit()):
        return None
    value = int(stripped)
    return value if PSFS_MIN <= value <= PSFS_MAX else None


def check_score(score: float) -> None:
    """Raise ValueError for a score off the 0-10 scale (NaN fails too)."""
    if not PSFS_MIN <= score <= PSFS_MAX:
        raise ValueError(f"PSFS scores must be within {PSFS_MIN}-{PSFS_MAX}, got {score!r}")


def mean_change(first: Sequence[int], last: Sequence[int]) -> PsfsChange:
    """Compare the mean of the first check with the mean of the last (>= 2 points counts).

    Both checks must score the same activities in the same order; an activity swapped in later
    is compared with activity_change from its own first score instead.
    """
    if not first or len(first) != len(last):
        raise ValueError("both checks need the same, non-zero number of activity scores")
    for score in (*first, *last):
        check_score(score)
    before = round(sum(first) / len(first), 1)
    after = round(sum(last) / len(last), 1)
    return _change(before, after, MEANINGFUL_MEAN_POINTS)


def activity_change(first: int, last: int) -> PsfsChange:
    """Compare one activity's first and last score (>= 3 points counts)."""
    check_score(first)
    check_score(last)
    return _change(first, last, MEANINGFUL_ACTIVITY_POINTS)


def _change(first: float, last: float, threshold: int) -> PsfsChange:
    """The signed move, judged against `threshold` with averaging noise forgiven."""
    points = round(last - first, 1)
    return PsfsChange(first, last, points, at_least(abs(points), threshold))
