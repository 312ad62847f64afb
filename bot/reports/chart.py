"""The report's pain trend chart as SVG, so the PDF embeds it as vector paths that stay sharp.

Thread safety as in bot/charts/pain_chart.py: a fresh Figure with its own SVG canvas per call,
never pyplot and never rcParams, so reports may render in worker threads side by side. Text is
drawn as glyph outlines (matplotlib's default for SVG), so the PDF needs no chart font.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from matplotlib.axes import Axes
from matplotlib.backends.backend_svg import FigureCanvasSVG
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import FixedLocator, FuncFormatter

from bot.domain.pain import PAIN_MAX, PAIN_MIN
from bot.domain.progress import SessionPoint, WeeklyAverage, daily_series

# The calm palette of the /progress chart, so a person sees the same colours in both.
BEFORE_COLOR = "#D2764F"
AFTER_COLOR = "#2F8F83"
WEEKLY_COLOR = "#6E7FA3"
_INK = "#33383F"
_GRID = "#E6E3DC"
_STEM = "#D9D4CB"
# Printed at its own size (no scaling), so 8 pt here is 8 pt on paper.
_TICK_PT, _LABEL_PT = 8, 8.5
_DETAILED_DAYS = 60
_ANNOTATED_UP_TO = 7
_MAX_TICKS = 8
_DAY_STEPS = (1, 2, 3, 7, 14, 28)
_MONTH_STEPS = (1, 2, 3, 6, 12)
# matplotlib writes an RDF <metadata> block that PDF embedding has no use for.
_METADATA = re.compile(rb"<metadata>.*?</metadata>", re.DOTALL)


@dataclass(frozen=True, slots=True)
class TrendLabels:
    """Every word drawn on the chart, from content."""

    before: str
    after: str
    weekly: str
    pain_axis: str
    months: tuple[str, ...]


def render_trend_svg(
    sessions: Sequence[SessionPoint],
    weekly: Sequence[WeeklyAverage],
    start: date,
    end: date,
    labels: TrendLabels,
    *,
    width_in: float = 7.0,
    height_in: float = 2.9,
) -> bytes:
    """Draw daily before/after pain (gaps for unrated days) and the weekly average line."""
    if len(labels.months) != 12:
        raise ValueError("labels.months needs twelve month names")
    series = daily_series(sessions, start, end)
    detailed = len(series) <= _DETAILED_DAYS
    figure = Figure(figsize=(width_in, height_in))
    FigureCanvasSVG(figure)
    axes = figure.add_axes((0.075, 0.2, 0.9, 0.68))
    days = [point.day.toordinal() for point in series]
    if detailed:
        stems = [(p.day.toordinal(), p.before, p.after) for p in series]
        pairs = [(x, b, a) for x, b, a in stems if b is not None and a is not None]
        axes.vlines(
            [x for x, _, _ in pairs],
            [min(b, a) for _, b, a in pairs],
            [max(b, a) for _, b, a in pairs],
            colors=_STEM,
            linewidth=2.5,
            zorder=1,
        )
    handles: list[Line2D] = []
    names: list[str] = []
    middles, averages = _weekly_line(weekly, start, end)
    if sum(not math.isnan(value) for value in averages) >= 2:
        # One rated week is no trend: its diamond would only hide that week's dots.
        axes.plot(
            middles, averages, color=WEEKLY_COLOR, linewidth=2.2, marker="D", markersize=4,
            zorder=2,
        )  # fmt: skip
        handles.append(Line2D([], [], color=WEEKLY_COLOR, linewidth=2.2, marker="D", markersize=4))
        names.append(labels.weekly)
    size = 4.5 if detailed else max(2.2, min(4.0, 400 / max(len(series), 1)))
    width = 1.4 if detailed else 0.0
    for values, color, name in (
        ([p.before for p in series], BEFORE_COLOR, labels.before),
        ([p.after for p in series], AFTER_COLOR, labels.after),
    ):
        axes.plot(
            days,
            [math.nan if value is None else value for value in values],
            color=color,
            linewidth=width,
            marker="o",
            markersize=size,
            markeredgewidth=0,
            zorder=3,
        )
        if sum(value is not None for value in values) <= _ANNOTATED_UP_TO:
            # With only a few ratings, print each value: nobody should read 3 off a y-axis.
            for day, value in zip(days, values, strict=True):
                if value is not None:
                    axes.annotate(
                        f"{value:g}", (day, value), xytext=(7, 0), textcoords="offset points",
                        va="center", fontsize=_TICK_PT, color=color,
                    )  # fmt: skip
        # Legend samples at full size, even when a year draws its dots small.
        handles.append(Line2D([], [], color=color, linewidth=width, marker="o", markersize=4.5))
        names.append(name)
    axes.set_xlim(start.toordinal() - 0.8, end.toordinal() + 0.8)
    axes.set_ylim(PAIN_MIN - 0.3, PAIN_MAX + 0.3)
    axes.yaxis.set_major_locator(FixedLocator(list(range(PAIN_MIN, PAIN_MAX + 1, 2))))
    axes.set_ylabel(labels.pain_axis, fontsize=_LABEL_PT, color=_INK)
    axes.grid(axis="y", color=_GRID, linewidth=0.8)
    axes.spines[["top", "right"]].set_visible(False)
    axes.spines[["left", "bottom"]].set_color(_GRID)
    axes.tick_params(labelsize=_TICK_PT, colors=_INK, length=3)
    _date_axis(axes, start, end, labels.months)
    figure.legend(
        handles,
        names,
        loc="upper left",
        bbox_to_anchor=(0.065, 1.0),
        ncols=3,
        frameon=False,
        fontsize=_LABEL_PT,
        labelcolor=_INK,
    )
    buffer = io.BytesIO()
    figure.savefig(buffer, format="svg")
    return _METADATA.sub(b"", buffer.getvalue())


def _weekly_line(
    weekly: Sequence[WeeklyAverage], start: date, end: date
) -> tuple[list[float], list[float]]:
    """One point per week at the middle of its days inside the period; unrated weeks break it."""
    middles: list[float] = []
    averages: list[float] = []
    for week in weekly:
        first = max(week.week_start, start)
        last = min(week.week_start + timedelta(days=6), end)
        if first <= last:
            middles.append((first.toordinal() + last.toordinal()) / 2)
            averages.append(math.nan if week.average is None else week.average)
    return middles, averages


def _date_axis(axes: Axes, start: date, end: date, months: Sequence[str]) -> None:
    """Label a few dates: days for short periods ("3 Nov"), month starts for long ones."""
    span = (end - start).days
    by_month = span > 120
    ticks = _month_ticks(start, end) if by_month else _day_ticks(start, end)

    def name(value: float, _position: int | None) -> str:
        """One tick label, with month names from content rather than the machine's locale."""
        day = date.fromordinal(round(value))
        month = months[day.month - 1]
        return f"{month} {day.year}" if by_month else f"{day.day} {month}"

    axes.xaxis.set_major_locator(FixedLocator([tick.toordinal() for tick in ticks]))
    axes.xaxis.set_major_formatter(FuncFormatter(name))


def _day_ticks(start: date, end: date) -> list[date]:
    """At most eight days counted back from the last, so the last day is always labelled."""
    span = (end - start).days
    step = next((s for s in _DAY_STEPS if span // s + 1 <= _MAX_TICKS), 28)
    return [end - timedelta(days=offset) for offset in range(0, span + 1, step)][::-1]


def _month_ticks(start: date, end: date) -> list[date]:
    """Month starts inside the period, thinned to at most eight."""
    firsts = []
    index = start.year * 12 + start.month  # the month after start's
    while (first := date(index // 12, index % 12 + 1, 1)) <= end:
        firsts.append(first)
        index += 1
    step = next((s for s in _MONTH_STEPS if len(firsts) <= _MAX_TICKS * s), 12)
    return firsts[::step]
