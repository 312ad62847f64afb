"""Incoming updates: a button's message is cut to its identity before PTB parses it."""

from __future__ import annotations

import json
from typing import Any

from telegram import Bot, Update

from bot.sending.incoming import slim_get_updates, slim_update
from bot.sending.transport import AiohttpRequest

CHAT = {"id": 42, "type": "private", "first_name": "Ada"}
BOT_USER = {"id": 1, "is_bot": True, "first_name": "BackCoach"}
EXERCISE_MESSAGE = {
    "message_id": 7,
    "date": 1_790_000_000,
    "chat": CHAT,
    "from": BOT_USER,
    "caption": "Chair Rotation: sit tall and turn gently.",
    "caption_entities": [{"type": "bold", "offset": 0, "length": 14}],
    "animation": {
        "file_id": "anim",
        "file_unique_id": "u",
        "width": 320,
        "height": 320,
        "duration": 4,
        "thumbnail": {"file_id": "t", "file_unique_id": "tu", "width": 90, "height": 90},
    },
    "reply_markup": {"inline_keyboard": [[{"text": "✅ Done", "callback_data": "r:1:0:done"}]]},
}


def press(message: dict[str, Any], update_id: int = 5) -> dict[str, Any]:
    """A callback query update under `message`."""
    return {
        "update_id": update_id,
        "callback_query": {
            "id": "q1",
            "from": {"id": 42, "is_bot": False, "first_name": "Ada"},
            "chat_instance": "c",
            "data": "r:1:0:done",
            "message": message,
        },
    }


def test_a_buttons_message_keeps_only_what_identifies_it() -> None:
    slim = slim_update(press(EXERCISE_MESSAGE))
    assert slim["callback_query"]["message"] == {
        "message_id": 7,
        "date": 1_790_000_000,
        "chat": CHAT,
        "from": BOT_USER,
    }
    assert slim["callback_query"]["data"] == "r:1:0:done"


def test_the_input_is_left_as_it_was() -> None:
    update = press(EXERCISE_MESSAGE)
    before = json.dumps(update, sort_keys=True)
    slim_update(update)
    assert json.dumps(update, sort_keys=True) == before


def test_what_the_bot_reads_from_a_press_survives_parsing() -> None:
    parsed = Update.de_json(slim_update(press(EXERCISE_MESSAGE)), Bot("1:x"))
    assert parsed.effective_chat is not None
    assert parsed.effective_chat.id == 42
    query = parsed.callback_query
    assert query is not None
    assert query.message is not None
    assert (query.message.message_id, query.message.chat.id) == (7, 42)
    assert query.message.is_accessible
    assert query.data == "r:1:0:done"


def test_an_inaccessible_message_stays_inaccessible() -> None:
    gone = {"message_id": 7, "date": 0, "chat": CHAT}
    parsed = Update.de_json(slim_update(press(gone)), Bot("1:x"))
    assert parsed.callback_query is not None
    assert parsed.callback_query.message is not None
    assert not parsed.callback_query.message.is_accessible


def test_other_updates_pass_untouched() -> None:
    text = {"update_id": 6, "message": {**EXERCISE_MESSAGE, "text": "/routine"}}
    inline = {"update_id": 7, "callback_query": {"id": "q", "inline_message_id": "i"}}
    assert slim_update(text) is text
    assert slim_update(inline) is inline


def test_only_get_updates_answers_are_slimmed() -> None:
    commands = {"ok": True, "result": [{"command": "routine", "description": "Start"}]}
    sent = {"ok": True, "result": EXERCISE_MESSAGE}
    assert slim_get_updates(json.loads(json.dumps(commands))) == commands
    assert slim_get_updates(json.loads(json.dumps(sent))) == sent


def test_the_transport_hands_ptb_slim_updates() -> None:
    answer = {"ok": True, "result": [press(EXERCISE_MESSAGE, 5), press(EXERCISE_MESSAGE, 6)]}
    parsed = AiohttpRequest.parse_json_payload(json.dumps(answer).encode())
    assert [update["update_id"] for update in parsed["result"]] == [5, 6]
    assert all("caption" not in u["callback_query"]["message"] for u in parsed["result"])
