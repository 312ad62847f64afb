"""render_report(ReportData, Texts) -> PDF bytes: the clinician report, 2-4 A4 pages.

Page 1 is what a clinician reads first: who, which period, the disclaimer, adherence, the pain
trend and (when it fits) function (PSFS). Page 2 onwards holds function when it did not fit, the
exercises table at each exercise's current dose, the dose changes and safety events. Pure
and synchronous: it does CPU work only (about 0.1-0.3 s), so callers run it in a worker thread
(asyncio.to_thread) to keep the event loop free for other people's updates.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime, time

from fpdf import XPos, YPos

from bot.content.text_keys import TextKey
from bot.content.texts import Texts
from bot.domain.report import DayStatus, ReportData
from bot.reports.calendar import draw_calendar
from bot.reports.chart import TrendLabels, render_trend_svg
from bot.reports.format import (
    day_text,
    iso,
    one_decimal,
    pain_verdict_key,
    percent,
    psfs_verdict_key,
)
from bot.reports.layout import FONT, SMALL_PT, TITLE_PT, ReportDocument
from bot.reports.tables import dose_change_rows, exercise_rows, psfs_rows, safety_rows

_DAY_KEYS = {
    DayStatus.DONE: TextKey.REPORT_DAY_DONE,
    DayStatus.QUICK: TextKey.REPORT_DAY_QUICK,
    DayStatus.MISSED: TextKey.REPORT_DAY_MISSED,
    DayStatus.STOPPED: TextKey.REPORT_DAY_STOPPED,
    DayStatus.PAUSED: TextKey.REPORT_DAY_PAUSED,
    DayStatus.REST: TextKey.REPORT_DAY_REST,
}
_CHART_HEIGHT_IN = 3.5
_ROW_MM = 7.0  # a one-line table row at the grid's 9 pt


def report_filename(data: ReportData) -> str:
    """A clear file name for sendDocument, e.g. backcoach-report-2026-11-08-to-2026-12-05.pdf."""
    return f"backcoach-report-{iso(data.start)}-to-{iso(data.end)}.pdf"


def render_report(data: ReportData, texts: Texts) -> bytes:
    """Lay out the whole report and return the PDF file's bytes."""
    t = texts.render
    disclaimer = t(TextKey.REPORT_DISCLAIMER)

    def footer(page: int) -> str:
        """Every page repeats the disclaimer, so a lone printed page cannot mislead."""
        return f"{disclaimer}   ·   {t(TextKey.REPORT_PAGE, page=page, pages='{nb}')}"

    pdf = ReportDocument(footer)
    pdf.set_title(f"{t(TextKey.REPORT_TITLE)}: {data.person_name}")
    pdf.set_author("BackCoach")
    pdf.set_creation_date(datetime.combine(data.created, time(12), tzinfo=UTC))
    pdf.add_page()
    _header(pdf, data, texts)
    _adherence(pdf, data, texts)
    _pain(pdf, data, texts)
    _function(pdf, data, texts)
    if pdf.page_no() == 1:
        # Outcomes on page 1, the details on page 2, whatever fits where.
        pdf.add_page()
    pdf.heading(
        t(TextKey.REPORT_EXERCISES_TITLE), keep_with_mm=min(10 + 9 * len(data.exercises), 200)
    )
    rows, widths, align = exercise_rows(data.exercises, texts, pdf.column_width)
    pdf.grid(rows, widths, align)
    _doses(pdf, data, texts)
    # A short table moves whole with its heading: a lone row on the next page is easy to miss.
    pdf.heading(t(TextKey.REPORT_SAFETY_TITLE), keep_with_mm=_table_mm(len(data.safety)))
    if data.safety:
        pdf.grid(*safety_rows(data.safety, texts))
    else:
        pdf.paragraph(t(TextKey.REPORT_SAFETY_NONE))
    buffer = io.BytesIO()
    pdf.output(buffer)
    return buffer.getvalue()


def _table_mm(rows: int) -> float:
    """About how tall a short table is (heading row included), so it can stay with its heading;
    a long one may break, with its heading row repeated."""
    return min(_ROW_MM * (rows + 1), 80.0)


def _doses(pdf: ReportDocument, data: ReportData, texts: Texts) -> None:
    """Each dose change in the period with its reason, or that there was none."""
    t = texts.render
    pdf.heading(t(TextKey.REPORT_DOSES_TITLE), keep_with_mm=_table_mm(len(data.dose_changes)))
    if not data.dose_changes:
        pdf.paragraph(t(TextKey.REPORT_DOSES_NONE))
        return
    pdf.grid(*dose_change_rows(data.dose_changes, texts))


def _header(pdf: ReportDocument, data: ReportData, texts: Texts) -> None:
    """Title, the disclaimer in a tinted box, then who, which routine and which period."""
    t = texts.render
    disclaimer = t(TextKey.REPORT_DISCLAIMER)
    pdf.paragraph(t(TextKey.REPORT_TITLE), size=TITLE_PT, bold=True)
    pdf.ln(1)
    pdf.set_fill_color(251, 240, 226)
    pdf.set_font(FONT, "B", 10)
    pdf.multi_cell(0, 7, disclaimer, fill=True, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    meta = t(
        TextKey.REPORT_META,
        name=data.person_name,
        routine=data.routine_name,
        start=day_text(data.start, texts.language),
        end=day_text(data.end, texts.language),
        days=data.days,
        created=day_text(data.created, texts.language),
    )
    pdf.paragraph(meta)


def _adherence(pdf: ReportDocument, data: ReportData, texts: Texts) -> None:
    """The counts in a sentence, then the calendar of days."""
    t = texts.render
    pdf.heading(t(TextKey.REPORT_ADHERENCE_TITLE), keep_with_mm=40)
    counts = data.adherence
    pdf.paragraph(
        t(
            TextKey.REPORT_ADHERENCE_LINE,
            done=counts.sessions_done,
            quick=counts.quick_sessions,
            per_week=one_decimal(data.sessions_per_week, texts.language),
            streak=counts.longest_streak,
            stopped=counts.sessions_stopped,
        )
    )
    pdf.ln(2)
    draw_calendar(
        pdf,
        dict(data.calendar),
        data.start,
        data.end,
        weekdays=t(TextKey.REPORT_WEEKDAYS).split(),
        months=t(TextKey.CHART_MONTHS).split(),
        legend={status: t(key) for status, key in _DAY_KEYS.items()},
    )


def _pain(pdf: ReportDocument, data: ReportData, texts: Texts) -> None:
    """The meaningful-change sentence and the vector chart, or why there is none."""
    t = texts.render
    pdf.heading(t(TextKey.REPORT_PAIN_TITLE), keep_with_mm=70)
    if not data.pain_tracked:
        pdf.paragraph(t(TextKey.REPORT_PAIN_OFF))
        return
    rated = [s for s in data.pain if s.before is not None or s.after is not None]
    if not rated:
        pdf.paragraph(t(TextKey.REPORT_PAIN_NONE))
        return
    change = data.pain_trend
    if change is None:
        pdf.paragraph(t(TextKey.REPORT_PAIN_NOT_ENOUGH))
    else:
        pdf.paragraph(
            t(
                pain_verdict_key(change),
                first=one_decimal(change.before, texts.language),
                last=one_decimal(change.after, texts.language),
                points=one_decimal(change.points, texts.language),
                percent=percent(change.percent),
            )
        )
    labels = TrendLabels(
        before=t(TextKey.CHART_BEFORE),
        after=t(TextKey.CHART_AFTER),
        weekly=t(TextKey.CHART_WEEKLY),
        pain_axis=t(TextKey.CHART_PAIN_AXIS),
        months=tuple(t(TextKey.CHART_MONTHS).split()),
    )
    width_in = pdf.epw / 25.4
    svg = render_trend_svg(
        data.session_points,
        data.weekly_pain,
        data.start,
        data.end,
        labels,
        width_in=width_in,
        height_in=_CHART_HEIGHT_IN,
    )
    if pdf.room_left < _CHART_HEIGHT_IN * 25.4 + 2:
        pdf.add_page()
    pdf.ln(1)
    top = pdf.get_y()
    pdf.image(io.BytesIO(svg), x=pdf.l_margin, y=top, w=pdf.epw, h=_CHART_HEIGHT_IN * 25.4)
    pdf.set_y(top + _CHART_HEIGHT_IN * 25.4 + 1)


def _function(pdf: ReportDocument, data: ReportData, texts: Texts) -> None:
    """PSFS activities with their scores over time and the mean change in words."""
    t = texts.render
    pdf.heading(t(TextKey.REPORT_PSFS_TITLE), keep_with_mm=40)
    pdf.paragraph(t(TextKey.REPORT_PSFS_SCALE), size=SMALL_PT + 1)
    pdf.ln(2)
    if not data.psfs:
        pdf.paragraph(t(TextKey.REPORT_PSFS_NONE))
        return
    change = data.psfs_trend
    if change is None:
        pdf.paragraph(t(TextKey.REPORT_PSFS_NOT_ENOUGH))
    else:
        pdf.paragraph(
            t(
                psfs_verdict_key(change),
                first=one_decimal(change.first, texts.language),
                last=one_decimal(change.last, texts.language),
                points=one_decimal(abs(change.points), texts.language),
            )
        )
    pdf.ln(1)
    pdf.grid(*psfs_rows(data.psfs, texts, pdf.column_width))
