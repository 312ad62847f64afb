"""The report's dose words from the real content, and the dose change rows a clinician reads."""

from __future__ import annotations

from datetime import date

from bot.content import load_catalog
from bot.domain.progression import Reason
from bot.domain.report import DoseChange
from bot.reports.tables import dose_change_rows
from bot.reports.words import report_words
from bot.services.progression_service import RESET_REASON


def test_every_ladder_step_and_every_reason_has_words() -> None:
    catalog = load_catalog()
    words = report_words(catalog)
    chair = words.exercises["chair_rotation"]
    assert (chair.at(0), chair.at(1)) == (
        "hold 20 s each side, 2–3 times",
        "hold 30 s each side, 2–3 times",
    )
    assert all(
        len(words.exercises[e].levels) == len(catalog.exercises[e].level) for e in catalog.exercises
    )
    assert words.reasons == {
        Reason.EASY_SESSIONS.value: "three easy sessions",
        Reason.HARD_TWICE.value: "hard twice in a row",
        Reason.HURT.value: "it hurt",
        RESET_REASON: "the person reset all doses to the start",
    }


def test_a_change_says_which_way_and_why_and_an_unknown_reason_only_which_way() -> None:
    texts = load_catalog().texts
    day = date(2026, 11, 25)
    rows, widths, _ = dose_change_rows(
        (
            DoseChange(day, "Chair Rotation", "20 s", "30 s", True, "three easy sessions"),
            DoseChange(day, "Wall Angels", "12 reps", "10 reps", False, ""),
        ),
        texts,
    )
    assert rows == [
        ["Date", "Exercise", "From", "To", "Why"],
        ["25/11/2026", "Chair Rotation", "20 s", "30 s", "Raised: three easy sessions"],
        ["25/11/2026", "Wall Angels", "12 reps", "10 reps", "Lowered"],
    ]
    assert sum(widths) == 180
