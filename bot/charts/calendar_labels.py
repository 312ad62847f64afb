"""Every word drawn on the habit calendar, so the texts can come from content files."""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass

from bot.domain.day_status import DayStatus


@dataclass(frozen=True, slots=True)
class CalendarLabels:
    """Every word drawn on the calendar, so the texts can come from content files."""

    title: str = "Your practice"
    summary: str | None = None
    """An optional line under the title, e.g. "Last 7 days: 5 of 6 goal days" (a rolling
    week, never a calendar week, so "8 this week, 7 this month" cannot happen)."""
    legend: Mapping[DayStatus, str] | None = None
    """Missing entries fall back to the English words below."""
    weekdays: tuple[str, ...] = ("M", "T", "W", "T", "F", "S", "S")
    """Monday first, whatever `first_weekday` is."""
    months: tuple[str, ...] = tuple(calendar.month_name[1:])

    def legend_text(self, status: DayStatus) -> str:
        """The legend's word for a status."""
        given = self.legend or {}
        return given.get(status, _ENGLISH[status])


_ENGLISH = {
    DayStatus.DONE: "Routine",
    DayStatus.QUICK: "Quick",
    DayStatus.MISSED: "Missed",
    DayStatus.PAUSED: "Paused",
    DayStatus.REST: "Rest day",
}


ENGLISH_LABELS = CalendarLabels()
