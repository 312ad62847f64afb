"""Dates, weekdays and times in the reader's language, from Babel's CLDR data (never by hand).

Skeletons ("MMMEd") let CLDR order and punctuate each language itself: "Tue 24 Nov",
"Di., 24. Nov.", "mar, 24 nov", "вт, 24 нояб.". English texts are British, so English dates use
en_GB (day before month, 24-hour clock).
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cache

from babel import Locale
from babel.dates import format_skeleton, get_day_names, get_month_names

_DATE_LOCALES = {"en": "en_GB"}


@cache
def date_locale(language: str) -> Locale:
    """The Babel locale whose conventions a language's dates and numbers follow."""
    return Locale.parse(_DATE_LOCALES.get(language, language))


def short_day(day: date, language: str) -> str:
    """Weekday, day and month, abbreviated: "Tue 24 Nov"."""
    return format_skeleton("MMMEd", day, locale=date_locale(language))


def long_day(day: date, language: str) -> str:
    """Weekday, day, month and year in full: "Tuesday, 24 November 2026"."""
    return format_skeleton("yMMMMEEEEd", day, locale=date_locale(language))


def weekday_time(moment: datetime, language: str) -> str:
    """Weekday and 24-hour time: "Tue 09:00", "Di., 09:00"."""
    return format_skeleton("EHm", moment, locale=date_locale(language))


@cache
def month_names(language: str) -> tuple[str, ...]:
    """January to December, abbreviated as a label stands alone (chart and calendar axes)."""
    names = get_month_names("abbreviated", context="stand-alone", locale=date_locale(language))
    return tuple(names[month] for month in range(1, 13))


@cache
def full_month_names(language: str) -> tuple[str, ...]:
    """January to December in full, for a heading: "Ноябрь", not "ноября" nor "нояб.".

    A heading starts a line, so it starts with a capital even where CLDR writes months in
    lower case (ru, es).
    """
    names = get_month_names("wide", context="stand-alone", locale=date_locale(language))
    return tuple(names[month][:1].upper() + names[month][1:] for month in range(1, 13))


@cache
def weekday_letters(language: str) -> tuple[str, ...]:
    """Monday to Sunday, narrow as a column header stands alone: "M T W T F S S"."""
    names = get_day_names("narrow", context="stand-alone", locale=date_locale(language))
    return tuple(names[day] for day in range(7))
