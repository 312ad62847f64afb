"""Captions, keyboards and lines for /progress, /history and the weekly summary."""

from __future__ import annotations

from bot.charts.calendar_labels import CalendarLabels
from bot.charts.pain_chart import ChartLabels
from bot.content import Catalog, TextKey
from bot.domain.day_status import DayStatus
from bot.domain.progress import Change, ProgressStats
from bot.i18n.dates import full_month_names, month_names, short_day, weekday_letters
from bot.i18n.numbers import one_decimal
from bot.presses import CallbackData, HistoryPagePress, ProgressWindowPress
from bot.services.progress import HistoryPage, ProgressReport
from bot.views.growth_view import GrowthView
from bot.views.outgoing import Keyboard, OutMessage, keyboard

_CHANGE_KEYS = {
    Change.IMPROVED: TextKey.PROGRESS_IMPROVED,
    Change.WORSENED: TextKey.PROGRESS_WORSENED,
    Change.NO_CLEAR_CHANGE: TextKey.PROGRESS_NO_CLEAR_CHANGE,
}


class ProgressView:
    """Turns progress numbers into words a person reads on a phone."""

    def __init__(self, catalog: Catalog) -> None:
        self._catalog = catalog
        texts = self._texts = catalog.texts
        self._chart_labels = _chart_labels(catalog)
        self._calendar_labels = _calendar_labels(catalog)
        self._growth = GrowthView(catalog)
        self._ranges = keyboard(
            [
                [
                    (texts.render(TextKey.BUTTON_RANGE_30), ProgressWindowPress(30)),
                    (texts.render(TextKey.BUTTON_RANGE_90), ProgressWindowPress(90)),
                    (texts.render(TextKey.BUTTON_RANGE_ALL), ProgressWindowPress(None)),
                ]
            ]
        )

    def caption(self, report: ProgressReport) -> str:
        """The words under the picture: sessions over rolling days, the streaks, then pain."""
        return self._caption(report) + self._weekly_line(report)

    def _weekly_line(self, report: ProgressReport) -> str:
        """ "Weeks in a row with your goal met" (issue 20), on a line of its own."""
        if report.weekly_streak is None:
            return ""
        current, goal = report.weekly_streak.current, report.weekly_goal
        return "\n" + self._texts.render(TextKey.GROW_WEEKLY_STREAK, current=current, goal=goal)

    def _caption(self, report: ProgressReport) -> str:
        """The words under the picture, before the weekly streak."""
        counts = {
            "sessions_week": report.habit.sessions_7,
            "sessions_month": report.habit.sessions_30,
            "current": report.streak.current,
            "best": report.streak.best,
        }
        if not report.tracks_pain:
            return self._texts.render(TextKey.PROGRESS_PAIN_OFF, **counts)
        return self._texts.render(
            TextKey.PROGRESS_CAPTION,
            **counts,
            relief=self._relief(report.stats),
            comparison=self._comparison(report.stats),
        )

    def weekly_caption(self, report: ProgressReport) -> str:
        """The weekly summary's words."""
        stats = report.stats
        return self._texts.render(
            TextKey.WEEKLY_CAPTION,
            sessions_week=report.habit.sessions_7,
            current=report.streak.current,
            best=report.streak.best,
            relief=self._relief(stats),
            comparison=self._comparison(stats),
        )

    def report(self, report: ProgressReport, png: bytes) -> OutMessage:
        """/progress as one picture with its words and range buttons."""
        return OutMessage(self.caption(report), self._ranges, photo=png)

    @property
    def calendar_labels(self) -> CalendarLabels:
        """Every word on the habit calendar, from content (built once, at start)."""
        return self._calendar_labels

    @property
    def ranges(self) -> Keyboard:
        """30 days, 90 days, all time."""
        return self._ranges

    @property
    def chart_labels(self) -> ChartLabels:
        """Every word on the chart, from content (built once, at start)."""
        return self._chart_labels

    def title(self, report: ProgressReport) -> str:
        """The chart's title, with a locale-free date."""
        if report.window_days is None:
            start = report.start
            month = self._chart_labels.months[start.month - 1]
            when = f"{start.day} {month} {start.year}"
            return self._texts.render(TextKey.CHART_TITLE_SINCE, start=when)
        return self._texts.render(TextKey.CHART_TITLE_WINDOW, days=report.window_days)

    def history(self, page: HistoryPage) -> OutMessage:
        """Ten lines and paging buttons."""
        texts = self._texts
        levels = self._growth.history_lines(page.level_changes)  # dose changes (issue 20)
        if not page.lines:
            return OutMessage("\n".join([texts.render(TextKey.HISTORY_EMPTY), *levels]))
        routines = self._catalog.routines
        lines = [texts.render(TextKey.HISTORY_TITLE)] + [
            texts.render(
                TextKey.HISTORY_LINE,
                date=short_day(line.local_date, texts.language),
                routine=routines[line.routine_id].title
                if line.routine_id in routines
                else line.routine_id,
                done=line.done,
                skipped=line.skipped,
                hurt=line.hurt,
                pain=f"{_score(line.before)} → {_score(line.after)}",
            )
            for line in page.lines
        ]
        buttons: list[tuple[str, CallbackData]] = []
        if page.has_older:
            buttons.append((texts.render(TextKey.BUTTON_OLDER), HistoryPagePress(page.page + 1)))
        if page.page > 0:
            buttons.append((texts.render(TextKey.BUTTON_NEWER), HistoryPagePress(page.page - 1)))
        lines.extend(levels)
        return OutMessage("\n".join(lines), keyboard([buttons]) if buttons else None)

    def _relief(self, stats: ProgressStats) -> str:
        """Average relief within a session, or why there is none yet."""
        if stats.average_relief is None:
            return self._texts.render(TextKey.PROGRESS_RELIEF_NONE)
        return self._texts.render(
            TextKey.PROGRESS_RELIEF,
            relief=one_decimal(stats.average_relief, self._texts.language, signed=True),
        )

    def _comparison(self, stats: ProgressStats) -> str:
        """This week against the first: both averages, the difference, and the rule it met."""
        change = stats.comparison
        key = _CHANGE_KEYS.get(stats.change)
        if key is None or change is None:
            return self._texts.render(TextKey.PROGRESS_NOT_ENOUGH_DATA)
        # percent is None only from a first week at 0, which cannot improve: "0" is never shown.
        return self._texts.render(
            key,
            first=one_decimal(change.before, self._texts.language),
            now=one_decimal(change.after, self._texts.language),
            points=one_decimal(change.points, self._texts.language),
            percent=f"{change.percent or 0:.0f}",
        )


def _score(score: int | None) -> str:
    """A rating or a dash."""
    return "–" if score is None else str(score)


def _chart_labels(catalog: Catalog) -> ChartLabels:
    """Chart words from texts.ftl; month names from Babel (CLDR), in the text's language."""
    texts = catalog.texts
    return ChartLabels(
        before=texts.render(TextKey.CHART_BEFORE),
        after=texts.render(TextKey.CHART_AFTER),
        weekly=texts.render(TextKey.CHART_WEEKLY),
        pain_axis=texts.render(TextKey.CHART_PAIN_AXIS),
        sessions=texts.render(TextKey.CHART_SESSIONS),
        date_axis=texts.render(TextKey.CHART_DATE_AXIS, zone="{zone}"),
        months=month_names(texts.language),  # issue 18: Babel's CLDR names
    )


def _calendar_labels(catalog: Catalog) -> CalendarLabels:
    """Calendar words: its title and legend from the texts, month and weekday names from CLDR."""
    texts = catalog.texts
    words = [word.strip() for word in texts.render(TextKey.CALENDAR_LEGEND).split("|")]
    return CalendarLabels(
        title=texts.render(TextKey.CALENDAR_TITLE),
        legend=dict(zip(DayStatus, words, strict=True)),
        weekdays=weekday_letters(texts.language),  # issue 18: Babel's CLDR names
        months=full_month_names(texts.language),  # headings: "Ноябрь 2026", not "нояб. 2026"
    )
