"""The report's tables as rows of text: exercises, PSFS scores over time and safety events."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from bot.content.text_keys import TextKey
from bot.content.texts import Texts
from bot.domain.report import DoseChange, ExerciseRow, PsfsActivity, SafetyEvent, SafetyKind
from bot.reports.format import signed, table_day

Table = tuple[list[list[str]], tuple[float, ...], tuple[str, ...]]
# Millimetres a column needs for its heading (ReportDocument.column_width).
Measure = Callable[[str], float]
PAGE_WIDTH_MM = 180.0
_MIN_COUNT_MM = 12.0
_CHANGE_MM = 30.0
_MIN_NAME_MM = 45.0

# Check dates shown side by side: the first and the latest few; more would not fit A4 width.
MAX_CHECK_COLUMNS = 6
_SAFETY_KEYS = {
    SafetyKind.STOP: TextKey.REPORT_SAFETY_STOP,
    SafetyKind.SYMPTOM: TextKey.REPORT_SAFETY_SYMPTOM,
    SafetyKind.ESCALATION: TextKey.REPORT_SAFETY_ESCALATION,
    SafetyKind.RED_FLAG: TextKey.REPORT_SAFETY_RED_FLAG,
}


def exercise_rows(exercises: Sequence[ExerciseRow], texts: Texts, measure: Measure) -> Table:
    """One row per exercise: counts by outcome and hurt level, gentler uses, the current dose."""
    t = texts.render
    heading = [
        t(TextKey.REPORT_COL_EXERCISE),
        t(TextKey.REPORT_COL_DOSE),
        t(TextKey.REPORT_COL_DONE),
        t(TextKey.REPORT_COL_SKIPPED),
        t(TextKey.REPORT_COL_HURT_MILD),
        t(TextKey.REPORT_COL_HURT_STRONG),
        t(TextKey.REPORT_COL_HURT_SHARP),
        t(TextKey.REPORT_COL_HURT_URGENT),
        t(TextKey.REPORT_COL_GENTLER),
    ]
    dropped = t(TextKey.REPORT_DROPPED)
    rows = [heading]
    for row in exercises:
        name = f"{row.name} ({dropped})" if row.dropped else row.name
        counts = (
            row.done,
            row.skipped,
            row.hurt_mild,
            row.hurt_strong,
            row.hurt_sharp,
            row.hurt_urgent,
            row.gentler,
        )
        rows.append([name, row.dose, *(str(count) for count in counts)])
    counts_mm = [max(_MIN_COUNT_MM, measure(title)) for title in heading[2:]]
    left = PAGE_WIDTH_MM - sum(counts_mm)
    widths = (left * 0.42, left * 0.58, *counts_mm)  # doses are the longer words
    return rows, widths, ("LEFT", "LEFT", *("CENTER",) * 7)


def check_dates(activities: Sequence[PsfsActivity], limit: int) -> list[date | None]:
    """The check dates to show as at most `limit` columns (at least 3): the first, a None for
    the left-out middle ones, and the latest."""
    dates = sorted({score.day for activity in activities for score in activity.scores})
    if len(dates) <= limit:
        return list(dates)
    return [dates[0], None, *dates[-(max(limit, 3) - 2) :]]


def psfs_rows(activities: Sequence[PsfsActivity], texts: Texts, measure: Measure) -> Table:
    """One row per activity with its score at each check and its first-to-last change."""
    t = texts.render
    score_mm = max(_MIN_COUNT_MM, measure(table_day(date(2000, 12, 31), texts.language)))
    change_mm = max(_CHANGE_MM, measure(t(TextKey.REPORT_PSFS_CHANGE)))
    limit = int((PAGE_WIDTH_MM - change_mm - _MIN_NAME_MM) // score_mm)
    columns = check_dates(activities, min(limit, MAX_CHECK_COLUMNS))
    heading = [
        t(TextKey.REPORT_PSFS_ACTIVITY),
        *("…" if day is None else table_day(day, texts.language) for day in columns),
        t(TextKey.REPORT_PSFS_CHANGE),
    ]
    rows = [heading]
    meaningful = t(TextKey.REPORT_MEANINGFUL)
    for activity in activities:
        by_day = {score.day: str(score.score) for score in activity.scores}
        cells = ["…" if day is None else by_day.get(day, "") for day in columns]
        change = activity.change
        if change is None:
            moved = ""
        elif change.meaningful:
            moved = f"{signed(change.points, texts.language)} ({meaningful})"
        else:
            moved = signed(change.points, texts.language)
        rows.append([activity.name, *cells, moved])
    name_mm = PAGE_WIDTH_MM - change_mm - score_mm * len(columns)
    widths = (name_mm, *(score_mm for _ in columns), change_mm)
    return rows, widths, ("LEFT", *("CENTER",) * (len(columns) + 1))


def safety_rows(events: Sequence[SafetyEvent], texts: Texts) -> Table:
    """Dated safety events, oldest first: what kind, and a label (never the person's words)."""
    t = texts.render
    rows = [[t(TextKey.REPORT_COL_DATE), t(TextKey.REPORT_COL_EVENT), t(TextKey.REPORT_COL_DETAIL)]]
    for event in sorted(events, key=lambda event: event.day):
        rows.append(
            [table_day(event.day, texts.language), t(_SAFETY_KEYS[event.kind]), event.detail]
        )
    return rows, (26.0, 62.0, 92.0), ("LEFT", "LEFT", "LEFT")


def dose_change_rows(changes: Sequence[DoseChange], texts: Texts) -> Table:
    """Dated dose changes, oldest first: the exercise, its dose before and after, and why."""
    t = texts.render
    rows = [
        [
            t(TextKey.REPORT_COL_DATE),
            t(TextKey.REPORT_COL_EXERCISE),
            t(TextKey.REPORT_COL_FROM),
            t(TextKey.REPORT_COL_TO),
            t(TextKey.REPORT_COL_WHY),
        ]
    ]
    for change in changes:
        step = t(TextKey.REPORT_DOSE_RAISED if change.raised else TextKey.REPORT_DOSE_LOWERED)
        why = f"{step}: {change.reason}" if change.reason else step
        rows.append(
            [
                table_day(change.day, texts.language),
                change.exercise,
                change.before,
                change.after,
                why,
            ]
        )
    return rows, (22.0, 34.0, 45.0, 45.0, 34.0), ("LEFT",) * 5
