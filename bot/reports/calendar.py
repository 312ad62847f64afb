"""The adherence calendar: one square per day, weeks as columns and weekdays as rows.

Drawn with PDF rectangles (vector, prints sharply). Four weeks get large squares with the day
of the month inside; a year gets small squares, like a contribution graph, and still fits the
page width. Month names sit above the week in which a month starts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from bot.domain.report import DayStatus
from bot.reports.layout import FONT, INK, MUTED, RULE, SMALL_PT, ReportDocument

COLORS: Mapping[DayStatus, tuple[int, int, int]] = {
    DayStatus.DONE: (47, 143, 131),
    DayStatus.QUICK: (150, 205, 190),
    DayStatus.MISSED: (222, 128, 92),
    DayStatus.STOPPED: (232, 196, 98),
    DayStatus.PAUSED: (178, 186, 200),
    DayStatus.REST: (244, 242, 237),
}
_LEGEND_ORDER = (
    DayStatus.DONE,
    DayStatus.QUICK,
    DayStatus.STOPPED,
    DayStatus.MISSED,
    DayStatus.PAUSED,
    DayStatus.REST,
)
_LABEL_MM = 10.0
_MAX_CELL_MM, _NUMBERED_FROM_MM = 7.5, 5.5
_GAP_MM = 0.6
_OUTSIDE = (228, 226, 221)
_LEGEND_MM = 48.0


def draw_calendar(
    pdf: ReportDocument,
    days: Mapping[date, DayStatus],
    start: date,
    end: date,
    *,
    weekdays: Sequence[str],
    months: Sequence[str],
    legend: Mapping[DayStatus, str],
) -> None:
    """Draw the calendar at the current position and move below it."""
    first_monday = start - timedelta(days=start.weekday())
    weeks = (end - first_monday).days // 7 + 1
    room = pdf.epw - _LABEL_MM
    legend_beside = weeks * _MAX_CELL_MM + _LEGEND_MM <= room
    usable = room - _LEGEND_MM if legend_beside else room
    cell = min(_MAX_CELL_MM, usable / weeks)
    numbered = cell >= _NUMBERED_FROM_MM
    top = pdf.get_y() + 4.0  # room for month names
    left = pdf.l_margin + _LABEL_MM
    if pdf.room_left < 7 * cell + 10 + (0 if legend_beside else 12):
        pdf.add_page()
        top = pdf.get_y() + 4.0
    pdf.set_font(FONT, size=SMALL_PT - (0 if numbered else 1))
    pdf.set_text_color(*MUTED)
    for row, name in enumerate(weekdays):
        if numbered or row % 2 == 0:
            pdf.set_xy(pdf.l_margin, top + row * cell)
            pdf.cell(_LABEL_MM - 1, cell, name, align="R")
    _month_names(pdf, start, end, first_monday, left, top, cell, months)
    pdf.set_draw_color(*RULE)
    pdf.set_line_width(0.1)
    # Days of the first and last week outside the period: faint dashed outlines keep the grid's
    # shape without looking like days.
    pdf.set_draw_color(*_OUTSIDE)
    pdf.set_dash_pattern(dash=0.6, gap=0.6)
    for offset in range(weeks * 7):
        other = first_monday + timedelta(days=offset)
        if not start <= other <= end:
            x, y = left + offset // 7 * cell, top + other.weekday() * cell
            pdf.rect(x, y, cell - _GAP_MM, cell - _GAP_MM, style="D")
    pdf.set_dash_pattern()
    pdf.set_draw_color(*RULE)
    day = start
    while day <= end:
        column, row = (day - first_monday).days // 7, day.weekday()
        x, y = left + column * cell, top + row * cell
        status = days.get(day, DayStatus.REST)
        pdf.set_fill_color(*COLORS[status])
        pdf.rect(
            x, y, cell - _GAP_MM, cell - _GAP_MM, style="DF" if status is DayStatus.REST else "F"
        )
        if numbered:
            dark = status in (DayStatus.DONE, DayStatus.MISSED)
            pdf.set_text_color(*((255, 255, 255) if dark else INK))
            pdf.set_xy(x, y)
            pdf.cell(cell - _GAP_MM, cell - _GAP_MM, str(day.day), align="C")
        day += timedelta(days=1)
    pdf.set_text_color(*INK)
    bottom = top + 7 * cell
    if legend_beside:
        _legend(pdf, legend, left + weeks * cell + 6, top + cell * 0.5, vertical=True)
        pdf.set_xy(pdf.l_margin, bottom + 2)
    else:
        _legend(pdf, legend, left, bottom + 2, vertical=False)
        pdf.set_xy(pdf.l_margin, bottom + 9)


def _month_names(
    pdf: ReportDocument,
    start: date,
    end: date,
    first_monday: date,
    left: float,
    top: float,
    cell: float,
    months: Sequence[str],
) -> None:
    """Name the month above the column holding its first day (and above the first column)."""
    pdf.set_font(FONT, size=SMALL_PT - 1)
    pdf.set_text_color(*MUTED)
    labelled_until = -1.0
    day = start
    while day <= end:
        if day == start or day.day == 1:
            column = (day - first_monday).days // 7
            x = left + column * cell
            if x >= labelled_until:
                pdf.set_xy(x, top - 4.0)
                label = months[day.month - 1] + (f" {day.year}" if day.month == 1 else "")
                pdf.cell(pdf.get_string_width(label) + 1, 3.5, label)
                labelled_until = x + pdf.get_string_width(label) + 2
        day += timedelta(days=1)


def _legend(
    pdf: ReportDocument,
    legend: Mapping[DayStatus, str],
    x: float,
    y: float,
    *,
    vertical: bool,
) -> None:
    """A coloured square and a label for each kind of day."""
    pdf.set_font(FONT, size=SMALL_PT + 0.5)
    pdf.set_draw_color(*RULE)
    for status in _LEGEND_ORDER:
        pdf.set_fill_color(*COLORS[status])
        pdf.rect(x, y + 0.6, 3.6, 3.6, style="DF" if status is DayStatus.REST else "F")
        pdf.set_xy(x + 5, y)
        label = legend[status]
        pdf.cell(pdf.get_string_width(label) + 1, 4.8, label)
        if vertical:
            y += 6.0
        else:
            x += pdf.get_string_width(label) + 12
