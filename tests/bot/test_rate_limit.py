"""The one rate limiter: Telegram's limits, with people's replies ahead of bulk nudges."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from bot.sending.rate_limit import Priority, PriorityRateLimiter


async def _send_through(
    limiter: PriorityRateLimiter,
    log: list[tuple[str, float]],
    name: str,
    chat_id: int,
    priority: Priority,
    endpoint: str = "sendMessage",
) -> None:
    """Push one fake request through the limiter and note when it went out."""

    async def callback() -> bool:
        log.append((name, time.monotonic()))
        return True

    data: dict[str, Any] = {"chat_id": chat_id}
    await limiter.process_request(callback, (), {}, endpoint, data, priority)


async def test_replies_overtake_a_queue_of_bulk_sends() -> None:
    limiter = PriorityRateLimiter(
        overall_per_second=20, per_chat_per_second=100, per_chat_burst=100
    )
    log: list[tuple[str, float]] = []
    bulk = [
        asyncio.create_task(_send_through(limiter, log, f"bulk{n}", 1000 + n, Priority.BULK))
        for n in range(40)
    ]
    await asyncio.sleep(0.2)
    await _send_through(limiter, log, "reply", 1, Priority.INTERACTIVE)
    await asyncio.gather(*bulk)
    order = [name for name, _ in log]
    assert order.index("reply") < 30


async def test_one_chat_gets_about_one_message_a_second_after_a_short_burst() -> None:
    limiter = PriorityRateLimiter(overall_per_second=1000, per_chat_per_second=10, per_chat_burst=2)
    log: list[tuple[str, float]] = []
    start = time.monotonic()
    for n in range(5):
        await _send_through(limiter, log, f"m{n}", 42, Priority.INTERACTIVE)
    elapsed = [round(at - start, 2) for _, at in log]
    assert elapsed[1] < 0.05
    assert elapsed[4] >= 0.25


async def test_zero_lifts_the_limits_and_non_sends_are_never_limited() -> None:
    unlimited = PriorityRateLimiter(overall_per_second=0)
    limited = PriorityRateLimiter(overall_per_second=1, per_chat_per_second=1, per_chat_burst=1)
    log: list[tuple[str, float]] = []
    start = time.monotonic()
    for n in range(50):
        await _send_through(unlimited, log, f"u{n}", 7, Priority.BULK)
        await _send_through(limited, log, f"a{n}", 7, Priority.INTERACTIVE, "answerCallbackQuery")
    assert time.monotonic() - start < 0.5
    assert len(log) == 100
