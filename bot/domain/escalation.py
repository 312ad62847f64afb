"""When pain numbers call for a calm "please see a professional" message instead of coaching."""

# The three rules, each checked on its own; all that apply are returned, in this order:
# - HIGH_AFTER: the rating after the session is 7 or more (severe on the 0-10 scale).
# - ROSE_DURING_SESSION: after >= before + 2, i.e. the session itself made pain clearly worse
#   (2 points is the clinically meaningful size used throughout, see pain.py).
# - RISING_WEEKLY_TREND: the weekly average rose two weeks in a row, w-2 < w-1 < w0, where w0 is
#   the current calendar week (complete or not) and w-1, w-2 the two weeks before it. All three
#   weeks must have ratings: an unrated week breaks "in a row", so we never compare across a
#   gap, and a user with under three rated weeks has no trend yet. Any strict rise counts,
#   however small, as the rule is stated; the current week may rest on a single rating.
# The trend stays true for the rest of the week, so the caller records the event and decides
# how often to repeat the message (e.g. once per reason per week).

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from itertools import pairwise

from bot.domain.pain import PAIN_MAX, PAIN_MIN

HIGH_AFTER_AT = 7
ROSE_BY_AT_LEAST = 2
TREND_WEEKS = 3


class EscalationReason(StrEnum):
    """Why the bot advises professional help; recorded with the event."""

    HIGH_AFTER = "high_after"
    ROSE_DURING_SESSION = "rose_during_session"
    RISING_WEEKLY_TREND = "rising_weekly_trend"


def escalation_reasons(
    before: int | None, after: int | None, weekly_averages: Sequence[float | None]
) -> tuple[EscalationReason, ...]:
    """Every reason to escalate after a session; an empty tuple means carry on coaching."""
    # `before`/`after` are this session's ratings (None when not given). `weekly_averages` are
    # consecutive calendar weeks, oldest first, ending with the current week (None = unrated);
    # only the last three are read. progress.weekly_averages builds exactly that.
    for value in (before, after, *weekly_averages):
        if value is not None and not PAIN_MIN <= value <= PAIN_MAX:
            raise ValueError(f"pain values must be within {PAIN_MIN}-{PAIN_MAX}, got {value!r}")
    reasons = []
    if after is not None and after >= HIGH_AFTER_AT:
        reasons.append(EscalationReason.HIGH_AFTER)
    if before is not None and after is not None and after >= before + ROSE_BY_AT_LEAST:
        reasons.append(EscalationReason.ROSE_DURING_SESSION)
    if _rising(weekly_averages[-TREND_WEEKS:]):
        reasons.append(EscalationReason.RISING_WEEKLY_TREND)
    return tuple(reasons)


def _rising(weeks: Sequence[float | None]) -> bool:
    """Strictly increasing over exactly TREND_WEEKS rated weeks."""
    if len(weeks) < TREND_WEEKS:
        return False
    values = [week for week in weeks if week is not None]
    if len(values) < TREND_WEEKS:
        return False
    return all(earlier < later for earlier, later in pairwise(values))
