"""Keyboards are plain rows in the views and PTB's InlineKeyboardMarkup when they go out."""

from __future__ import annotations

from datetime import date, time
from typing import get_args

from bot.callback_data import CODECS, parse
from bot.domain.routine import Action, HurtLevel
from bot.presses import (
    CallbackData,
    ClearedPress,
    ExercisePress,
    ForgetHealthPress,
    HistoryPagePress,
    PainPress,
    PausePress,
    RemindPress,
    ScreenDone,
    ScreenToggle,
    SkipTodayPress,
    SnoozePress,
    UnlockConfirm,
)
from bot.views.outgoing import keyboard

PRESS_KINDS = get_args(CallbackData)
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


def test_every_kind_of_press_has_exactly_one_row_in_the_codec_table() -> None:
    kinds = [codec.kind for codec in CODECS]

    assert sorted(kind.__name__ for kind in kinds) == sorted(kind.__name__ for kind in PRESS_KINDS)
    assert len(set(kinds)) == len(kinds)


def test_buttons_already_in_peoples_chats_parse_as_they_always_did() -> None:
    assert parse("r:41:3:sharp") == ExercisePress(41, 3, HurtLevel.SHARP)
    assert parse("sc:0005:ok") == ScreenDone(5)
    assert parse("sc:0005:2") == ScreenToggle(5, 2)
    assert parse("ul:no") == UnlockConfirm(None)
    assert parse("rm:0830") == RemindPress(time(8, 30))
    assert parse("hs:0002") == HistoryPagePress(2)
    assert parse("skp:20261126") == SkipTodayPress(date(2026, 11, 26))
    assert [parse(data) for data in ("ok", "pz", "fh")] == [
        ClearedPress(),
        PausePress(),
        ForgetHealthPress(),
    ]


def test_forged_or_malformed_data_parses_to_nothing() -> None:
    forged = ["ok:1", "r:01:3:done", "p:1:2:11", "sc:00FF:1", "rm:2400", "snz:20260231", "go:"]
    assert [parse(data) for data in forged] == [None] * len(forged)
    assert parse("tz:" + "a" * 62) is None
