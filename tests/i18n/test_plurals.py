"""Select expressions pick the CLDR form of the language (Fluent with Babel's rules), counts
keep their digits, and broken selects are refused naming the file, the key and the problem."""

from __future__ import annotations

import re

import pytest

from bot.content import ContentError, TextKey, default_content_directory
from bot.content.languages import load_languages
from bot.content.loader import LANGUAGES_DIR
from bot.content.plurals import plural_categories
from bot.content.texts import parse_texts

RUSSIAN = default_content_directory() / LANGUAGES_DIR / "ru" / "texts.ftl"
# A message from its id to the next line that is not part of it.
_MESSAGE = r"^{id} =.*\n(?:(?: .*)?\n)*?(?=\S)"


def _russian_with(message_id: str, replacement: str) -> str:
    """The shipped Russian texts with one message replaced."""
    text = RUSSIAN.read_text(encoding="utf-8")
    pattern = re.compile(_MESSAGE.format(id=re.escape(message_id)), re.MULTILINE)
    assert len(pattern.findall(text)) == 1, message_id
    return pattern.sub(lambda _match: replacement, text)


def _title_window(*variants: str) -> str:
    """chart-title-window selecting on $days with these variant lines."""
    return "chart-title-window = { $days ->\n" + "".join(f"    {v}\n" for v in variants) + "}\n"


RUSSIAN_DAYS = ("[one] { $days } день", "[few] { $days } дня", "[many] { $days } дней")


def test_each_language_has_its_cldr_categories() -> None:
    assert plural_categories("en") == {"one", "other"}
    assert plural_categories("de") == {"one", "other"}
    assert plural_categories("ru") == {"one", "few", "many", "other"}
    assert {"one", "other"} <= plural_categories("es")


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        (1, "Боль за последний 1 день"),
        (2, "Боль за последние 2 дня"),
        (5, "Боль за последние 5 дней"),
        (21, "Боль за последний 21 день"),
        (11, "Боль за последние 11 дней"),
        ("22", "Боль за последние 22 дня"),
        (2026, "Боль за последние 2026 дней"),
        (1000000, "Боль за последние 1000000 дней"),
    ],
)
def test_russian_days_take_the_cldr_form_and_keep_their_digits(
    days: int | str, expected: str
) -> None:
    texts = load_languages().catalogs["ru"].texts
    assert texts.render(TextKey.CHART_TITLE_WINDOW, days=days) == expected


def test_english_streak_says_one_day_and_two_days() -> None:
    texts = load_languages().english.texts
    assert texts.render(TextKey.NUDGE_STREAK, streak=1).startswith("🔥 Your streak: 1 day.")
    assert texts.render(TextKey.NUDGE_STREAK, streak=2).startswith("🔥 Your streak: 2 days.")
    assert texts.render(TextKey.NUDGE_STREAK, streak=1234).startswith("🔥 Your streak: 1234 days")


def test_an_exact_number_variant_wins_over_the_category() -> None:
    text = _russian_with(
        "chart-title-window",
        _title_window("[0] Пока без боли", *RUSSIAN_DAYS, "*[other] { $days } дня"),
    )
    texts = parse_texts(text, "languages/ru/texts.ftl", "ru")
    assert texts.render(TextKey.CHART_TITLE_WINDOW, days=0) == "Пока без боли"
    assert texts.render(TextKey.CHART_TITLE_WINDOW, days=10) == "10 дней"


@pytest.mark.parametrize(
    ("variants", "message"),
    [
        (
            (*RUSSIAN_DAYS[:2], "*[other] { $days } дня"),
            "select on $days: needs a variant for every plural category of 'ru': missing [many]",
        ),
        (
            (*RUSSIAN_DAYS, "[two] x", "*[other] { $days } дня"),
            "select on $days: [two] is not a plural category of 'ru'",
        ),
        (
            (*RUSSIAN_DAYS, "*[other] { $day } дня"),
            "placeholder { $day } is not allowed here (allowed: { $days })",
        ),
    ],
)
def test_a_broken_select_is_refused_naming_the_key(variants: tuple[str, ...], message: str) -> None:
    text = _russian_with("chart-title-window", _title_window(*variants))
    with pytest.raises(ContentError) as error:
        parse_texts(text, "languages/ru/texts.ftl", "ru")
    assert f"languages/ru/texts.ftl: chart-title-window: {message}" in str(error.value)


def test_a_select_on_a_value_the_text_does_not_get_is_refused() -> None:
    text = _russian_with(
        "chart-title-window", "chart-title-window = { $weeks ->\n   *[other] x\n}\n"
    )
    with pytest.raises(ContentError, match=r"placeholder \{ \$weeks \} is not allowed here"):
        parse_texts(text, "languages/ru/texts.ftl", "ru")
