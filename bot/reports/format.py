"""How the report writes numbers and dates, in one place so a locale can take over later.

Babel is not a dependency, so dates are ISO 8601 (2026-11-08: unambiguous in every country)
and averages have one decimal with a point, as the /progress texts show them.
"""

from __future__ import annotations

from datetime import date

from bot.content.text_keys import TextKey
from bot.domain.pain import PainChange
from bot.domain.psfs import PsfsChange

NO_PERCENT = "–"


def iso(day: date) -> str:
    """A date as YYYY-MM-DD."""
    return day.isoformat()


def one_decimal(value: float) -> str:
    """An average or a change to one decimal, e.g. 4.5."""
    return f"{value:.1f}"


def percent(value: float | None) -> str:
    """A whole percentage without the sign; a dash when there is none (change from 0)."""
    return NO_PERCENT if value is None else f"{value:.0f}"


def signed(value: float) -> str:
    """A change with its sign, e.g. +3 or -1.5 (whole numbers without decimals)."""
    text = f"{value:+.0f}" if float(value).is_integer() else f"{value:+.1f}"
    return text.replace("-", "−")


def pain_verdict_key(change: PainChange) -> TextKey:
    """The sentence for a first-vs-last week pain change."""
    if change.improved:
        return TextKey.REPORT_PAIN_IMPROVED
    if change.worsened:
        return TextKey.REPORT_PAIN_WORSENED
    return TextKey.REPORT_PAIN_NO_CLEAR_CHANGE


def psfs_verdict_key(change: PsfsChange) -> TextKey:
    """The sentence for the PSFS mean change."""
    if change.improved:
        return TextKey.REPORT_PSFS_IMPROVED
    if change.worsened:
        return TextKey.REPORT_PSFS_WORSENED
    return TextKey.REPORT_PSFS_NO_CLEAR_CHANGE
