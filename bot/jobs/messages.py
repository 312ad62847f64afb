"""The two kinds of scheduled message: the daily nudge and the weekly summary."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from telegram import Message
from telegram.ext import ExtBot

from bot.charts.report_chart import draw_report_chart
from bot.i18n import ENGLISH
from bot.sending.rate_limit import Priority
from bot.services.nudge_jobs import NudgeJob
from bot.services.nudges import NudgeService
from bot.services.progress import ProgressService
from bot.services.weekly import WeeklyJob, WeeklySummaryService
from bot.views.nudge_view import NudgeView
from bot.views.outgoing import ptb_markup
from bot.views.progress_view import ProgressView

SUMMARY_DAYS = 30
_View = TypeVar("_View")


def _in_language(views: Mapping[str, _View], language: str | None) -> _View:
    """The view of a person's stored language; English when none is stored or it was removed."""
    return views.get(language or ENGLISH) or views[ENGLISH]


class DailyNudges:
    """Today's reminder with its start, quick, snooze and skip buttons."""

    name = "nudges"

    def __init__(
        self, service: NudgeService, views: Mapping[str, NudgeView], *, paid: bool = False
    ) -> None:
        self._service = service
        self._views = views  # per language code; English is "en"
        self.paid = paid

    async def claim(self) -> list[NudgeJob]:
        """Due nudges, leased to this process."""
        return await self._service.claim()

    async def send(self, bot: ExtBot[Priority], job: NudgeJob) -> Message:
        """One nudge; its bulk slot was taken already (Priority.ADMITTED).

        With PAID_BROADCAST on it is a paid broadcast (Telegram charges beyond 30 messages/s).
        """
        message = _in_language(self._views, job.language).nudge(
            job.user_id, job.local_date, job.streak
        )
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
        self,
        service: WeeklySummaryService,
        progress: ProgressService,
        views: Mapping[str, ProgressView],
    ) -> None:
        self._service = service
        self._progress = progress
        self._views = views  # per language code; English is "en"

    async def claim(self) -> list[WeeklyJob]:
        """Due summaries, leased to this process."""
        return await self._service.claim()

    async def send(self, bot: ExtBot[Priority], job: WeeklyJob) -> Message | None:
        """One summary; None when the person has no profile any more."""
        report = await self._progress.report(job.user_id, SUMMARY_DAYS, receipt=None)
        if report is None:
            return None
        view = _in_language(self._views, job.language)
        caption = view.weekly_caption(report)
        png = await draw_report_chart(report, view)
        if png is None:
            return await bot.send_message(job.chat_id, caption, rate_limit_args=Priority.ADMITTED)
        return await bot.send_photo(
            job.chat_id, png, caption=caption, rate_limit_args=Priority.ADMITTED
        )
