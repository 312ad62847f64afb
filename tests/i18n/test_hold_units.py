"""A hold's unit words are the reader's: "20 s", "20 Sek.", "20 сек", never English in Russian."""

from __future__ import annotations

import pytest

from bot.content.languages import load_languages
from bot.content.models import HoldUnits, format_hold


@pytest.mark.parametrize(
    ("code", "twenty", "two_minutes"),
    [("en", "20 s", "2 min"), ("es", "20 s", "2 min"), ("de", "20 Sek.", "2 Min."),
     ("ru", "20 сек", "2 мин")],
)  # fmt: skip
def test_holds_read_in_each_language(code: str, twenty: str, two_minutes: str) -> None:
    catalog = load_languages().catalogs[code]
    chair = catalog.exercises["chair_rotation"]
    assert twenty in chair.dose_text(catalog.hold_units)
    assert twenty in catalog.exercise_message(chair, 1, 2)
    assert format_hold(120, None, catalog.hold_units) == two_minutes


def test_a_range_and_the_english_default() -> None:
    assert format_hold(30, 20) == "20–30 s"
    assert format_hold(30, 20, HoldUnits("сек", "мин")) == "20–30 сек"
