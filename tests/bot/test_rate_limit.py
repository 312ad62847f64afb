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
    assert elapsed[1] < 0.09  # the burst: no wait (a third message waits 0.1 s at 10 a second)
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


async def _paid(limiter: PriorityRateLimiter, log: list[tuple[str, float]], n: int) -> None:
    """One bulk send flagged as a paid broadcast, as DailyNudges sends with PAID_BROADCAST."""

    async def callback() -> bool:
        log.append((f"paid{n}", time.monotonic()))
        return True

    data: dict[str, Any] = {"chat_id": 5000 + n, "allow_paid_broadcast": True}
    await limiter.process_request(callback, (), {}, "sendMessage", data, Priority.BULK)


async def test_paid_broadcasts_follow_the_paid_rate_and_free_sends_the_free_one() -> None:
    limiter = PriorityRateLimiter(overall_per_second=10, paid_per_second=1000)
    log: list[tuple[str, float]] = []
    start = time.monotonic()
    await asyncio.gather(*(_paid(limiter, log, n) for n in range(100)))
    paid_took = time.monotonic() - start
    free = [_send_through(limiter, log, f"free{n}", 7000 + n, Priority.BULK) for n in range(20)]
    start = time.monotonic()
    await asyncio.gather(*free)
    free_took = time.monotonic() - start
    assert paid_took < 0.5  # 100 at 10/s would take 9 s
    assert free_took >= 0.9  # 10 in the bucket, 10 more at 10/s


async def test_a_crowd_of_bulk_sends_goes_out_in_the_order_it_queued() -> None:
    limiter = PriorityRateLimiter(overall_per_second=50, per_chat_per_second=100)
    log: list[tuple[str, float]] = []
    crowd = [_send_through(limiter, log, f"n{n}", 9000 + n, Priority.BULK) for n in range(120)]
    await asyncio.gather(*crowd)
    assert [name for name, _ in log] == [f"n{n}" for n in range(120)]


async def test_an_admitted_send_takes_no_second_slot() -> None:
    limiter = PriorityRateLimiter(overall_per_second=1, per_chat_per_second=100, per_chat_burst=9)
    log: list[tuple[str, float]] = []
    start = time.monotonic()
    await limiter.admit(1, Priority.BULK)
    await _send_through(limiter, log, "admitted", 1, Priority.ADMITTED)
    assert time.monotonic() - start < 0.5  # a second slot would wait a whole second
