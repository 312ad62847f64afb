"""Weekly summaries: retried as summaries, once, after a failure or shutdown; ticked with nudges."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from db.models import Nudge
from tests.support.dbcheck import fetch_all
from tests.support.fakes.faults import Fault
from tests.support.flows import onboard
from tests.support.harness import FakeClock, running_bot

SUNDAY_EVENING_BERLIN = datetime(2026, 11, 29, 18, 0, tzinfo=UTC)


async def weekly_rows(database_url: str, user_id: int) -> list[tuple[str, int]]:
    rows = await fetch_all(database_url, Nudge, user_id=user_id, kind="weekly")
    return [(row.status, row.attempts) for row in rows]


async def test_a_failed_summary_is_retried_as_a_summary_not_as_a_nudge(database_url: str) -> None:
    clock = FakeClock(SUNDAY_EVENING_BERLIN - timedelta(days=1))
    async with running_bot(database_url, clock=clock) as bot:
        ada = bot.person(9811)
        await onboard(bot, ada, zone="Europe/Berlin", remind="off")
        clock.now = SUNDAY_EVENING_BERLIN
        bot.api.faults.add(Fault("error", "*", error_code=502, description="Bad Gateway"))
        assert await bot.weekly_tick() == 0
        assert await weekly_rows(database_url, 9811) == [("pending", 1)]
        clock.advance(timedelta(minutes=1))
        before = len(bot.api.messages_to(ada.chat_id))
        assert await bot.tick() == 0, "the daily nudge job must not take a weekly retry"
        assert len(bot.api.messages_to(ada.chat_id)) == before
        assert await bot.weekly_tick() == 1
        assert await bot.weekly_tick() == 0
        summary = bot.api.messages_to(ada.chat_id)[-1]
        assert "Your week" in (summary.text or summary.caption or "")
    assert await weekly_rows(database_url, 9811) == [("sent", 2)]


async def test_a_summary_cut_off_by_shutdown_is_released_and_sent_later(
    database_url: str,
) -> None:
    clock = FakeClock(SUNDAY_EVENING_BERLIN - timedelta(days=1))
    async with running_bot(database_url, clock=clock) as bot:
        ada = bot.person(9812)
        await onboard(bot, ada, zone="Europe/Berlin", remind="off")
        clock.now = SUNDAY_EVENING_BERLIN
        answers = iter([True, False])  # running when claiming, stopping before the send

        def keep_going() -> bool:
            return next(answers, False)

        dispatcher = bot.app.bot_data.tick.summaries
        assert await dispatcher.tick(bot.app.bot, keep_going=keep_going) == 0
        assert await weekly_rows(database_url, 9812) == [("pending", 0)]
        assert await bot.weekly_tick() == 1
    assert await weekly_rows(database_url, 9812) == [("sent", 1)]


async def test_one_tick_sends_the_due_nudge_and_the_due_summary(sqlite_url: str) -> None:
    clock = FakeClock(SUNDAY_EVENING_BERLIN - timedelta(hours=6))
    async with running_bot(sqlite_url, clock=clock, nudge_max_late_minutes=120) as bot:
        ada = bot.person(9813)
        await onboard(bot, ada, zone="Europe/Berlin", remind="20:00")
        clock.now = SUNDAY_EVENING_BERLIN + timedelta(hours=1, minutes=1)  # 20:01 in Berlin
        before = len(bot.api.messages_to(ada.chat_id))
        assert await bot.app.bot_data.tick.send_due(bot.app.bot) == 2
        assert await bot.app.bot_data.tick.send_due(bot.app.bot) == 0
        arrived = bot.api.messages_to(ada.chat_id)[before:]
        assert len(arrived) == 2
        assert "Your week" in (arrived[-1].text or arrived[-1].caption or "")
