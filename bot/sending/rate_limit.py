"""One rate limiter for all sends: Telegram's limits, and people's replies ahead of bulk nudges."""

from __future__ import annotations

import asyncio
import logging
import warnings
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter
from telegram.warnings import PTBDeprecationWarning

logger = logging.getLogger(__name__)

JSONDict = dict[str, Any]
SENDS = frozenset(
    {
        "sendMessage",
        "sendPhoto",
        "sendAnimation",
        "sendDocument",
        "sendVideo",
        "copyMessage",
        "forwardMessage",
        "sendMediaGroup",
    }
)


class Priority(IntEnum):
    """Replies to a user's own action go first; nudges and summaries wait."""

    INTERACTIVE = 0
    BULK = 1
    # A bulk send whose slot was already taken with `admit` (so that its nudge could be marked
    # 'sending' just before the request): its first try takes no second slot.
    ADMITTED = 2


@dataclass
class TokenBucket:
    """Refills `rate` tokens a second up to `capacity`."""

    rate: float
    capacity: float
    tokens: float
    updated: float

    def take(self, now: float) -> float:
        """Take one token; return 0, or how long to wait before trying again."""
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now
        if self.tokens >= 1 - 1e-9:  # a refill that lands just short of 1 by rounding counts
            self.tokens = max(self.tokens - 1, 0.0)
            return 0.0
        return (1 - self.tokens) / self.rate


class PriorityRateLimiter(BaseRateLimiter[Priority]):
    """30 messages/s overall and about 1/s per chat (small bursts allowed); 0 lifts the limits.

    With `paid_per_second` set, requests carrying `allow_paid_broadcast` (Telegram's paid
    broadcasts, up to 1000/s) take their slots from a bucket of that rate instead. Bulk sends
    wait in one first-come queue, so a crowd goes out in the order it was planned and only the
    head of the queue watches the bucket.
    """

    def __init__(
        self,
        overall_per_second: float = 30.0,
        per_chat_per_second: float = 1.0,
        per_chat_burst: int = 3,
        max_retries: int = 3,
        paid_per_second: float = 0.0,
    ) -> None:
        self._unlimited = overall_per_second <= 0
        self._overall = _bucket(overall_per_second)
        self._paid = _bucket(paid_per_second) if paid_per_second > 0 else None
        self._bulk_queue = asyncio.Lock()
        self._per_chat_rate = per_chat_per_second
        self._per_chat_burst = per_chat_burst
        self._chats: dict[int, TokenBucket] = {}
        self._interactive_waiting = 0
        self._max_retries = max_retries

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to tear down."""

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | JSONDict | list[JSONDict]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: Priority | None,
    ) -> bool | JSONDict | list[JSONDict]:
        """Wait for a slot, send, and on 429 wait `retry_after` and send the same request again."""
        priority = rate_limit_args if rate_limit_args is not None else Priority.INTERACTIVE
        limited = endpoint in SENDS
        paid = data.get("allow_paid_broadcast") is True
        for attempt in range(self._max_retries + 1):
            if limited and not (priority is Priority.ADMITTED and attempt == 0):
                await self.admit(_chat_of(data), priority, paid=paid)
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as error:
                if attempt == self._max_retries:
                    raise
                seconds = _retry_after_seconds(error)
                logger.warning("429 from Telegram endpoint=%s retry_after=%s", endpoint, seconds)
                await asyncio.sleep(seconds)
        raise AssertionError("unreachable")  # pragma: no cover

    def rate(self, *, paid: bool = False) -> float:
        """Messages a second that bulk sends get (0: unlimited)."""
        if self._unlimited:
            return 0.0
        return (self._paid if paid and self._paid else self._overall).rate

    async def admit(self, chat_id: int | None, priority: Priority, *, paid: bool = False) -> None:
        """Wait for a slot to send to this chat: per-chat first, then overall (or paid)."""
        if self._unlimited:
            return
        loop = asyncio.get_running_loop()
        if chat_id is not None:
            bucket = self._chat_bucket(chat_id, loop.time())
            while (wait := bucket.take(loop.time())) > 0:  # noqa: ASYNC110 - a timed wait
                await asyncio.sleep(wait)
        overall = self._paid if paid and self._paid is not None else self._overall
        if priority is Priority.INTERACTIVE:
            self._interactive_waiting += 1
            try:
                await _take(overall)
            finally:
                self._interactive_waiting -= 1
            return
        async with self._bulk_queue:
            while True:
                if self._interactive_waiting and overall is self._overall:
                    await asyncio.sleep(1 / overall.rate)  # replies go first
                    continue
                wait = overall.take(loop.time())
                if wait == 0:
                    return
                await asyncio.sleep(wait)

    def _chat_bucket(self, chat_id: int, now: float) -> TokenBucket:
        """The chat's bucket; idle full buckets are dropped so memory stays flat."""
        bucket = self._chats.get(chat_id)
        if bucket is None:
            if len(self._chats) > 10_000:
                self._forget_idle(now)
            burst = float(self._per_chat_burst)
            bucket = self._chats[chat_id] = TokenBucket(self._per_chat_rate, burst, burst, now)
        return bucket

    def _forget_idle(self, now: float) -> None:
        """Drop buckets that have refilled completely."""
        idle_after = self._per_chat_burst / self._per_chat_rate
        for chat_id in [c for c, b in self._chats.items() if now - b.updated > idle_after]:
            del self._chats[chat_id]


def _bucket(per_second: float) -> TokenBucket:
    """A full bucket of one second's worth (at least one token)."""
    rate = max(per_second, 1)
    return TokenBucket(rate, rate, rate, 0.0)


async def _take(bucket: TokenBucket) -> None:
    """Wait until the bucket gives a token."""
    loop = asyncio.get_running_loop()
    while (wait := bucket.take(loop.time())) > 0:  # noqa: ASYNC110 - a timed wait
        await asyncio.sleep(wait)


def _retry_after_seconds(error: RetryAfter) -> float:
    """Seconds to wait; PTB is moving retry_after from int to timedelta, accept both quietly."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        delay = error.retry_after
    return delay if isinstance(delay, int | float) else delay.total_seconds()


def _chat_of(data: dict[str, Any]) -> int | None:
    """The numeric chat a request is for."""
    chat_id = data.get("chat_id")
    return chat_id if isinstance(chat_id, int) else None
