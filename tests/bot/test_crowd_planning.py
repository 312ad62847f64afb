"""A crowded minute: late because of our own send rate is never skipped, and the order is fair.

The same lateness rule holds for the weekly summaries.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import update

from db.engine import create_engine
from db.models import Nudge, User
from tests.bot.test_nudge_faults import _seed_due_users
from tests.support.dbcheck import fetch_all
from tests.support.harness import BotHarness, FakeClock, running_bot

NINE_UTC = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


async def _send_one_chunk(bot: BotHarness) -> list[int]:
    """What a replica does between heartbeats: claim one chunk and send it; returns the chats."""
    jobs = await bot.app.bot_data.services.reminders.nudges.claim()
    await bot.app.bot_data.tick.nudges.send_all(bot.app.bot, jobs)
    return [job.chat_id for job in jobs]


async def _keep_ticking(bot: BotHarness, clock: FakeClock, minutes: int) -> None:
    """A busy scheduler beating every minute (its sends are elsewhere in the crowd)."""
    for _ in range(minutes):
        clock.advance(timedelta(minutes=1))
        await bot.app.bot_data.services.reminders.nudges.heartbeat()


async def test_a_crowd_sent_90_minutes_late_by_our_own_rate_is_sent_not_skipped(
    database_url: str,
) -> None:
    clock = FakeClock(NINE_UTC - timedelta(minutes=1))
    async with running_bot(database_url, clock=clock, nudge_batch_size=10) as bot:
        await _seed_due_users(database_url, 30, NINE_UTC)
        assert await bot.tick() == 0  # running before the crowd falls due
        await _keep_ticking(bot, clock, 1)
        first = await _send_one_chunk(bot)
        await _keep_ticking(bot, clock, 45)
        second = await _send_one_chunk(bot)
        await _keep_ticking(bot, clock, 45)
        assert await bot.tick() == 10  # the last ten, 91 minutes late
        delivered = [c.chat_id for c in bot.api.calls_of("sendMessage") if c.ok]
    assert len(first) == len(second) == 10
    assert sorted(delivered) == list(range(10_000, 10_030))
    rows = await fetch_all(database_url, Nudge)
    assert {row.status for row in rows} == {"sent"}
    assert len(rows) == 30


async def test_the_same_people_are_not_always_last_in_a_crowded_minute(sqlite_url: str) -> None:
    clock = FakeClock(NINE_UTC)
    async with running_bot(sqlite_url, clock=clock, nudge_batch_size=50) as bot:
        await _seed_due_users(sqlite_url, 200, NINE_UTC)
        monday_first = await _send_one_chunk(bot)
        assert await bot.tick() == 150
        clock.advance(timedelta(days=1))
        tuesday_first = await _send_one_chunk(bot)
    assert monday_first != sorted(monday_first)  # not simply by id
    assert len(set(monday_first) & set(tuesday_first)) < 30  # about 12 by chance alone


async def test_paid_broadcasts_are_flagged_so_when_opted_in(sqlite_url: str) -> None:
    clock = FakeClock(NINE_UTC)
    async with running_bot(sqlite_url, clock=clock, paid_broadcast=True) as bot:
        await _seed_due_users(sqlite_url, 3, NINE_UTC)
        assert await bot.tick() == 3
        flags = {c.params.get("allow_paid_broadcast") for c in bot.api.calls_of("sendMessage")}
    assert flags == {True}
    clock.advance(timedelta(days=1))
    async with running_bot(sqlite_url, clock=clock) as free:
        assert await free.tick() == 3
        flags = {c.params.get("allow_paid_broadcast") for c in free.api.calls_of("sendMessage")}
    assert flags == {None}


async def _weekly_due(database_url: str, due: datetime) -> None:
    """Every user's weekly summary falls due at `due`."""
    engine = create_engine(database_url)
    async with engine.begin() as connection:
        await connection.execute(update(User).values(next_weekly_at=due, weekly_summary=True))
    await engine.dispose()


async def test_weekly_summaries_late_by_a_busy_tick_are_sent_and_after_downtime_skipped(
    database_url: str,
) -> None:
    clock = FakeClock(NINE_UTC - timedelta(minutes=1))
    async with running_bot(database_url, clock=clock) as bot:
        await _seed_due_users(database_url, 5, NINE_UTC + timedelta(days=30))  # no nudge near
        await _weekly_due(database_url, NINE_UTC)
        await _keep_ticking(bot, clock, 91)  # the scheduler ran, busy with a crowd of nudges
        assert await bot.weekly_tick() == 5  # 90 minutes late by our own rate: sent
        next_week = NINE_UTC + timedelta(days=7)
        await _weekly_due(database_url, next_week)
        clock.now = next_week - timedelta(minutes=1)
        await _keep_ticking(bot, clock, 1)
        clock.advance(timedelta(minutes=90))  # nothing ran for 90 minutes: an outage
        assert await bot.tick() == 0  # its heartbeat notes the outage: skipped, not sent late
        assert await bot.weekly_tick() == 0
    rows = await fetch_all(database_url, Nudge, kind="weekly")
    assert [(row.local_date.isoformat(), row.status) for row in rows] == [
        ("2026-11-24", "sent")
    ] * 5
