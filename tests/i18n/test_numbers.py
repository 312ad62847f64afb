"""Decimals, weekday times and month headings in the reader's language (Babel/CLDR)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.i18n.dates import full_month_names, weekday_time
from bot.i18n.numbers import one_decimal


@pytest.mark.parametrize(
    ("language", "value", "signed", "expected"),
    [("en", 2.5, False, "2.5"), ("es", 2.5, False, "2,5"), ("de", 2.5, False, "2,5"),
     ("ru", 2.5, False, "2,5"), ("en", 2.0, True, "+2.0"), ("de", -1.5, True, "-1,5"),
     ("ru", 0.04, False, "0,0"), ("en", 10.0, False, "10.0")],
)  # fmt: skip
def test_one_decimal_follows_the_language(
    language: str, value: float, signed: bool, expected: str
) -> None:
    assert one_decimal(value, language, signed=signed) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "Tue 09:00"), ("es", "mar, 9:00"), ("de", "Di., 09:00"), ("ru", "вт 09:00")],
)
def test_the_next_reminder_is_a_weekday_and_time_in_the_language(
    language: str, expected: str
) -> None:
    berlin = datetime(2026, 5, 19, 7, tzinfo=UTC).astimezone(ZoneInfo("Europe/Berlin"))
    assert weekday_time(berlin, language) == expected


@pytest.mark.parametrize(
    ("language", "november", "september"),
    [("en", "November", "September"), ("es", "Noviembre", "Septiembre"),
     ("de", "November", "September"), ("ru", "Ноябрь", "Сентябрь")],
)  # fmt: skip
def test_calendar_headings_name_the_month_in_full_in_the_nominative(
    language: str, november: str, september: str
) -> None:
    names = full_month_names(language)
    assert (names[10], names[8]) == (november, september)
