"""Plural tables pick the CLDR form of the language (Babel), and broken tables are refused."""

from __future__ import annotations

import pytest

from bot.content import ContentError, TextKey, load_catalog
from bot.content.plurals import plural_categories
from bot.content.texts import parse_texts

RUSSIAN_DAYS = {"plural": "days", "one": "{days} день", "few": "{days} дня", "many": "{days} дней"}


def _english_tables() -> dict[str, dict[str, object]]:
    """The shipped English texts as raw TOML tables, to change one text in them."""
    tables: dict[str, dict[str, object]] = {}
    texts = load_catalog().texts
    for key in TextKey:
        section, name = str(key).split(".", 1)
        template = texts.templates[key]
        # English plural tables become plain strings: another language needs its own forms.
        tables.setdefault(section, {})[name] = (
            template if isinstance(template, str) else template.forms["other"]
        )
    return tables


def test_each_language_has_its_cldr_categories() -> None:
    assert plural_categories("en") == {"one", "other"}
    assert plural_categories("de") == {"one", "other"}
    assert plural_categories("ru") == {"one", "few", "many", "other"}
    assert {"one", "other"} <= plural_categories("es")


@pytest.mark.parametrize(
    ("days", "expected"),
    [(1, "1 день"), (2, "2 дня"), (5, "5 дней"), (21, "21 день"), (11, "11 дней"), (22, "22 дня")],
)
def test_russian_days_take_the_cldr_form(days: int, expected: str) -> None:
    tables = _english_tables()
    tables["chart"]["title_window"] = {**RUSSIAN_DAYS, "other": "{days} дня"}
    texts = parse_texts(tables, "ru/texts.toml", "ru")
    assert texts.render(TextKey.CHART_TITLE_WINDOW, days=days) == expected


def test_english_streak_says_one_day_and_two_days() -> None:
    texts = load_catalog().texts
    assert texts.render(TextKey.NUDGE_STREAK, streak=1).startswith("🔥 Your streak: 1 day.")
    assert texts.render(TextKey.NUDGE_STREAK, streak=2).startswith("🔥 Your streak: 2 days.")


@pytest.mark.parametrize(
    ("table", "message"),
    [
        (RUSSIAN_DAYS, "plural forms must be exactly few, many, one, other for 'ru'"),
        ({**RUSSIAN_DAYS, "other": "{days} дня", "two": "x"}, "found few, many, one, other, two"),
        ({**RUSSIAN_DAYS, "other": "{days} дня", "plural": "weeks"}, "plural = 'weeks' is not"),
        ({**RUSSIAN_DAYS, "other": "{day} дня"}, "placeholder {day} is not allowed here"),
    ],
)
def test_a_broken_plural_table_is_refused_naming_the_key(
    table: dict[str, str], message: str
) -> None:
    tables = _english_tables()
    tables["chart"]["title_window"] = table
    with pytest.raises(ContentError) as error:
        parse_texts(tables, "ru/texts.toml", "ru")
    assert "ru/texts.toml: chart.title_window: " in str(error.value)
    assert message in str(error.value)
