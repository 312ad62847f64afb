"""Send claimed weekly summaries: the chart (rendered in a worker thread) and the week's numbers."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from telegram.error import BadRequest, Forbidden, TelegramError, TimedOut
from telegram.ext import ExtBot

from bot.charts.pain_chart import render_pain_chart
from bot.domain.progress import has_pain_data
from bot.sending.rate_limit import Priority
from bot.services.nudges import NudgeResult, NudgeService, Outcome
from bot.services.progress import ProgressService
from bot.services.weekly import WeeklyJob, WeeklySummaryService
from bot.views.progress_view import ProgressView

logger = logging.getLogger(__name__)
CHART_DAYS = 30


class WeeklyDispatcher:
    """One batch at a time; outcomes are recorded like nudges."""

    def __init__(
        self,
        weekly: WeeklySummaryService,
        nudges: NudgeService,
        progress: ProgressService,
        view: ProgressView,
    ) -> None:
        self._weekly = weekly
        self._nudges = nudges
        self._progress = progress
        self._view = view
        self._lock = asyncio.Lock()

    async def tick(
        self,
        bot: ExtBot[Priority],
        keep_going: Callable[[], bool] = lambda: True,
        heartbeat: Callable[[], None] = lambda: None,
    ) -> int:
        """Send every due summary; on shutdown, hand the unsent rest back as pending."""
        if self._lock.locked():
            return 0
        sent = 0
        async with self._lock:
            while keep_going() and (jobs := await self._weekly.claim()):
                present = await self._nudges.still_present([job.user_id for job in jobs])
                results: list[NudgeResult] = []
                for job in (job for job in jobs if job.user_id in present):
                    heartbeat()
                    if keep_going():
                        results.append(await self._send(bot, job))
                    else:
                        results.append(NudgeResult(job.nudge_id, Outcome.RELEASED))
                await self._nudges.record(results)
                sent += sum(1 for r in results if r.outcome is Outcome.SENT)
        return sent

    async def _send(self, bot: ExtBot[Priority], job: WeeklyJob) -> NudgeResult:
        """The chart with the caption, or just the numbers when there is nothing to draw."""
        report = await self._progress.report(job.user_id, CHART_DAYS, receipt=None)
        if report is None:
            return NudgeResult(job.nudge_id, Outcome.FAILED)
        caption = self._view.weekly_caption(report)
        try:
            if report.tracks_pain and has_pain_data(report.series):
                png = await asyncio.to_thread(
                    render_pain_chart,
                    report.series,
                    report.weekly,
                    title=self._view.title(report),
                    zone_label=report.timezone,
                    labels=self._view.chart_labels,
                )
                message = await bot.send_photo(
                    job.chat_id, png, caption=caption, rate_limit_args=Priority.BULK
                )
            else:
                message = await bot.send_message(
                    job.chat_id, caption, rate_limit_args=Priority.BULK
                )
        except Forbidden:
            return NudgeResult(job.nudge_id, Outcome.BLOCKED)
        except TimedOut:
            return NudgeResult(job.nudge_id, Outcome.UNKNOWN)
        except BadRequest:
            return NudgeResult(job.nudge_id, Outcome.FAILED)
        except TelegramError:
            return NudgeResult(job.nudge_id, Outcome.RETRY)
        return NudgeResult(job.nudge_id, Outcome.SENT, message.message_id)
