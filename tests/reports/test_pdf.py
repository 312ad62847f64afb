"""The rendered report, read back with poppler: valid, 2 pages, and saying the right numbers."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bot.content import Texts, load_catalog
from bot.domain.report import PainSession, ReportData
from bot.reports import samples
from bot.reports.pdf import render_report
from tests.reports.poppler import page_count, pdf_text, raster_images


@pytest.fixture(scope="module")
def texts() -> Texts:
    return load_catalog().texts


def rendered(data: ReportData, texts: Texts, tmp_path: Path) -> tuple[bytes, str]:
    """The PDF bytes and their extracted text."""
    pdf = render_report(data, texts)
    assert pdf.startswith(b"%PDF-")
    assert pdf.rstrip().endswith(b"%%EOF")
    return pdf, pdf_text(pdf, tmp_path)


def test_the_four_week_report_states_the_hand_computed_numbers(
    texts: Texts, tmp_path: Path
) -> None:
    data = samples.four_weeks()
    pdf, text = rendered(data, texts, tmp_path)
    assert page_count(pdf, tmp_path) == 2
    # The chart and the calendar are vector drawings: no bitmap anywhere, so print stays sharp.
    assert raster_images(pdf, tmp_path) == 0
    assert "Self-reported data from an exercise coach, not a medical record." in text
    assert "Name: Zoë" in text
    assert "Period: 9 Nov 2026 to 6 Dec 2026 (number of days: 28)" in text
    assert "Sessions done: 19 (quick sessions among them: 2), 4.8 per week." in text
    assert "Longest streak (days in a row): 6." in text
    assert "from 6.0 in the first week to 3.7 in the last week: 2.3 points (38%)" in text
    assert "That is a meaningful improvement by the rule used here" in text
    assert (
        "Mean score went up from 4.0 to 6.0: 2.0 points. That is a meaningful improvement" in text
    )
    assert "Sitting at my desk for an hour 4 5 7 +3 (meaningful)" in text
    assert "Sleeping on my side 5 5 6 +1" in text


def test_every_exercise_appears_with_its_counts(texts: Texts, tmp_path: Path) -> None:
    data = samples.four_weeks()
    _, text = rendered(data, texts, tmp_path)
    for row in data.exercises:
        assert row.name in text
    # Name, dose, done, skipped, hurt mild / strong / sharp / urgent, gentler.
    assert "Wall Angels gentler: 1 set × 10 slow reps 14 1 2 0 1 0 4" in text
    assert "Arm Reach Above the Head (dropped) about 2 min in all 12 2 0 1 0 0 0" in text


def test_safety_events_are_listed_with_dates(texts: Texts, tmp_path: Path) -> None:
    _, text = rendered(samples.four_weeks(), texts, tmp_path)
    assert "20/11/2026 Safety stop Sharp pain in Wall Angels" in text
    assert "20/11/2026 Typed symptom (kind) Dizzy or faint: see a professional" in text
    assert "09/11/2026 Red-flag answer" in text


def test_without_pain_tracking_the_report_says_so(texts: Texts, tmp_path: Path) -> None:
    data = samples.no_tracking()
    pdf, text = rendered(data, texts, tmp_path)
    assert page_count(pdf, tmp_path) == 2
    assert "Pain is not tracked" in text
    assert "Weekly average pain" not in text
    assert "Sessions done: 19" in text
    assert "No function checks in this period." in text
    for row in data.exercises:
        assert row.name in text


def test_one_session_gives_a_short_honest_report(texts: Texts, tmp_path: Path) -> None:
    data = samples.one_session()
    pdf, text = rendered(data, texts, tmp_path)
    assert page_count(pdf, tmp_path) == 2
    assert "Name: Ольга Петрова" in text
    assert "Period: 6 Dec 2026 to 6 Dec 2026 (number of days: 1)" in text
    assert "Sessions done: 1 (quick sessions among them: 0), 1.0 per week." in text
    assert "Fewer than two weeks have pain ratings, so no change is stated." in text
    assert "Only one check so far, so no change is stated." in text
    assert "Сидеть за столом час" in text
    assert "No safety events in this period." in text
    for row in data.exercises:
        assert row.name in text


def test_a_year_still_fits_on_two_to_four_pages(texts: Texts, tmp_path: Path) -> None:
    data = samples.one_year()
    pdf, text = rendered(data, texts, tmp_path)
    assert 2 <= page_count(pdf, tmp_path) <= 4
    assert "Period: 7 Dec 2025 to 6 Dec 2026" in text


def test_ratings_without_any_value_say_there_are_none(texts: Texts, tmp_path: Path) -> None:
    data = replace(samples.four_weeks(), pain=(PainSession(samples.START, None, None),))
    _, text = rendered(data, texts, tmp_path)
    assert "No pain ratings in this period." in text
