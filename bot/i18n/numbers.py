"""Decimal numbers in the reader's language, from Babel's CLDR data: "2.5", "2,5"."""

from __future__ import annotations

from babel.numbers import format_decimal

from bot.i18n.dates import date_locale


def one_decimal(value: float, language: str, *, signed: bool = False) -> str:
    """A mean or a change to one decimal with the language's decimal sign; `signed` adds + or -."""
    pattern = "+0.0;-0.0" if signed else "0.0"
    return format_decimal(value, format=pattern, locale=date_locale(language))
