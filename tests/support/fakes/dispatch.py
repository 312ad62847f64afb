"""Which fake handler answers which Bot API method (names are case-insensitive, like Telegram)."""

from __future__ import annotations

from collections.abc import Callable

from tests.support.fakes import handlers_bot as bot
from tests.support.fakes import handlers_media as media
from tests.support.fakes import handlers_messages as msg
from tests.support.fakes.records import Upload
from tests.support.fakes.state import ApiState

Handler = Callable[[ApiState, dict[str, object], dict[str, Upload]], object]
GET_UPDATES = "getUpdates"

_HANDLERS: dict[str, Handler] = {
    "getMe": bot.get_me,
    "setMyCommands": bot.set_my_commands,
    "getMyCommands": bot.get_my_commands,
    "deleteMyCommands": bot.delete_my_commands,
    "setWebhook": bot.set_webhook,
    "deleteWebhook": bot.delete_webhook,
    "getWebhookInfo": bot.get_webhook_info,
    "logOut": bot.accept,
    "close": bot.accept,
    "setMyDescription": bot.accept,
    "setMyShortDescription": bot.accept,
    "setMyName": bot.accept,
    "setChatMenuButton": bot.accept,
    "sendMessage": msg.send_message,
    "editMessageText": msg.edit_message_text,
    "editMessageCaption": msg.edit_message_caption,
    "editMessageReplyMarkup": msg.edit_message_reply_markup,
    "deleteMessage": msg.delete_message,
    "answerCallbackQuery": msg.answer_callback_query,
    "sendChatAction": msg.send_chat_action,
    "sendPhoto": media.send_media("photo"),
    "sendAnimation": media.send_media("animation"),
    "sendDocument": media.send_media("document"),
    "getFile": media.get_file,
    "editMessageMedia": media.edit_message_media,
}
_CANONICAL = {name.lower(): name for name in [*_HANDLERS, GET_UPDATES]}


def canonical_method(method: str) -> str | None:
    """The documented spelling of a method, or None if the fake does not know it."""
    return _CANONICAL.get(method.lower())


def handler_for(method: str) -> Handler | None:
    """The handler for a canonical method name (getUpdates is handled separately)."""
    return _HANDLERS.get(method)
