"""Incoming updates reach the handlers whole: a button's message keeps its text and caption."""

from __future__ import annotations

from typing import Any

from telegram.ext import ApplicationBuilder

from bot.web.gateway import UpdateGateway

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


def gateway() -> UpdateGateway:
    """The webhook gateway of an application that never goes online."""
    return UpdateGateway(ApplicationBuilder().token("1:x").updater(None).build())


def test_a_press_reaches_the_bot_with_its_whole_message() -> None:
    parsed = gateway().parse(press(EXERCISE_MESSAGE))
    assert parsed is not None
    assert parsed.effective_chat is not None
    assert parsed.effective_chat.id == 42
    query = parsed.callback_query
    assert query is not None
    assert query.data == "r:1:0:done"
    assert query.message is not None
    assert query.message.is_accessible
    assert (query.message.message_id, query.message.chat.id) == (7, 42)
    assert query.message.caption == "Chair Rotation: sit tall and turn gently."  # type: ignore[union-attr]


def test_a_press_under_an_inaccessible_message_still_parses() -> None:
    parsed = gateway().parse(press({"message_id": 7, "date": 0, "chat": CHAT}))
    assert parsed is not None
    assert parsed.callback_query is not None
    assert parsed.callback_query.message is not None
    assert not parsed.callback_query.message.is_accessible


def test_what_is_not_an_update_is_refused() -> None:
    assert gateway().parse({"message": {}}) is None
    assert gateway().parse(["not", "an", "update"]) is None
