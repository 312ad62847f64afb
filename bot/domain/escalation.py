"""When pain numbers call for a calm "please see a professional" message instead of coaching."""

# Each rule is a pure function; escalation_reasons applies them all, in this order:
# - HIGH_AFTER: the rating after the session is 7 or more (severe on the 0-10 scale).
# - ROSE_DURING_SESSION: after - before >= 2, i.e. the session itself made pain clearly worse
#   (2 points is the clinically meaningful size used throughout, see pain.py).
# - RISING_WEEKLY_TREND: the weekly average rose by 1 point or more in total over two weeks,
#   w0 - w-2 >= 1, where w0 is the current calendar week (complete or not) and w-1, w-2 the two
#   weeks before it. All three weeks must have ratings, so we never compare across a gap, and a
#   user with under three rated weeks has no trend yet. 3.0 -> 3.1 -> 3.2 is noise, not a trend.
# - NO_IMPROVEMENT_6_WEEKS: six weeks of regular sessions without a meaningful improvement
#   (see no_improvement_after_six_weeks for "regular" and the comparison). Said once per user.
# The weekly trend stays true for the rest of the week, so the caller records each event and
# repeats the trend at most once a week; the six-week rule takes `already_raised` instead.

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from bot.domain.pain import PAIN_MAX, PAIN_MIN, at_least
from bot.domain.progress import shown_change

HIGH_AFTER_AT = 7
ROSE_BY_AT_LEAST = 2
TREND_WEEKS = 3
TREND_RISE_AT_LEAST = 1
IMPROVEMENT_WEEKS = 6
REGULAR_WEEKS = 5
# Mild pain that has not changed is no reason to refer: the rule needs the latest week's average
# at 4 or more (moderate or worse in the usual bands: 1-3 mild, 4-6 moderate, 7-10 severe).
STILL_PAINFUL_AT = 4

WeeklyAverages = Sequence[float | None]
"""Consecutive calendar weeks' average pain, oldest first, ending with today's (None: unrated)."""


class EscalationReason(StrEnum):
    """Why the bot advises professional help; recorded with the event."""

    HIGH_AFTER = "high_after"
    ROSE_DURING_SESSION = "rose_during_session"
    RISING_WEEKLY_TREND = "rising_weekly_trend"
    NO_IMPROVEMENT_6_WEEKS = "no_improvement_6_weeks"


def high_after(after: int | None) -> bool:
    """Pain of 7 or more after a session is severe, whatever it was before."""
    return after is not None and after >= HIGH_AFTER_AT


def rose_during_session(before: int | None, after: int | None) -> bool:
    """The session raised pain by 2 points or more; needs both ratings."""
    return before is not None and after is not None and after - before >= ROSE_BY_AT_LEAST


def rising_weekly_trend(weekly_averages: WeeklyAverages) -> bool:
    """The last three weeks are all rated and this week's average is 1 or more above w-2."""
    weeks = weekly_averages[-TREND_WEEKS:]
    if len(weeks) < TREND_WEEKS:
        return False
    oldest, _, latest = weeks
    if oldest is None or weeks[1] is None or latest is None:
        return False
    return at_least(latest - oldest, TREND_RISE_AT_LEAST)


def regular_sessions(weekly_averages: WeeklyAverages) -> bool:
    """Rated sessions in at least 5 of the last 6 calendar weeks, today's week included."""
    recent = weekly_averages[-IMPROVEMENT_WEEKS:]
    return sum(week is not None for week in recent) >= REGULAR_WEEKS


def no_improvement_after_six_weeks(
    weekly_averages: WeeklyAverages, *, already_raised: bool
) -> bool:
    """Six weeks of regular sessions have not brought a meaningful improvement; fires once.

    `weekly_averages` must reach back to the user's first rated week (earlier unrated weeks are
    ignored): that week's average is the baseline. The rule fires when all of these hold:
    - it has not been raised before (`already_raised`; the caller records it when it fires);
    - today's week is at least the sixth calendar week counting the first rated week as one;
    - sessions are regular: rated in at least 5 of the last 6 weeks, today's included, so a
      break of a week is fine but a return after months away is not judged at once;
    - the latest rated week against the first is not a meaningful improvement by
      pain.pain_change on the averages as /progress shows them (a rise counts as none too);
    - the latest week's average is still STILL_PAINFUL_AT or more.
    """
    if already_raised or not regular_sessions(weekly_averages):
        return False
    rated = [(index, week) for index, week in enumerate(weekly_averages) if week is not None]
    first_index, baseline = rated[0]
    if len(weekly_averages) - first_index < IMPROVEMENT_WEEKS:
        return False
    latest = rated[-1][1]
    change = shown_change(baseline, latest)
    return latest >= STILL_PAINFUL_AT and change is not None and not change.improved


def escalation_reasons(
    before: int | None,
    after: int | None,
    weekly_averages: WeeklyAverages,
    *,
    no_improvement_raised: bool = False,
) -> tuple[EscalationReason, ...]:
    """Every reason to escalate after a session; an empty tuple means carry on coaching."""
    # `before`/`after` are this session's ratings (None when not given). `weekly_averages` are
    # as WeeklyAverages says; the trend reads the last three, the six-week rule needs them to
    # reach back to the first rated week (pass the raised flag as True to skip it).
    # progress.weekly_averages builds them.
    for value in (before, after, *weekly_averages):
        if value is not None and not PAIN_MIN <= value <= PAIN_MAX:
            raise ValueError(f"pain values must be within {PAIN_MIN}-{PAIN_MAX}, got {value!r}")
    checks = (
        (EscalationReason.HIGH_AFTER, high_after(after)),
        (EscalationReason.ROSE_DURING_SESSION, rose_during_session(before, after)),
        (EscalationReason.RISING_WEEKLY_TREND, rising_weekly_trend(weekly_averages)),
        (
            EscalationReason.NO_IMPROVEMENT_6_WEEKS,
            no_improvement_after_six_weeks(weekly_averages, already_raised=no_improvement_raised),
        ),
    )
    return tuple(reason for reason, applies in checks if applies)
