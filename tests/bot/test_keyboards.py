"""Keyboards are plain rows sent as JSON: the same object PTB would have sent for them."""

from __future__ import annotations

from datetime import date

from bot.domain.routine import Action
from bot.handlers.callbacks import ExercisePress, PainPress, SnoozePress, parse
from bot.views.outgoing import keyboard

ROWS = [
    [("0", PainPress(41, 3, 0)), ("10", PainPress(41, 3, 10))],
    [("✅ Done", ExercisePress(41, 3, Action.DONE)), ("😴 +1 h", SnoozePress(date(2026, 11, 26)))],
]


def test_the_json_keyboard_is_exactly_what_ptb_would_send() -> None:
    built = keyboard(ROWS)

    assert built.reply_markup() == built.markup().to_dict()


def test_every_button_carries_data_the_bot_parses_back() -> None:
    built = keyboard(ROWS)

    datas = [
        button["callback_data"] for row in built.reply_markup()["inline_keyboard"] for button in row
    ]  # type: ignore[attr-defined]

    assert [parse(data) for data in datas] == [data for row in ROWS for _label, data in row]


def test_a_keyboard_sent_many_times_is_built_as_ptb_objects_once() -> None:
    assert keyboard(ROWS).markup() is keyboard(ROWS).markup()
