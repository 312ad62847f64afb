"""Encouragement that is earned (issue 17), and weeks in a row with the goal met (issue 20)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.bot.growth_flows import DONE, quick
from tests.support.flows import onboard
from tests.support.harness import FakeClock, running_bot

DAY = timedelta(days=1)
MONDAY = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
SKIP = "⏭ Skip"


@pytest.mark.parametrize(
    ("before", "after", "taps", "first_line"),
    [
        (6, 3, (DONE, DONE), "Nice work: all 2 done, and your pain went from 6 to 3."),
        (5, 4, (DONE, DONE), "Nice work: all 2 done."),  # 1 point of 5: not a clear change
        (3, 2, (DONE, SKIP), "Nice work: 1 of 2 done, and your pain went from 3 to 2."),
        (4, 4, (SKIP, SKIP), "Thanks for checking in today."),
        (4, 5, (DONE, DONE), "Nice work: all 2 done."),  # a rise is never praise
    ],
)
async def test_the_summary_names_what_happened_before_the_figures(
    sqlite_url: str, before: int, after: int, taps: tuple[str, ...], first_line: str
) -> None:
    async with running_bot(sqlite_url) as bot:
        ada = bot.person(22001)
        await onboard(bot, ada)
        summary = await quick(bot, ada, before=before, after=after, taps=taps)
        assert summary.split("\n")[0] == first_line
        assert summary.index(first_line) < summary.index("✅ Done:"), "words before figures"


async def test_milestones_at_3_and_7_days_once_and_welcome_back_after_a_break(
    database_url: str,
) -> None:
    clock = FakeClock(MONDAY)
    async with running_bot(database_url, clock=clock) as bot:
        ada = bot.person(22002)
        await onboard(bot, ada, consent=False)
        told = {}
        for day in range(1, 8):
            told[day] = [line for line in (await quick(bot, ada)).split("\n") if "🎉" in line]
            if day == 3:
                assert "🎉" not in await quick(bot, ada), "a second session the same day"
            clock.advance(DAY)
        assert told == {
            1: [],
            2: [],
            3: ["🎉 3 days in a row: the habit is taking shape."],
            4: [],
            5: [],
            6: [],
            7: ["🎉 A whole week in a row. This is how change happens."],
        }
        clock.advance(3 * DAY)
        summary = await quick(bot, ada)
        assert "👋 Welcome back; streaks can restart, progress stays." in summary
        assert "🔥 Day streak: 1 (best: 7)" in summary


async def test_a_paused_day_breaks_neither_streak_nor_welcome(database_url: str) -> None:
    clock = FakeClock(MONDAY)
    async with running_bot(database_url, clock=clock) as bot:
        ada = bot.person(22003)
        await onboard(bot, ada, consent=False)
        await quick(bot, ada)
        clock.advance(DAY)
        await quick(bot, ada)
        clock.advance(DAY)
        await bot.send(ada.command("/pause 3"))
        clock.advance(3 * DAY)
        summary = await quick(bot, ada)
        assert "🎉 3 days in a row" in summary
        assert "Welcome back" not in summary
        assert "🔥 Day streak: 3" in summary


async def test_weeks_in_a_row_with_the_goal_met_in_the_summary_and_progress(
    database_url: str,
) -> None:
    clock = FakeClock(MONDAY)
    async with running_bot(database_url, clock=clock) as bot:
        ada = bot.person(22004)
        await onboard(bot, ada, consent=False, goal=5)
        lines, summaries = [], []
        for _week in range(2):
            for _weekday in range(5):
                summary = await quick(bot, ada)
                lines.append(next(line for line in summary.split("\n") if "📅" in line))
                summaries.append(summary)
                clock.advance(DAY)
            clock.advance(2 * DAY)
        week = "📅 Weeks in a row with your goal met:"
        assert lines[0] == f"{week} 0 · this week 1 of 5 days"
        assert lines[4] == f"{week} 1 · this week 5 of 5 days"
        assert lines[5] == f"{week} 1 · this week 1 of 5 days", "rest days broke nothing"
        assert lines[9] == f"{week} 2 · this week 5 of 5 days"
        forgiving = "Rest days and paused days never break your weekly streak."
        assert "🔥 Day streak: 6 (best: 6)" in summaries[5], "the weekend is rest, not a miss"
        assert forgiving in summaries[5], "said on the first session after rest days"
        assert forgiving not in summaries[9], "no rest since the last session"
        clock.advance(DAY)  # Monday, a goal day, missed
        missed = await quick(bot, ada)
        assert "🔥 Day streak: 1 (best: 10)" in missed, "a missed goal day breaks the day streak"
        assert f"{week} 2 · this week 1 of 5 days" in missed, "the weeks hold until Sunday"
        assert forgiving not in missed, "a missed day is no rest day"
        await bot.send(ada.command("/progress"))
        assert f"{week} 2 (goal: 5 days a week)" in bot.last_text(ada)
