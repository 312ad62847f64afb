"""Typed pain ratings: the usual ways of writing 0-10 read; off-scale numbers are told apart."""

from __future__ import annotations

import pytest

from bot.content import load_catalog
from bot.domain.typed_rating import OutOfRange, Rating, read_rating

ENGLISH = load_catalog().numbers

TABLE: list[tuple[str, Rating | OutOfRange | None]] = [
    ("5", Rating(5)),
    ("0", Rating(0)),
    ("10", Rating(10)),
    (" 7 ", Rating(7)),
    ("7.", Rating(7)),
    ("7!", Rating(7)),
    ("5/10", Rating(5)),
    ("5 / 10", Rating(5)),
    ("6 out of 10", Rating(6)),
    ("6 of 10", Rating(6)),
    ("eight out of ten", Rating(8)),
    ("five", Rating(5)),
    ("Five", Rating(5)),
    ("zero", Rating(0)),
    ("ten", Rating(10)),
    ("no pain", Rating(0)),
    ("none", Rating(0)),
    ("5️⃣", Rating(5)),
    ("5⃣", Rating(5)),
    ("0️⃣", Rating(0)),
    ("🔟", Rating(10)),
    ("about 6", Rating(6)),
    ("around 4", Rating(4)),
    ("maybe 3", Rating(3)),
    ("~6", Rating(6)),
    ("6ish", Rating(6)),
    ("a six", Rating(6)),
    ("about 6/10", Rating(6)),
    ("maybe a 4", Rating(4)),
    ("+3", Rating(3)),
    ("０８", Rating(8)),
    ("11", OutOfRange(11)),
    ("-1", OutOfRange(-1)),
    ("−1", OutOfRange(-1)),
    ("12/10", OutOfRange(12)),
    ("eleven", OutOfRange(11)),
    ("100", OutOfRange(100)),
    ("", None),
    ("hello", None),
    ("5.5", None),
    ("5 or 6", None),
    ("3/5", None),
    ("1000", None),
    ("bad", None),
    ("six" * 20, None),
]


@pytest.mark.parametrize(("text", "expected"), TABLE)
def test_typed_rating_table(text: str, expected: Rating | OutOfRange | None) -> None:
    assert read_rating(text, ENGLISH) == expected


def test_out_of_range_is_a_different_answer_from_not_a_rating() -> None:
    assert isinstance(read_rating("11", ENGLISH), OutOfRange)
    assert read_rating("eleventy", ENGLISH) is None


def test_the_table_has_at_least_thirty_inputs() -> None:
    assert len(TABLE) >= 30


GERMAN = {"null": 0, "fünf": 5, "zehn": 10}
RUSSIAN = {"ноль": 0, "пять": 5, "пяти": 5, "десять": 10}


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("Fünf", GERMAN, Rating(5)),
        ("fünf/10", GERMAN, Rating(5)),
        ("пять", RUSSIAN, Rating(5)),
        ("Пять.", RUSSIAN, Rating(5)),
        ("десять", RUSSIAN, Rating(10)),
        ("five", GERMAN, None),
        ("7", RUSSIAN, Rating(7)),
    ],
)
def test_typed_ratings_read_the_languages_words(
    text: str, words: dict[str, int], expected: Rating | None
) -> None:
    assert read_rating(text, words) == expected
