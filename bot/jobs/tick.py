"""The one repeating job: send due nudges, then due summaries, then tidy up."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from telegram.ext import CallbackContext, ExtBot

from bot.health import HealthProbe
from bot.jobs.delivery import Delivery
from bot.sending.rate_limit import Priority
from bot.services.nudge_jobs import NudgeJob
from bot.services.receipts import ReceiptService
from bot.services.weekly import WeeklyJob


class Tick:
    """Run by PTB's JobQueue every few seconds; tests and benchmarks call its parts by hand."""

    def __init__(
        self,
        nudges: Delivery[NudgeJob],
        summaries: Delivery[WeeklyJob],
        receipts: ReceiptService,
        health: HealthProbe,
    ) -> None:
        self.nudges = nudges
        self.summaries = summaries
        self._receipts = receipts
        self._health = health

    async def run(self, context: CallbackContext[ExtBot[Priority], Any, Any, Any]) -> None:
        """The JobQueue callback; it stops taking new batches as soon as the application stops."""

        def keep_going() -> bool:
            return context.application.running

        if not keep_going():
            return
        await self.send_due(context.bot, keep_going)
        await self._receipts.prune()
        self._health.tick_seen()

    async def send_due(
        self, bot: ExtBot[Priority], keep_going: Callable[[], bool] = lambda: True
    ) -> int:
        """Send due nudges, then due summaries; returns how many went out."""
        heartbeat = self._health.tick_seen
        sent = await self.nudges.tick(bot, keep_going, heartbeat)
        return sent + await self.summaries.tick(bot, keep_going, heartbeat)
