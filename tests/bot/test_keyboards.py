"""Keyboards are plain rows in the views and PTB's InlineKeyboardMarkup when they go out."""

from __future__ import annotations

from datetime import date

from bot.domain.routine import Action
from bot.handlers.callbacks import ExercisePress, PainPress, SnoozePress, parse
from bot.views.outgoing import keyboard

ROWS = [
    [("0", PainPress(41, 3, 0)), ("10", PainPress(41, 3, 10))],
    [("✅ Done", ExercisePress(41, 3, Action.DONE)), ("😴 +1 h", SnoozePress(date(2026, 11, 26)))],
]


def test_every_button_carries_data_the_bot_parses_back() -> None:
    markup = keyboard(ROWS).markup()

    buttons = [button for row in markup.inline_keyboard for button in row]

    assert [button.text for button in buttons] == [label for row in ROWS for label, _data in row]
    assert [parse(str(button.callback_data)) for button in buttons] == [
        data for row in ROWS for _label, data in row
    ]
