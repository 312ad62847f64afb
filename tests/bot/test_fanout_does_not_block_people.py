"""A large fan-out never makes a person wait: their reply goes ahead of the queued nudges."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from tests.bot.test_nudge_faults import _seed_due_users
from tests.support.harness import FakeClock, running_bot

NINE_UTC = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
USERS = 150


async def test_a_reply_overtakes_a_throttled_fan_out(sqlite_url: str) -> None:
    clock = FakeClock(NINE_UTC - timedelta(hours=3))
    # The fan-out keeps up to 64 sends waiting in the rate limiter (its concurrency), so a reply
    # queued behind them comes dozens of sends later (39 with replies made bulk on purpose); one
    # that overtakes comes next, or a few sends later on a busy machine (at 50 a second, a
    # quarter of a second is 12 sends).
    async with running_bot(sqlite_url, clock=clock, rate_limit_per_second=50) as bot:
        ada = bot.person(9501)
        await _seed_due_users(sqlite_url, USERS, NINE_UTC - timedelta(minutes=1))
        clock.now = NINE_UTC
        fan_out = asyncio.create_task(bot.tick())
        await asyncio.sleep(0.3)
        nudges_before = len(bot.api.calls_of("sendMessage"))
        await bot.send(ada.command("/help"))
        help_sent_at = next(
            i
            for i, c in enumerate(bot.api.calls_of("sendMessage"))
            if c.chat_id == ada.chat_id and "/quick" in str(c.params.get("text"))
        )
        assert not fan_out.done()
        sent = await fan_out
    assert sent == USERS
    assert help_sent_at - nudges_before < 32
