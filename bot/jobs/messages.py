"""The two kinds of scheduled message: the daily nudge and the weekly summary."""

from __future__ import annotations

from telegram import Message
from telegram.ext import ExtBot

from bot.charts.report_chart import draw_report_chart
from bot.sending.rate_limit import Priority
from bot.services.nudge_jobs import NudgeJob
from bot.services.nudges import NudgeService
from bot.services.progress import ProgressService
from bot.services.weekly import WeeklyJob, WeeklySummaryService
from bot.views.nudge_view import NudgeView
from bot.views.outgoing import ptb_markup
from bot.views.progress_view import ProgressView

SUMMARY_DAYS = 30


class DailyNudges:
    """Today's reminder with its start, quick, snooze and skip buttons."""

    name = "nudges"

    def __init__(self, service: NudgeService, view: NudgeView, *, paid: bool = False) -> None:
        self._service = service
        self._view = view
        self.paid = paid

    async def claim(self) -> list[NudgeJob]:
        """Due nudges, leased to this process."""
        return await self._service.claim()

    async def send(self, bot: ExtBot[Priority], job: NudgeJob) -> Message:
        """One nudge; its bulk slot was taken already (Priority.ADMITTED).

        With PAID_BROADCAST on it is a paid broadcast (Telegram charges beyond 30 messages/s).
        """
        message = self._view.nudge(job.user_id, job.local_date, job.streak)
        return await bot.send_message(
            job.chat_id,
            message.text,
            reply_markup=ptb_markup(message.keyboard),
            allow_paid_broadcast=True if self.paid else None,
            rate_limit_args=Priority.ADMITTED,
        )


class WeeklySummaries:
    """The last 30 days' chart with the week's numbers, or just the numbers without a chart."""

    name = "summaries"
    paid = False

    def __init__(
        self, service: WeeklySummaryService, progress: ProgressService, view: ProgressView
    ) -> None:
        self._service = service
        self._progress = progress
        self._view = view

    async def claim(self) -> list[WeeklyJob]:
        """Due summaries, leased to this process."""
        return await self._service.claim()

    async def send(self, bot: ExtBot[Priority], job: WeeklyJob) -> Message | None:
        """One summary; None when the person has no profile any more."""
        report = await self._progress.report(job.user_id, SUMMARY_DAYS, receipt=None)
        if report is None:
            return None
        caption = self._view.weekly_caption(report)
        png = await draw_report_chart(report, self._view)
        if png is None:
            return await bot.send_message(job.chat_id, caption, rate_limit_args=Priority.ADMITTED)
        return await bot.send_photo(
            job.chat_id, png, caption=caption, rate_limit_args=Priority.ADMITTED
        )
