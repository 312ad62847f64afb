"""Decimals in the reader's language (Babel/CLDR): a point in English, a comma elsewhere."""

from __future__ import annotations

import pytest

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
