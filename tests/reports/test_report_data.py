"""The figures a report derives from its data, checked against the hand-computed fixture."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from bot.domain.report import (
    Adherence,
    PainSession,
    PsfsActivity,
    PsfsScore,
    first_vs_last_week,
    psfs_mean_trend,
)
from bot.reports import samples
from bot.reports.pdf import report_filename


def test_the_four_week_fixture_gives_the_numbers_worked_out_by_hand() -> None:
    data = samples.four_weeks()
    assert data.days == 28
    assert data.sessions_per_week == 4.8
    assert [week.average for week in data.weekly_pain] == pytest.approx([6.0, 5.0, 13 / 3, 22 / 6])
    trend = data.pain_trend
    assert trend is not None
    assert (trend.before, trend.after) == (6.0, 3.7)
    assert trend.points == pytest.approx(2.3)
    assert trend.improved
    psfs = data.psfs_trend
    assert psfs is not None
    assert (psfs.first, psfs.last, psfs.points, psfs.improved) == (4.0, 6.0, 2.0, True)
    assert [a.change.meaningful for a in data.psfs if a.change] == [True, False, False]


@pytest.mark.parametrize(
    ("days", "done", "per_week"),
    [
        pytest.param(1, 1, 1.0, id="a one-day period counts as one week"),
        pytest.param(7, 5, 5.0, id="one week"),
        pytest.param(28, 19, 4.8, id="four weeks"),
        pytest.param(365, 300, 5.8, id="a year"),
    ],
)
def test_sessions_per_week(days: int, done: int, per_week: float) -> None:
    data = samples.four_weeks()
    start = data.end.fromordinal(data.end.toordinal() - days + 1)
    shorter = replace(data, start=start, adherence=Adherence(done, 0, 1))
    assert shorter.sessions_per_week == per_week


def test_one_rated_week_states_no_pain_change() -> None:
    one = samples.one_session()
    assert one.pain_trend is None
    assert first_vs_last_week(one.weekly_pain) is None


def test_unrated_weeks_between_are_skipped_for_the_pain_change() -> None:
    data = replace(
        samples.four_weeks(),
        pain=(PainSession(date(2026, 11, 9), 5, 4), PainSession(date(2026, 12, 1), 3, None)),
    )
    trend = data.pain_trend
    assert trend is not None
    assert (trend.before, trend.after, trend.meaningful) == (5.0, 3.0, True)


def test_the_psfs_mean_uses_activities_scored_twice_only() -> None:
    once = PsfsActivity("new one", (PsfsScore(date(2026, 12, 1), 1),))
    twice = PsfsActivity(
        "old one", (PsfsScore(date(2026, 11, 1), 2), PsfsScore(date(2026, 12, 1), 5))
    )
    change = psfs_mean_trend((once, twice))
    assert change is not None
    assert (change.first, change.last, change.meaningful) == (2.0, 5.0, True)
    assert psfs_mean_trend((once,)) is None


def test_bad_data_is_refused_where_it_is_built() -> None:
    with pytest.raises(ValueError, match="pain"):
        PainSession(date(2026, 1, 1), 11, None)
    with pytest.raises(ValueError, match="PSFS"):
        PsfsScore(date(2026, 1, 1), -1)
    with pytest.raises(ValueError, match="after"):
        replace(samples.four_weeks(), start=date(2027, 1, 1))


def test_the_file_name_says_the_period() -> None:
    assert report_filename(samples.four_weeks()) == (
        "backcoach-report-2026-11-09-to-2026-12-06.pdf"
    )
