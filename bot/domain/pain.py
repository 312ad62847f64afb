"""Pain ratings on the 0-10 numeric rating scale (NRS) and when a change is worth telling."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

PAIN_MIN = 0
PAIN_MAX = 10

# The meaningful change on the 11-point NRS for chronic pain (see pain_change for the sources).
MEANINGFUL_POINTS = 2
MEANINGFUL_PERCENT = 30
MEANINGFUL_PERCENT_FLOOR_POINTS = 1
# Averages carry float noise (6 - 4.2 == 1.7999999999999998): a boundary counts within this.
_TOLERANCE = 1e-9


class Direction(StrEnum):
    """Which way pain moved; DOWN is the good way."""

    DOWN = "down"
    UP = "up"
    SAME = "same"


@dataclass(frozen=True, slots=True)
class PainChange:
    """A move from `before` to `after`, its size, and whether it is big enough to tell."""

    before: float
    after: float
    # The size of the move, never negative: `direction` says which way.
    points: float
    # `points` as a percentage of `before`; None when `before` is 0 (no percentage of nothing).
    percent: float | None
    meaningful: bool
    direction: Direction

    @property
    def improved(self) -> bool:
        """A meaningful fall in pain."""
        return self.meaningful and self.direction is Direction.DOWN

    @property
    def worsened(self) -> bool:
        """A meaningful rise in pain."""
        return self.meaningful and self.direction is Direction.UP


def pain_change(before: float, after: float) -> PainChange:
    """Measure a move on the 0-10 NRS and judge it by the clinically meaningful change rule.

    A change counts when it is at least 2 points, or at least 30% of `before` and at least
    1 point. The sizes come from Farrar JT, Young JP Jr, LaMoreaux L, Werth JL, Poole RM,
    "Clinical importance of changes in chronic pain intensity measured on an 11-point numerical
    pain rating scale", Pain 2001;94(2):149-158 (about 2 points or about 30% matched patients'
    own "much improved"), and from the IMMPACT recommendations, Dworkin RH, Turk DC, Wyrwich KW
    et al., "Interpreting the clinical importance of treatment outcomes in chronic pain clinical
    trials", J Pain 2008;9(2):105-121 (30% moderately important, 2 points as the
    raw-score counterpart). The 1-point floor keeps a percentage of a small starting value from
    calling noise a change: 2.0 -> 2.6 is 30% but only 0.6 points, so it does not count.
    The same sizes judge worsening, so the bot neither hides nor overstates a flare-up.
    Inputs may be averages but must lie within 0-10 (NaN fails the range check).
    """
    for value in (before, after):
        if not PAIN_MIN <= value <= PAIN_MAX:
            raise ValueError(f"pain ratings must be within {PAIN_MIN}-{PAIN_MAX}, got {value!r}")
    points = abs(after - before)
    percent = points * 100 / before if before > 0 else None
    # Compared as products, so exactly 30% (e.g. 5 -> 3.5) is not lost to float rounding.
    big_share = before > 0 and points * 100 >= before * MEANINGFUL_PERCENT - _TOLERANCE
    meaningful = at_least(points, MEANINGFUL_POINTS) or (
        big_share and at_least(points, MEANINGFUL_PERCENT_FLOOR_POINTS)
    )
    if points < _TOLERANCE:
        direction = Direction.SAME
    else:
        direction = Direction.DOWN if after < before else Direction.UP
    return PainChange(before, after, points, percent, meaningful, direction)


def is_clinically_meaningful(before: float, after: float) -> bool:
    """Tell whether a change is big enough to mention (pain_change's rule, either direction)."""
    return pain_change(before, after).meaningful


def at_least(value: float, threshold: float) -> bool:
    """`value >= threshold`, forgiving the float noise of averaged ratings."""
    return value >= threshold - _TOLERANCE
