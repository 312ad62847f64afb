"""Deliver scheduled messages: claim a batch, send it through the rate limiter, record outcomes.

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

from bot.sending.rate_limit import Priority
from bot.services.nudge_jobs import NudgeResult, Outcome
from bot.services.nudges import NudgeService

logger = logging.getLogger(__name__)


class Claimed(Protocol):
    """A message already recorded as 'sending', to one person."""

    @property
    def nudge_id(self) -> int:
        """The row that records its fate."""

    @property
    def user_id(self) -> int:
        """Whom it is for."""


J = TypeVar("J", bound=Claimed)


class Scheduled(Protocol[J]):
    """One kind of scheduled message: how to claim what is due and how to send one."""

    name: str

    async def claim(self) -> Sequence[J]:
        """The next batch that is due, recorded as 'sending' and committed."""

    async def send(self, bot: ExtBot[Priority], job: J) -> Message | None:
        """Send one; None when there turned out to be nothing to send."""


class Delivery(Generic[J]):
    """Delivers one kind, one tick at a time per process; other replicas are kept apart by locks."""

    def __init__(
        self,
        kind: Scheduled[J],
        nudges: NudgeService,
        *,
        concurrency: int,
        max_batches_per_tick: int = 1000,
    ) -> None:
        self._kind = kind
        self._nudges = nudges
        self._concurrency = concurrency
        self._max_batches = max_batches_per_tick
        self._lock = asyncio.Lock()

    async def tick(
        self,
        bot: ExtBot[Priority],
        keep_going: Callable[[], bool] = lambda: True,
        heartbeat: Callable[[], None] = lambda: None,
    ) -> int:
        """Send everything due batch by batch; on shutdown, release what is not yet sent."""
        if self._lock.locked():
            return 0
        sent = 0
        async with self._lock:
            for _ in range(self._max_batches):
                heartbeat()
                if not keep_going():
                    break
                jobs = await self._kind.claim()
                if not jobs:
                    break
                results = await self.send_all(bot, jobs, keep_going, heartbeat)
                await self._nudges.record(results)
                sent += sum(1 for r in results if r.outcome is Outcome.SENT)
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
        """Send in concurrent chunks, re-checking before each that the people were not erased."""
        results: list[NudgeResult] = []
        for start in range(0, len(jobs), self._concurrency):
            chunk = jobs[start : start + self._concurrency]
            heartbeat()
            if not keep_going():
                # Shutting down: hand the rest back, so any replica sends them once, soon.
                results.extend(NudgeResult(job.nudge_id, Outcome.RELEASED) for job in jobs[start:])
                logger.info("%s released on shutdown count=%s", self._kind.name, len(jobs) - start)
                break
            present = await self._nudges.still_present([job.user_id for job in chunk])
            sends = [self._send(bot, job) for job in chunk if job.user_id in present]
            results.extend(await asyncio.gather(*sends))
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
