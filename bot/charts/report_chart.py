"""The pain chart of a progress report, drawn in one place for /progress and the weekly summary."""

from __future__ import annotations

import asyncio

from bot.charts.pain_chart import render_pain_chart
from bot.domain.progress import has_pain_data
from bot.services.progress import ProgressReport
from bot.views.progress_view import ProgressView


async def draw_report_chart(report: ProgressReport, view: ProgressView) -> bytes | None:
    """The chart as PNG, or None when there is nothing to draw (pain not tracked, or no ratings).

    Drawing takes a while, so it runs in a worker thread and other people never wait on it.
    """
    if not report.tracks_pain or not has_pain_data(report.series):
        return None
    return await asyncio.to_thread(
        render_pain_chart,
        report.series,
        report.weekly,
        title=view.title(report),
        zone_label=report.timezone,
        labels=view.chart_labels,
    )
