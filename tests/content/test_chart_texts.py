"""The /progress chart's words come from texts.ftl, checked at start like every text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.content import ContentError, load_catalog
from bot.domain.progress import Change, ProgressStats
from bot.domain.streaks import Streak
from bot.services.progress import ProgressReport
from bot.views.progress_view import ProgressView
from tests.content.editing import replace_once

MONTHS = "chart-months = Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"


def report(window_days: int | None, start: date) -> ProgressReport:
    stats = ProgressStats(
        sessions_this_week=0,
        sessions_this_month=0,
        average_relief=None,
        relief_sessions=0,
        relief_change=Change.NOT_ENOUGH_DATA,
        first_week_start=None,
        first_week_average=None,
        this_week_average=None,
        change=Change.NOT_ENOUGH_DATA,
    )
    return ProgressReport(
        window_days, start, date(2026, 11, 24), "UTC", stats, Streak(0, 0), (), (), True
    )


def test_titles_and_labels_are_the_content_words(content_copy: Path) -> None:
    replace_once(content_copy / "texts.ftl", "chart-before = Before", "chart-before = Vorher")
    view = ProgressView(load_catalog(content_copy))
    # Month names are Babel's (CLDR), in the catalog's language (issue 18).
    assert view.title(report(None, date(2026, 3, 5))) == "Pain since 5 Mar 2026"
    assert view.title(report(30, date(2026, 10, 26))) == "Pain, last 30 days"
    assert view.title(report(1, date(2026, 11, 24))) == "Pain, last 1 day"
    assert view.chart_labels.before == "Vorher"
    assert view.chart_labels.months[2] == "Mar"
    assert view.chart_labels.date_axis == "Date ({zone})"


def test_a_month_list_that_is_not_twelve_names_stops_start_up(content_copy: Path) -> None:
    replace_once(content_copy / "texts.ftl", MONTHS, MONTHS.replace(" Dec", ""))
    with pytest.raises(ContentError, match=r"content/texts\.ftl: chart-months: needs 12 names"):
        load_catalog(content_copy)
