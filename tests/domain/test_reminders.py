"""Table tests for planning the next nudge."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from bot.domain.nudge_days import WEEKDAYS, goal_mask
from bot.domain.reminders import PauseSpan, ReminderPlan, paused_days, plan_next_nudge
from bot.domain.weekly_goal import WeeklyGoal

BERLIN = ZoneInfo("Europe/Berlin")
# Tuesday 2026-11-24, 07:00 UTC = 08:00 in Berlin.
NOW = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("plan", "expected"),
    [
        (ReminderPlan(time(9, 0), BERLIN), datetime(2026, 11, 24, 8, 0, tzinfo=UTC)),
        (ReminderPlan(time(7, 30), BERLIN), datetime(2026, 11, 25, 6, 30, tzinfo=UTC)),
        (ReminderPlan(time(9, 0), BERLIN, enabled=False), None),
        (ReminderPlan(time(9, 0), BERLIN, blocked=True), None),
        (
            ReminderPlan(time(9, 0), BERLIN, done_on=date(2026, 11, 24)),
            datetime(2026, 11, 25, 8, 0, tzinfo=UTC),
        ),
        (
            ReminderPlan(
                time(9, 0), BERLIN, pauses=(PauseSpan(date(2026, 11, 24), date(2026, 11, 26)),)
            ),
            datetime(2026, 11, 27, 8, 0, tzinfo=UTC),
        ),
        (ReminderPlan(time(9, 0), BERLIN, pauses=(PauseSpan(date(2026, 11, 20)),)), None),
        (
            ReminderPlan(
                time(9, 0), BERLIN, pauses=(PauseSpan(date(2026, 11, 1), date(2026, 11, 2)),)
            ),
            datetime(2026, 11, 24, 8, 0, tzinfo=UTC),
        ),
        (
            ReminderPlan(
                time(9, 0),
                BERLIN,
                days=WEEKDAYS,
                pauses=(PauseSpan(date(2026, 11, 24), date(2026, 11, 27)),),
            ),
            datetime(2026, 11, 30, 8, 0, tzinfo=UTC),
        ),
        # A 3-day goal nudges on Monday, Wednesday and Friday: Tuesday 24 Nov -> Wednesday.
        (
            ReminderPlan(time(9, 0), BERLIN, days=goal_mask(WeeklyGoal.THREE)),
            datetime(2026, 11, 25, 8, 0, tzinfo=UTC),
        ),
        # Done on Wednesday too: the next goal day is Friday.
        (
            ReminderPlan(
                time(9, 0), BERLIN, days=goal_mask(WeeklyGoal.THREE), done_on=date(2026, 11, 25)
            ),
            datetime(2026, 11, 27, 8, 0, tzinfo=UTC),
        ),
    ],
    ids=[
        "later-today",
        "tomorrow-when-today-passed",
        "off",
        "blocked",
        "done-today-skips-today",
        "paused-three-days",
        "paused-indefinitely",
        "old-pause-ignored",
        "pause-then-weekend",
        "three-day-goal-skips-tuesday",
        "three-day-goal-done-is-another-day",
    ],
)
def test_the_next_nudge_respects_every_rule(plan: ReminderPlan, expected: datetime | None) -> None:
    assert plan_next_nudge(plan, NOW) == expected


def test_paused_days_expand_to_today_for_an_open_pause() -> None:
    days = paused_days(
        (PauseSpan(date(2026, 11, 22)), PauseSpan(date(2026, 11, 1), date(2026, 11, 2))),
        date(2026, 11, 24),
    )
    assert days == {
        date(2026, 11, 1),
        date(2026, 11, 2),
        date(2026, 11, 22),
        date(2026, 11, 23),
        date(2026, 11, 24),
    }
