"""Escalation reads only the weeks it judges; old history neither costs nor changes anything."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from db.engine import create_engine, create_session_factory
from db.models import SafetyEvent
from db.uow import SqlUnitOfWorkFactory
from tests.bot.test_progress import quick_session
from tests.support.dbcheck import fetch_all
from tests.support.flows import onboard
from tests.support.harness import FakeClock, running_bot

MONDAY = datetime(2026, 10, 5, 8, 0, tzinfo=UTC)


async def test_rated_sessions_since_a_date_and_the_trend_still_escalates(
    database_url: str,
) -> None:
    clock = FakeClock(MONDAY)
    async with running_bot(database_url, clock=clock) as bot:
        ada = bot.person(9901)
        await onboard(bot, ada)
        # Weeks ago: high pain that has nothing to do with the recent trend.
        await quick_session(bot, ada, 9, ("✅ Done", "✅ Done"), 9)
        # Three rising weeks, ending this week: 2, then 4, then 6.
        for weeks_later, before in ((5, 2), (6, 4), (7, 6)):
            clock.now = MONDAY + timedelta(weeks=weeks_later)
            await quick_session(bot, ada, before, ("✅ Done", "✅ Done"), before)
        assert "gone up by 1 point or more over two weeks" in bot.last_text(ada)
    engine = create_engine(database_url)
    async with SqlUnitOfWorkFactory(create_session_factory(engine))() as uow:
        on_or_after_10th = await uow.history.rated(9901, since=date(2026, 11, 10))
        on_or_after_9th = await uow.history.rated(9901, since=date(2026, 11, 9))
        recent = [(s.local_date, s.before, s.after) for s in on_or_after_10th]
        inclusive = [(s.local_date, s.before, s.after) for s in on_or_after_9th]
        every = len(await uow.history.rated(9901))
    await engine.dispose()
    assert recent == [(date(2026, 11, 23), 6, 6), (date(2026, 11, 16), 4, 4)]
    assert inclusive == [*recent, (date(2026, 11, 9), 2, 2)]
    assert every == 4
    events = await fetch_all(database_url, SafetyEvent, user_id=9901)
    assert sorted(event.reason for event in events) == ["high_after", "rising_weekly_trend"]
