"""Six weeks of regular sessions without a clear improvement are raised once, and only then."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from db.models import SafetyEvent
from tests.bot.test_progress import quick_session
from tests.support.dbcheck import fetch_all
from tests.support.flows import onboard
from tests.support.harness import FakeClock, running_bot

MONDAY = datetime(2026, 10, 5, 8, 0, tzinfo=UTC)


async def reasons_of(database_url: str, user_id: int) -> list[str]:
    """The recorded escalation reasons of one person, oldest first."""
    return [event.reason for event in await fetch_all(database_url, SafetyEvent, user_id=user_id)]


async def test_six_flat_weeks_are_raised_in_the_sixth_week_and_never_again(
    database_url: str,
) -> None:
    clock = FakeClock(MONDAY)
    async with running_bot(database_url, clock=clock) as bot:
        ada = bot.person(9911)
        await onboard(bot, ada)
        for week in range(5):
            clock.now = MONDAY + timedelta(weeks=week)
            await quick_session(bot, ada, 5, ("✅ Done", "✅ Done"), 5)
        assert await reasons_of(database_url, 9911) == []
        for week in (5, 6):
            clock.now = MONDAY + timedelta(weeks=week)
            await quick_session(bot, ada, 5, ("✅ Done", "✅ Done"), 5)
            assert await reasons_of(database_url, 9911) == ["no_improvement_6_weeks"]


async def test_a_clear_improvement_or_irregular_weeks_raise_nothing(database_url: str) -> None:
    clock = FakeClock(MONDAY)
    async with running_bot(database_url, clock=clock) as bot:
        better, irregular = bot.person(9912), bot.person(9913)
        for person in (better, irregular):
            await onboard(bot, person)
        # 7 falling to 5 is two points; the irregular person skips weeks 2 and 4.
        for week, score in enumerate((7, 7, 6, 6, 5, 5)):
            clock.now = MONDAY + timedelta(weeks=week)
            await quick_session(bot, better, score, ("✅ Done", "✅ Done"), score - 1)
            if week not in (2, 4):
                await quick_session(bot, irregular, 5, ("✅ Done", "✅ Done"), 5)
    assert await reasons_of(database_url, 9912) == []
    assert await reasons_of(database_url, 9913) == []
