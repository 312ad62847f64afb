"""The one repeating nudge job: claim a batch, send it through the rate limiter, record outcomes."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import ExtBot

from bot.sending.rate_limit import Priority

if TYPE_CHECKING:
    from bot.context import BackCoachContext
from bot.services.nudges import NudgeJob, NudgeResult, NudgeService, Outcome
from bot.views.nudge_view import NudgeView
from bot.views.outgoing import ptb_markup

logger = logging.getLogger(__name__)


class NudgeDispatcher:
    """Runs ticks; one at a time per process, and other replicas are kept apart by row locks."""

    def __init__(
        self,
        service: NudgeService,
        view: NudgeView,
        *,
        concurrency: int = 64,
        max_batches_per_tick: int = 1000,
    ) -> None:
        self._service = service
        self._view = view
        self._concurrency = concurrency
        self._max_batches = max_batches_per_tick
        self._lock = asyncio.Lock()

    async def tick(
        self,
        bot: ExtBot[Priority],
        keep_going: Callable[[], bool] = lambda: True,
        heartbeat: Callable[[], None] = lambda: None,
    ) -> int:
        """Send every due nudge batch by batch; on shutdown, release what is not yet sent."""
        if self._lock.locked():
            return 0
        sent = 0
        async with self._lock:
            for _ in range(self._max_batches):
                heartbeat()
                if not keep_going():
                    break
                jobs = await self._service.claim()
                if not jobs:
                    break
                results = await self.send_all(bot, jobs, keep_going)
                await self._service.record(results)
                sent += sum(1 for r in results if r.outcome is Outcome.SENT)
        if sent:
            logger.info("nudges sent count=%s", sent)
        return sent

    async def send_all(
        self,
        bot: ExtBot[Priority],
        jobs: Sequence[NudgeJob],
        keep_going: Callable[[], bool] = lambda: True,
    ) -> list[NudgeResult]:
        """Send in concurrent chunks, re-checking before each that the users were not erased."""
        results: list[NudgeResult] = []
        for start in range(0, len(jobs), self._concurrency):
            chunk = jobs[start : start + self._concurrency]
            if not keep_going():
                # Shutting down: hand the rest back, so any replica sends them once, soon.
                results.extend(NudgeResult(job.nudge_id, Outcome.RELEASED) for job in jobs[start:])
                logger.info("nudges released on shutdown count=%s", len(jobs) - start)
                break
            present = await self._service.still_present([job.user_id for job in chunk])
            sends = [self._send(bot, job) for job in chunk if job.user_id in present]
            results.extend(await asyncio.gather(*sends))
        return results

    async def _send(self, bot: ExtBot[Priority], job: NudgeJob) -> NudgeResult:
        """Map Telegram's answer to an outcome; an ambiguous timeout is never retried blindly."""
        message = self._view.nudge(job.user_id, job.local_date, job.streak)
        try:
            sent = await bot.send_message(
                job.chat_id,
                message.text,
                reply_markup=ptb_markup(message.keyboard),
                rate_limit_args=Priority.BULK,
            )
        except Forbidden:
            return NudgeResult(job.nudge_id, Outcome.BLOCKED)
        except TimedOut:
            logger.warning("nudge timed out, not resent user=%s", job.user_id)
            return NudgeResult(job.nudge_id, Outcome.UNKNOWN)
        except BadRequest as error:
            logger.warning("nudge refused user=%s error=%s", job.user_id, error.message)
            return NudgeResult(job.nudge_id, Outcome.FAILED)
        except (RetryAfter, NetworkError, TelegramError) as error:
            logger.warning(
                "nudge will be retried user=%s error=%s", job.user_id, type(error).__name__
            )
            return NudgeResult(job.nudge_id, Outcome.RETRY)
        return NudgeResult(job.nudge_id, Outcome.SENT, sent.message_id)


async def run_nudge_tick(context: BackCoachContext) -> None:
    """The JobQueue callback; it stops taking new batches as soon as the application stops."""
    services = context.services

    def keep_going() -> bool:
        return context.application.running

    if not keep_going():
        return
    await services.nudge_dispatcher.tick(
        context.bot, keep_going=keep_going, heartbeat=services.health.tick_seen
    )
    await services.weekly_dispatcher.tick(
        context.bot, keep_going=keep_going, heartbeat=services.health.tick_seen
    )
    await services.receipts.prune()
    services.health.tick_seen()
