"""What a used button leaves behind: the answer, shown on its message instead of the keyboard.

After a tap the pressed message is edited to read, below its text, what was chosen ("✅ Done",
"→ 6", "No"), and its buttons go, so the chat keeps only buttons that still do something.
"""

from __future__ import annotations

from telegram import InlineKeyboardMarkup

from bot.content.limits import MAX_CAPTION_LENGTH, MAX_MESSAGE_LENGTH, telegram_length
from bot.presses import (
    CallbackData,
    HistoryPagePress,
    PainPress,
    ProgressRangePress,
    ScreenToggle,
    SettingsPress,
    TimerPress,
)

# Presses whose message stays usable: the timer beside Done, checklist ticks, settings, and the
# chart's range and history pages (edited in place by their own handlers).
KEEPS_KEYBOARD = (TimerPress, ScreenToggle, SettingsPress, ProgressRangePress, HistoryPagePress)


def pressed_label(markup: InlineKeyboardMarkup | None, data: str | None) -> str | None:
    """The label of the button that sent this callback data, as the message showed it."""
    if markup is None or data is None:
        return None
    for row in markup.inline_keyboard:
        for button in row:
            if button.callback_data == data:
                return button.text
    return None


def answer_label(press: CallbackData, label: str | None) -> str | None:
    """The answer to leave on the message; "" to only take its buttons away (the pressed
    label is unknown); None when its keyboard stays."""
    if isinstance(press, KEEPS_KEYBOARD):
        return None
    if isinstance(press, PainPress):
        return f"→ {press.score}"
    return label or ""


def answered(text: str, answer: str, *, caption: bool) -> str | None:
    """The message's text with the answer on a line below, or None when that would not fit."""
    combined = f"{text}\n\n{answer}"
    limit = MAX_CAPTION_LENGTH if caption else MAX_MESSAGE_LENGTH
    return combined if telegram_length(combined) <= limit else None
