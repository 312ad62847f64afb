"""Deliver scheduled messages: claim a chunk, send it through the rate limiter, record outcomes.

Daily nudges and weekly summaries are delivered the same way; only what they claim and what
they send differ (`bot/jobs/messages.py`).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from typing import Generic, Protocol, TypeVar

from telegram import Message
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import ExtBot

from bot.jobs.group_write import GroupWriter
from bot.sending.rate_limit import Priority, PriorityRateLimiter
from bot.services.nudge_jobs import NudgeResult, Outcome
from bot.services.nudges import NudgeService

logger = logging.getLogger(__name__)


class Claimed(Protocol):
    """A message claimed under this process's lease, to one person."""

    @property
    def nudge_id(self) -> int:
        """The row that records its fate."""

    @property
    def user_id(self) -> int:
        """Whom it is for."""

    @property
    def chat_id(self) -> int:
        """Where it goes."""


J = TypeVar("J", bound=Claimed)


class Scheduled(Protocol[J]):
    """One kind of scheduled message: how to claim what is due and how to send one."""

    name: str
    paid: bool  # sent as a paid broadcast (allow_paid_broadcast), so on the paid rate

    async def claim(self) -> Sequence[J]:
        """The next chunk that is due, leased to this process and committed."""

    async def send(self, bot: ExtBot[Priority], job: J) -> Message | None:
        """Send one with `Priority.ADMITTED`; None when there turned out to be nothing to send."""


class Delivery(Generic[J]):
    """Delivers one kind, one tick at a time per process; other replicas are kept apart by locks.

    Each claimed message waits for its slot in the rate limiter, is recorded 'sending' (only if
    this process still holds its lease), is sent, and its outcome recorded at once. Those writes
    are group-committed (bot/jobs/group_write.py): a killed process leaves at most the requests
    in flight of unknown fate, and its untouched claims go back to the pool when the lease ends.
    """

    def __init__(
        self,
        kind: Scheduled[J],
        nudges: NudgeService,
        *,
        concurrency: int,
        limiter: PriorityRateLimiter,
        max_batches_per_tick: int = 1000,
    ) -> None:
        self._kind = kind
        self._nudges = nudges
        self._concurrency = concurrency
        self._limiter = limiter
        self._max_batches = max_batches_per_tick
        self._lock = asyncio.Lock()
        self._starts = GroupWriter(nudges.start)
        self._outcomes: GroupWriter[NudgeResult, None] = GroupWriter(nudges.record)

    async def tick(
        self,
        bot: ExtBot[Priority],
        keep_going: Callable[[], bool] = lambda: True,
        heartbeat: Callable[[], None] = lambda: None,
    ) -> int:
        """Send everything due chunk by chunk; on shutdown, release what is not yet sent.

        The next chunk is claimed while this one sends, so the sends never wait for a claim.
        """
        if self._lock.locked() or not keep_going():
            return 0
        sent = 0
        async with self._lock:
            upcoming: asyncio.Future[Sequence[J]] | None = asyncio.ensure_future(self._kind.claim())
            try:
                for chunk in range(self._max_batches):
                    heartbeat()
                    jobs = await upcoming if upcoming is not None else ()
                    upcoming = None
                    if not jobs:
                        break
                    if keep_going() and chunk + 1 < self._max_batches:
                        upcoming = asyncio.ensure_future(self._kind.claim())
                    results = await self.send_all(bot, jobs, keep_going, heartbeat)
                    sent += sum(1 for r in results if r.outcome is Outcome.SENT)
            finally:
                if upcoming is not None:  # claimed ahead but not sent: back to the pool
                    unsent = await upcoming
                    await self._nudges.record(
                        [NudgeResult(j.nudge_id, Outcome.RELEASED) for j in unsent]
                    )
        if sent:
            logger.info("%s sent count=%s", self._kind.name, sent)
        return sent

    async def send_all(
        self,
        bot: ExtBot[Priority],
        jobs: Sequence[J],
        keep_going: Callable[[], bool] = lambda: True,
        heartbeat: Callable[[], None] = lambda: None,
    ) -> list[NudgeResult]:
        """Send concurrently, in claim order through the limiter; every outcome is recorded."""
        slots = asyncio.Semaphore(self._concurrency)

        async def one(job: J) -> NudgeResult:
            async with slots:
                heartbeat()
                if keep_going():
                    await self._limiter.admit(job.chat_id, Priority.BULK, paid=self._kind.paid)
                if not keep_going():
                    return NudgeResult(job.nudge_id, Outcome.RELEASED)
                if job.nudge_id not in await self._starts.write(job.nudge_id):
                    return NudgeResult(job.nudge_id, Outcome.LOST)
                result = await self._send(bot, job)
                # Recorded before the slot is free: at most `concurrency` sends are ever in doubt.
                await self._outcomes.write(result)
                return result

        results = await asyncio.gather(*(one(job) for job in jobs))
        released = [r for r in results if r.outcome is Outcome.RELEASED]
        if released:
            # Shutting down: hand the rest back, so any replica sends them once, soon.
            await self._nudges.record(released)
            logger.info("%s released on shutdown count=%s", self._kind.name, len(released))
        return results

    async def _send(self, bot: ExtBot[Priority], job: J) -> NudgeResult:
        """Map Telegram's answer to an outcome; an ambiguous timeout is never retried blindly."""
        name = self._kind.name
        try:
            message = await self._kind.send(bot, job)
        except Forbidden:
            return NudgeResult(job.nudge_id, Outcome.BLOCKED)
        except TimedOut:
            logger.warning("%s timed out, not resent user=%s", name, job.user_id)
            return NudgeResult(job.nudge_id, Outcome.UNKNOWN)
        except BadRequest as error:
            logger.warning("%s refused user=%s error=%s", name, job.user_id, error.message)
            return NudgeResult(job.nudge_id, Outcome.FAILED)
        except (RetryAfter, NetworkError, TelegramError) as error:
            logger.warning(
                "%s will be retried user=%s error=%s", name, job.user_id, type(error).__name__
            )
            return NudgeResult(job.nudge_id, Outcome.RETRY)
        if message is None:
            return NudgeResult(job.nudge_id, Outcome.FAILED)
        return NudgeResult(job.nudge_id, Outcome.SENT, message.message_id)
