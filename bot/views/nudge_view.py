"""The nudge message: a varied line, the streak, and four buttons."""

from __future__ import annotations

from datetime import date

from bot.content import FULL_ROUTINE_ID, QUICK_ROUTINE_ID, Catalog, TextKey
from bot.presses import SkipTodayPress, SnoozePress, StartPress
from bot.views.outgoing import Keyboard, OutMessage, keyboard

VARIANTS = (
    TextKey.NUDGE_MESSAGE_1,
    TextKey.NUDGE_MESSAGE_2,
    TextKey.NUDGE_MESSAGE_3,
    TextKey.NUDGE_MESSAGE_4,
    TextKey.NUDGE_MESSAGE_5,
)


class NudgeView:
    """Renders nudges; the varied lines are pre-rendered once."""

    def __init__(self, catalog: Catalog) -> None:
        texts = self._texts = catalog.texts
        self._lines = tuple(texts.render(key) for key in VARIANTS)
        self._no_streak = texts.render(TextKey.NUDGE_NO_STREAK)
        self._labels = (
            texts.render(TextKey.BUTTON_START_ROUTINE),
            texts.render(TextKey.BUTTON_QUICK),
            texts.render(TextKey.BUTTON_SNOOZE),
            texts.render(TextKey.BUTTON_SKIP_TODAY),
        )
        # A fan-out sends one day's keyboard thousands of times: build it once per day.
        self._keyboards: dict[date, Keyboard] = {}

    def nudge(self, user_id: int, day: date, streak: int) -> OutMessage:
        """A different line on consecutive days for the same user, stable within a day."""
        line = self._lines[(user_id + day.toordinal()) % len(self._lines)]
        streak_line = (
            self._texts.render(TextKey.NUDGE_STREAK, streak=streak) if streak else self._no_streak
        )
        if day not in self._keyboards:
            self._keyboards = {day: self._keyboard(day)}
        return OutMessage(f"{line}\n\n{streak_line}", self._keyboards[day])

    def _keyboard(self, day: date) -> Keyboard:
        """Start, quick, snooze and skip-today."""
        start, quick, snooze, skip = self._labels
        return keyboard(
            [
                [(start, StartPress(FULL_ROUTINE_ID)), (quick, StartPress(QUICK_ROUTINE_ID))],
                [(snooze, SnoozePress(day)), (skip, SkipTodayPress(day))],
            ]
        )
