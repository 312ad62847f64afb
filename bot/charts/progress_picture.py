"""The one picture /progress sends: the habit calendar, under the pain chart for people who
rate their pain, stacked into one PNG so the report is one message its range buttons edit.
"""

from __future__ import annotations

import asyncio
import io

from PIL import Image

from bot.charts.habit_calendar import BACKGROUND, render_habit_calendar
from bot.charts.pain_chart import render_pain_chart
from bot.domain.progress import has_pain_data
from bot.services.progress import ProgressReport
from bot.views.progress_view import ProgressView


async def draw_progress_picture(report: ProgressReport, view: ProgressView) -> bytes:
    """The PNG for this report. Drawing takes a while, so it runs in a worker thread."""
    return await asyncio.to_thread(_draw, report, view)


def _draw(report: ProgressReport, view: ProgressView) -> bytes:
    """Calendar alone, or pain chart above calendar when there are ratings to chart."""
    habit = report.habit
    calendar = render_habit_calendar(
        habit.days, habit.months, labels=view.calendar_labels, today=report.today
    )
    if not report.tracks_pain or not has_pain_data(report.series):
        return calendar
    chart = render_pain_chart(
        report.series,
        report.weekly,
        title=view.title(report),
        zone_label=report.timezone,
        labels=view.chart_labels,
    )
    return stack_vertically(chart, calendar)


def stack_vertically(*pngs: bytes) -> bytes:
    """One PNG of the given ones, top to bottom, on the calendar's background."""
    images = [Image.open(io.BytesIO(png)).convert("RGB") for png in pngs]
    width = max(image.width for image in images)
    stacked = Image.new("RGB", (width, sum(image.height for image in images)), BACKGROUND)
    top = 0
    for image in images:
        stacked.paste(image, ((width - image.width) // 2, top))
        top += image.height
    out = io.BytesIO()
    stacked.save(out, format="PNG", optimize=True)
    return out.getvalue()
