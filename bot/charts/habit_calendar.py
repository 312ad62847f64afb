"""The /progress habit calendar: month grids of done, quick, missed, paused and rest days.

In the style of Loop Habit Tracker: one rounded square per day, strong colour for a full
routine, a lighter tint for the quick one, quiet greys for the rest, so a month of practice
reads at a glance. It is for everyone, including people who don't rate their pain.

Every word is passed in (`CalendarLabels`), so the texts can come from content files and be
translated. Thread safety as in pain_chart: a fresh Figure with its own Agg canvas per call,
never pyplot, and rcParams untouched, so it may run in asyncio.to_thread.
"""

from __future__ import annotations

import calendar
import io
from collections.abc import Collection, Mapping, Sequence
from datetime import date

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import FancyBboxPatch
from matplotlib.textpath import TextPath

from bot.charts.calendar_labels import ENGLISH_LABELS, CalendarLabels
from bot.domain.day_status import DayStatus

_WIDTH_IN = 7.2
_PX_RANGE = (320, 4096)
_MAX_MONTHS = 12

BACKGROUND = "#FBFAF7"
_INK = "#33383F"
_MUTED = "#9AA0A8"
FILL: Mapping[DayStatus, str] = {
    DayStatus.DONE: "#2F8F83",
    DayStatus.QUICK: "#9FD1C8",
    DayStatus.MISSED: "#E4DFD6",
    DayStatus.PAUSED: "#C9D1E0",
    DayStatus.REST: BACKGROUND,
}
"""Cell colours; the sea green is the pain chart's "after" colour, so the pictures agree."""
_NUMBER = {
    DayStatus.DONE: "#FFFFFF",
    DayStatus.QUICK: "#1F5F57",
    DayStatus.MISSED: "#737981",
    DayStatus.PAUSED: "#3F4A63",
    DayStatus.REST: "#8A8F96",
}
_EDGE = {DayStatus.REST: "#C9C4BA", DayStatus.PAUSED: "#A9B4C9"}
_HATCH = {DayStatus.PAUSED: "///"}
"""Paused days are striped, so they differ from missed ones by more than a shade of grey."""
_LEGEND_ORDER = tuple(DayStatus)
"""Done, quick, missed, paused, rest: the order the enum declares them in."""

# Layout in cell units (a day's square is 1 wide); the figure keeps these proportions.
_GAP = 0.16
_PITCH = 1.0 + _GAP
_TITLE_H, _SUMMARY_H, _MONTH_H, _HEADER_H = 1.0, 0.7, 0.95, 0.6
_MONTH_GAP, _LEGEND_ROW_H, _MARGIN = 0.45, 0.8, 0.4
_WIDTH_U = 7 * _PITCH - _GAP + 2 * _MARGIN
_TITLE_PT, _SUMMARY_PT, _MONTH_PT, _HEADER_PT, _DAY_PT, _LEGEND_PT = 20, 14, 16, 12, 15, 13


def _weeks(year: int, month: int, first_weekday: int, today: date | None) -> list[list[int]]:
    """The month's weeks as rows of day numbers, 0 where the day belongs to another month.

    Weeks that lie wholly after `today` are left out: rows of empty days to come only make the
    picture taller.
    """
    weeks = calendar.Calendar(first_weekday).monthdayscalendar(year, month)
    if today is None:
        return weeks
    return [
        week
        for week in weeks
        if any(number and date(year, month, number) <= today for number in week)
    ]


def _cell(axes: Axes, x: float, y: float, status: DayStatus | None, label: str) -> None:
    """One day: a rounded square coloured by its status, with the day number inside."""
    if status is not None:
        axes.add_patch(
            FancyBboxPatch(
                (x + 0.08, y + 0.08), 0.84, 0.84,
                boxstyle="round,pad=0.08,rounding_size=0.22",
                facecolor=FILL[status], edgecolor=_EDGE.get(status, FILL[status]),
                linewidth=1.4, linestyle=(0, (3, 2)) if status is DayStatus.REST else "solid",
                hatch=_HATCH.get(status),
            )
        )  # fmt: skip
    colour = _MUTED if status is None else _NUMBER[status]
    axes.text(
        x + 0.5, y + 0.55, label, ha="center", va="center", fontsize=_DAY_PT, color=colour,
        fontweight="bold" if status is DayStatus.DONE else "normal",
    )  # fmt: skip


def _month(
    axes: Axes,
    top: float,
    year: int,
    month: int,
    days: Mapping[date, DayStatus],
    labels: CalendarLabels,
    first_weekday: int,
    today: date | None,
) -> float:
    """Draw one month below `top`; return the y where the next block may start."""
    axes.text(
        _MARGIN, top - _MONTH_H / 2, f"{labels.months[month - 1]} {year}",
        ha="left", va="center", fontsize=_MONTH_PT, color=_INK, fontweight="bold",
    )  # fmt: skip
    header = top - _MONTH_H - _HEADER_H / 2
    for column in range(7):
        weekday = (first_weekday + column) % 7
        axes.text(
            _MARGIN + column * _PITCH + 0.5, header, labels.weekdays[weekday],
            ha="center", va="center", fontsize=_HEADER_PT, color=_MUTED,
        )  # fmt: skip
    weeks = _weeks(year, month, first_weekday, today)
    row_top = top - _MONTH_H - _HEADER_H
    for row, week in enumerate(weeks):
        y = row_top - (row + 1) * _PITCH + _GAP
        for column, number in enumerate(week):
            if number == 0:
                continue
            day = date(year, month, number)
            x = _MARGIN + column * _PITCH
            _cell(axes, x, y, days.get(day), str(number))
            if day == today:
                axes.add_patch(
                    FancyBboxPatch(
                        (x - 0.02, y - 0.02), 1.04, 1.04,
                        boxstyle="round,pad=0.04,rounding_size=0.28",
                        facecolor="none", edgecolor=_INK, linewidth=2.2,
                    )
                )  # fmt: skip
    return row_top - len(weeks) * _PITCH - _MONTH_GAP


def _text_width(text: str, points: float) -> float:
    """How wide the text will be drawn, in cell units, measured on the font's outlines."""
    inches = TextPath((0, 0), text, size=points).get_extents().width / 72
    return inches * _WIDTH_U / _WIDTH_IN


def _legend_layout(
    labels: CalendarLabels, shown: Collection[DayStatus]
) -> list[list[tuple[DayStatus, float]]]:
    """Legend items flowed into rows by their measured width, so long words never collide.

    Only the statuses the picture shows are explained (all of them when it shows none), so
    someone without rest days is not left wondering where theirs are.
    """
    rows: list[list[tuple[DayStatus, float]]] = [[]]
    x = _MARGIN
    for status in (s for s in _LEGEND_ORDER if s in shown or not shown):
        width = 0.8 + _text_width(labels.legend_text(status), _LEGEND_PT)
        if rows[-1] and x + width > _WIDTH_U - _MARGIN:
            rows.append([])
            x = _MARGIN
        rows[-1].append((status, x))
        x += width + 0.55
    return rows


def _legend(axes: Axes, top: float, labels: CalendarLabels, shown: Collection[DayStatus]) -> None:
    """Small squares with their words, flowed into as many rows as the words need."""
    for row, items in enumerate(_legend_layout(labels, shown)):
        y = top - (row + 1) * _LEGEND_ROW_H
        for status, x in items:
            axes.add_patch(
                FancyBboxPatch(
                    (x + 0.06, y + 0.14), 0.5, 0.5, boxstyle="round,pad=0.04,rounding_size=0.12",
                    facecolor=FILL[status], edgecolor=_EDGE.get(status, FILL[status]),
                    linewidth=1.2, linestyle=(0, (3, 2)) if status is DayStatus.REST else "solid",
                    hatch=_HATCH.get(status),
                )
            )  # fmt: skip
            axes.text(
                x + 0.8, y + 0.39, labels.legend_text(status),
                ha="left", va="center", fontsize=_LEGEND_PT, color=_INK,
            )  # fmt: skip


def render_habit_calendar(
    days: Mapping[date, DayStatus],
    months: Sequence[tuple[int, int]],
    *,
    labels: CalendarLabels = ENGLISH_LABELS,
    today: date | None = None,
    first_weekday: int = calendar.MONDAY,
    width_px: int = 1080,
) -> bytes:
    """A PNG of the given (year, month) grids, oldest first as passed, with a legend.

    `days` maps local dates to their status; a day without one (before the user started, or
    still to come) shows only its number. `today`, when given, is ringed, and the weeks after
    it are left out.
    """
    if not 1 <= len(months) <= _MAX_MONTHS:
        raise ValueError(f"draw 1 to {_MAX_MONTHS} months, got {len(months)}")
    if not _PX_RANGE[0] <= width_px <= _PX_RANGE[1]:
        raise ValueError(f"width_px must be within {_PX_RANGE[0]}-{_PX_RANGE[1]}, got {width_px}")
    if len(labels.weekdays) != 7 or len(labels.months) != 12:
        raise ValueError("labels need seven weekday and twelve month names")
    heights = [
        _MONTH_H + _HEADER_H + len(_weeks(year, month, first_weekday, today)) * _PITCH + _MONTH_GAP
        for year, month in months
    ]
    in_months = set(months)
    shown = {status for day, status in days.items() if (day.year, day.month) in in_months}
    legend_rows = len(_legend_layout(labels, shown))
    summary_h = 0.0 if labels.summary is None else _SUMMARY_H
    height_u = _MARGIN + _TITLE_H + summary_h + sum(heights) + legend_rows * _LEGEND_ROW_H + _MARGIN
    dpi = width_px / _WIDTH_IN
    figure = Figure(figsize=(_WIDTH_IN, _WIDTH_IN * height_u / _WIDTH_U), dpi=dpi)
    figure.set_facecolor(BACKGROUND)
    FigureCanvasAgg(figure)
    axes = figure.add_axes((0.0, 0.0, 1.0, 1.0))
    axes.set_xlim(0, _WIDTH_U)
    axes.set_ylim(0, height_u)
    axes.set_axis_off()
    axes.text(
        _MARGIN, height_u - _MARGIN - _TITLE_H / 2, labels.title,
        ha="left", va="center", fontsize=_TITLE_PT, color=_INK, fontweight="bold",
    )  # fmt: skip
    if labels.summary is not None:
        axes.text(
            _MARGIN, height_u - _MARGIN - _TITLE_H - _SUMMARY_H / 2, labels.summary,
            ha="left", va="center", fontsize=_SUMMARY_PT, color=_INK,
        )  # fmt: skip
    top = height_u - _MARGIN - _TITLE_H - summary_h
    for year, month in months:
        top = _month(axes, top, year, month, days, labels, first_weekday, today)
    _legend(axes, top + _MONTH_GAP / 2, labels, shown)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi, facecolor=BACKGROUND)
    return buffer.getvalue()
