"""The /progress and weekly captions say the numbers and the rule behind "a clear change"."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bot.content import Catalog, load_catalog
from bot.domain.progress import SessionPoint, progress_stats
from bot.domain.streaks import Streak
from bot.services.progress import ProgressReport
from bot.views.progress_view import ProgressView

FIRST_MONDAY = date(2026, 4, 27)
TODAY = date(2026, 5, 20)  # a Wednesday, four weeks later
RULE = "it takes 2 points, or 30% and at least 1 point"


@pytest.fixture(scope="module")
def view() -> ProgressView:
    """The view over the real content."""
    catalog: Catalog = load_catalog()
    return ProgressView(catalog)


def report_of(first_week: list[int], this_week: list[int]) -> ProgressReport:
    """A report whose first week and this week hold these before-ratings, one a day."""
    points = [
        *(
            SessionPoint(FIRST_MONDAY + timedelta(days=i), before=s)
            for i, s in enumerate(first_week)
        ),
        *(
            SessionPoint(date(2026, 5, 18) + timedelta(days=i), before=s)
            for i, s in enumerate(this_week)
        ),
    ]
    return ProgressReport(
        window_days=30,
        start=TODAY - timedelta(days=29),
        today=TODAY,
        timezone="UTC",
        stats=progress_stats(points, TODAY),
        streak=Streak(3, 5),
        series=(),
        weekly=(),
        tracks_pain=True,
    )


@pytest.mark.parametrize(
    ("first_week", "this_week", "expected"),
    [
        pytest.param(
            [6, 6, 5, 6, 6],
            [4, 3, 3, 4],
            "✅ Your average pain is down 2.3 points (40%) since your first week, "
            f"from 5.8 to 3.5. That's a clear improvement ({RULE}). Well done!",
            id="two points down",
        ),
        pytest.param(
            [3, 3],
            [2, 2],
            f"✅ Your average pain is down 1.0 points (33%) since your first week, "
            f"from 3.0 to 2.0. That's a clear improvement ({RULE}). Well done!",
            id="one point and a third down",
        ),
        pytest.param(
            [5],
            [4, 4],
            f"Your average pain was 5.0 in your first week and is 4.0 this week, 1.0 points "
            f"apart. That's not a clear change yet: {RULE}.",
            id="one point of five is no clear change",
        ),
        pytest.param(
            [2, 2],
            [3, 2, 3, 3, 2],
            f"Your average pain was 2.0 in your first week and is 2.6 this week, 0.6 points "
            f"apart. That's not a clear change yet: {RULE}.",
            id="2.0 to 2.6 is no clear change",
        ),
        pytest.param(
            [3],
            [5],
            "⚠️ Your average pain is up 2.0 points since your first week, from 3.0 to 5.0. "
            "Pain often goes up and down, but if it stays up or keeps rising, please see a "
            "doctor or physiotherapist.",
            id="two points up",
        ),
        pytest.param(
            [0],
            [2],
            "⚠️ Your average pain is up 2.0 points since your first week, from 0.0 to 2.0. "
            "Pain often goes up and down, but if it stays up or keeps rising, please see a "
            "doctor or physiotherapist.",
            id="up from zero",
        ),
        pytest.param(
            [4],
            [],
            "I'll compare this week's average pain with your first week's once both weeks "
            "have ratings.",
            id="nothing rated this week",
        ),
    ],
)
def test_the_caption_states_both_averages_the_difference_and_the_rule(
    view: ProgressView, first_week: list[int], this_week: list[int], expected: str
) -> None:
    report = report_of(first_week, this_week)
    assert view.caption(report).endswith(expected)
    assert view.weekly_caption(report).endswith(expected)
