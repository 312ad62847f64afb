"""Nudges under Telegram's faults, downtime and competing dispatchers: never twice, never lost."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from db.engine import create_engine
from db.models import Nudge
from tests.support.dbcheck import fetch_all, user_row
from tests.support.fakes import FakeBotApi
from tests.support.flows import onboard
from tests.support.harness import FakeClock, running_bot
from tests.support.seeding import seed_users

BEFORE_NINE_BERLIN = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)
NINE_BERLIN = BEFORE_NINE_BERLIN + timedelta(hours=1)


async def statuses(database_url: str, user_id: int) -> list[str]:
    """Nudge statuses of a user, oldest first."""
    return [row.status for row in await fetch_all(database_url, Nudge, user_id=user_id)]


async def test_a_429_is_waited_out_and_the_same_nudge_sent_once(sqlite_url: str) -> None:
    clock = FakeClock(BEFORE_NINE_BERLIN)
    async with running_bot(sqlite_url, clock=clock) as bot:
        ada = bot.person(8001)
        await onboard(bot, ada)
        clock.advance(timedelta(hours=1))
        bot.api.fail_next(
            "sendMessage",
            error_code=429,
            description="Too Many Requests: retry after 1",
            retry_after=1,
            chat_id=ada.chat_id,
        )
        assert await bot.tick() == 1
        attempts = [c for c in bot.api.calls_of("sendMessage") if c.chat_id == ada.chat_id]
        assert [c.status for c in attempts[-2:]] == [429, 200]
    assert await statuses(sqlite_url, 8001) == ["sent"]


async def test_a_blocked_user_is_marked_and_never_nudged_again(database_url: str) -> None:
    clock = FakeClock(BEFORE_NINE_BERLIN)
    async with running_bot(database_url, clock=clock) as bot:
        ada = bot.person(8002)
        await onboard(bot, ada)
        bot.api.block_user(ada.chat_id)
        clock.advance(timedelta(hours=1))
        assert await bot.tick() == 0
        clock.advance(timedelta(days=1))
        assert await bot.tick() == 0
    user = await user_row(database_url, 8002)
    assert (user.blocked, user.next_nudge_at) == (True, None)
    assert await statuses(database_url, 8002) == ["blocked"]


async def test_a_5xx_or_garbage_answer_is_retried_later_and_sent_once(database_url: str) -> None:
    clock = FakeClock(BEFORE_NINE_BERLIN)
    async with running_bot(database_url, clock=clock) as bot:
        ada, bob = bot.person(8003), bot.person(8004, "Bob")
        await onboard(bot, ada)
        await onboard(bot, bob)
        clock.advance(timedelta(hours=1))
        bot.api.fail_next(
            "sendMessage", error_code=502, description="Bad Gateway", chat_id=ada.chat_id
        )
        bot.api.malformed_next("sendMessage")
        assert await bot.tick() == 0
        assert await statuses(database_url, 8003) == ["pending"]
        clock.advance(timedelta(seconds=31))
        assert await bot.tick() == 2
        clock.advance(timedelta(minutes=10))
        assert await bot.tick() == 0
    assert await statuses(database_url, 8003) == ["sent"]
    assert await statuses(database_url, 8004) == ["sent"]


async def test_a_timeout_after_the_request_left_is_not_resent(sqlite_url: str) -> None:
    clock = FakeClock(BEFORE_NINE_BERLIN)
    async with running_bot(sqlite_url, clock=clock) as bot:
        ada = bot.person(8005)
        await onboard(bot, ada)
        clock.advance(timedelta(hours=1))
        bot.api.timeout_next("sendMessage", processed=True)
        assert await bot.tick() == 0
        clock.advance(timedelta(minutes=30))
        assert await bot.tick() == 0
        delivered = [t for t in bot.api.texts_to(ada.chat_id) if "start a streak" in t]
        assert len(delivered) == 1
    assert await statuses(sqlite_url, 8005) == ["unknown"]


async def test_after_downtime_a_slightly_late_nudge_goes_out_and_a_stale_one_is_skipped(
    database_url: str,
) -> None:
    clock = FakeClock(BEFORE_NINE_BERLIN)
    async with running_bot(database_url, clock=clock) as bot:
        ada = bot.person(8006)
        await onboard(bot, ada)
    clock.advance(timedelta(hours=1, minutes=40))
    async with running_bot(database_url, clock=clock) as restarted:
        assert await restarted.tick() == 1
    clock.advance(timedelta(days=1, minutes=50))
    async with running_bot(database_url, clock=clock) as restarted_late:
        assert await restarted_late.tick() == 0
    user = await user_row(database_url, 8006)
    assert user.next_nudge_at == datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
    assert await statuses(database_url, 8006) == ["sent"]


async def _seed_due_users(database_url: str, count: int, due: datetime) -> None:
    """Users who finished onboarding and are due now, inserted in bulk (ids from 10,000)."""
    engine = create_engine(database_url)
    await seed_users(engine, count, due, first_id=10_000)
    await engine.dispose()


async def test_two_dispatchers_on_one_database_send_each_nudge_exactly_once(
    database_url: str,
) -> None:
    clock = FakeClock(NINE_BERLIN)
    api = FakeBotApi()
    async with (
        running_bot(database_url, clock=clock, api=api, nudge_batch_size=25) as first,
        running_bot(database_url, clock=clock, api=api, nudge_batch_size=25) as second,
    ):
        await _seed_due_users(database_url, 300, NINE_BERLIN - timedelta(minutes=1))
        sent = await asyncio.gather(first.tick(), second.tick(), first.tick(), second.tick())
    assert sum(sent) == 300
    chats = [c.chat_id for c in api.calls_of("sendMessage") if c.ok]
    assert sorted(chats) == list(range(10_000, 10_300))


async def test_a_crash_mid_fan_out_loses_only_the_requests_in_flight(database_url: str) -> None:
    clock = FakeClock(NINE_BERLIN)
    async with running_bot(database_url, clock=clock, nudge_batch_size=40) as crashed:
        await _seed_due_users(database_url, 100, NINE_BERLIN - timedelta(minutes=1))
        nudges = crashed.app.bot_data.services.reminders.nudges
        claimed = await nudges.claim()
        delivered, in_flight = claimed[:15], claimed[15:20]
        results = await crashed.app.bot_data.tick.nudges.send_all(crashed.app.bot, delivered)
        assert {r.outcome.value for r in results} == {"sent"}
        assert await nudges.start([job.nudge_id for job in in_flight]) == {
            job.nudge_id for job in in_flight
        }
        # The process dies here: 5 requests in flight, 20 claimed but never attempted.
    clock.advance(timedelta(minutes=11))
    api = FakeBotApi()
    async with running_bot(database_url, clock=clock, api=api, nudge_batch_size=40) as restarted:
        assert await restarted.tick() == 80
        assert await restarted.tick() == 0
    statuses_by_user = {row.user_id: row.status for row in await fetch_all(database_url, Nudge)}
    assert len(statuses_by_user) == 100
    unknown = {user for user, status in statuses_by_user.items() if status == "unknown"}
    assert unknown == {job.user_id for job in in_flight}
    assert sum(status == "sent" for status in statuses_by_user.values()) == 95
    resent = {c.chat_id for c in api.calls_of("sendMessage")} & {
        job.chat_id for job in claimed[:20]
    }
    assert resent == set()


async def test_a_claim_is_never_sent_after_its_lease_ran_out(database_url: str) -> None:
    clock = FakeClock(NINE_BERLIN)
    api = FakeBotApi()
    async with (
        running_bot(database_url, clock=clock, api=api, nudge_batch_size=10) as slow,
        running_bot(database_url, clock=clock, api=api, nudge_batch_size=10) as other,
    ):
        await _seed_due_users(database_url, 10, NINE_BERLIN - timedelta(minutes=1))
        stale = await slow.app.bot_data.services.reminders.nudges.claim()
        clock.advance(timedelta(minutes=3))  # past the 2-minute lease: pending again
        assert await other.tick() == 10
        results = await slow.app.bot_data.tick.nudges.send_all(slow.app.bot, stale)
    assert {r.outcome.value for r in results} == {"lost"}
    chats = sorted(c.chat_id for c in api.calls_of("sendMessage") if c.ok)
    assert chats == list(range(10_000, 10_010))
    assert {row.status for row in await fetch_all(database_url, Nudge)} == {"sent"}
