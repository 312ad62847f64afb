"""How the report writes numbers and dates: in the reader's language, from Babel's CLDR data
("9 Nov 2026", "09.11.2026", "2,5"). The file name keeps ISO 8601 dates: it is data.
"""

from __future__ import annotations

from datetime import date

from babel.dates import format_date

from bot.content.text_keys import TextKey
from bot.domain.pain import PainChange
from bot.domain.psfs import PsfsChange
from bot.i18n.dates import date_locale
from bot.i18n.numbers import one_decimal as decimal

NO_PERCENT = "–"


def iso(day: date) -> str:
    """A date as YYYY-MM-DD, for the file name."""
    return day.isoformat()


def day_text(day: date, language: str) -> str:
    """A date as the reader's language writes it in a table: "9 Nov 2026", "09.11.2026"."""
    return format_date(day, "medium", locale=date_locale(language))


def table_day(day: date, language: str) -> str:
    """A date in a table cell, short and numeric as the language writes it: "09/11/2026",
    "09.11.26"; the same width as the ISO date the columns were made for."""
    return format_date(day, "short", locale=date_locale(language))


def one_decimal(value: float, language: str) -> str:
    """An average or a change to one decimal: 4.5, 4,5."""
    return decimal(value, language)


def percent(value: float | None) -> str:
    """A whole percentage without the sign; a dash when there is none (change from 0)."""
    return NO_PERCENT if value is None else f"{value:.0f}"


def signed(value: float, language: str) -> str:
    """A change with its sign, e.g. +3 or −1.5 (whole numbers without decimals)."""
    whole = float(value).is_integer()
    text = f"{value:+.0f}" if whole else decimal(value, language, signed=True)
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
