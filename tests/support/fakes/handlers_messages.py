"""Message methods of the fake: send, edit, delete, answer callbacks, chat actions."""

from __future__ import annotations

import time
from dataclasses import replace

from tests.support.fakes.records import (
    DELETE_NOT_FOUND,
    EDIT_NOT_FOUND,
    NOT_MODIFIED,
    QUERY_TOO_OLD,
    ApiError,
    SentMessage,
    Upload,
)
from tests.support.fakes.state import ApiState
from tests.support.fakes.validation import (
    check_caption,
    check_reply_markup,
    check_text,
    inline_only,
    require_chat_id,
    require_int,
)

NO_MESSAGE_ID = "Bad Request: message identifier is not specified"
CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)


def _parse_mode(params: dict[str, object]) -> str | None:
    """The parse mode the bot asked for, if any."""
    mode = params.get("parse_mode")
    return mode if isinstance(mode, str) else None


def _target(state: ApiState, params: dict[str, object]) -> SentMessage:
    """The message an edit refers to; Telegram refuses unknown ones."""
    chat_id = require_chat_id(params)
    message_id = require_int(params, "message_id", NO_MESSAGE_ID)
    sent = state.messages.get(chat_id, message_id)
    if sent is None:
        raise ApiError(400, EDIT_NOT_FOUND)
    return sent


def send_message(state: ApiState, params: dict[str, object], files: dict[str, Upload]) -> object:
    """sendMessage: stores the message under the chat's next id and returns it."""
    chat_id = require_chat_id(params)
    text = check_text(params)
    markup = check_reply_markup(params)
    sent = state.messages.add(
        chat_id, text=text, reply_markup=markup, parse_mode=_parse_mode(params)
    )
    return state.message_json(sent)


def edit_message_text(
    state: ApiState, params: dict[str, object], files: dict[str, Upload]
) -> object:
    """editMessageText: refuses unchanged content; omitting reply_markup removes the keyboard."""
    if "inline_message_id" in params and "chat_id" not in params:
        check_text(params)
        return True
    sent = _target(state, params)
    if sent.text is None:
        raise ApiError(400, "Bad Request: there is no text in the message to edit")
    text = check_text(params)
    markup = check_reply_markup(params)
    if text == sent.text and inline_only(markup) == inline_only(sent.reply_markup):
        raise ApiError(400, NOT_MODIFIED)
    edited = replace(
        sent,
        text=text,
        reply_markup=inline_only(markup),
        parse_mode=_parse_mode(params),
        edits=sent.edits + 1,
        edit_date=int(time.time()),
    )
    state.messages.put(edited)
    return state.message_json(edited)


def edit_message_caption(
    state: ApiState, params: dict[str, object], files: dict[str, Upload]
) -> object:
    """editMessageCaption: like editMessageText, for media messages."""
    sent = _target(state, params)
    if sent.file_id is None:
        raise ApiError(400, "Bad Request: there is no caption in the message to edit")
    caption = check_caption(params)
    markup = check_reply_markup(params)
    if caption == sent.caption and inline_only(markup) == inline_only(sent.reply_markup):
        raise ApiError(400, NOT_MODIFIED)
    edited = replace(
        sent,
        caption=caption,
        reply_markup=inline_only(markup),
        edits=sent.edits + 1,
        edit_date=int(time.time()),
    )
    state.messages.put(edited)
    return state.message_json(edited)


def edit_message_reply_markup(
    state: ApiState, params: dict[str, object], files: dict[str, Upload]
) -> object:
    """editMessageReplyMarkup: replaces or removes the inline keyboard, refusing no-ops."""
    if "inline_message_id" in params and "chat_id" not in params:
        return True
    sent = _target(state, params)
    markup = inline_only(check_reply_markup(params))
    if markup == inline_only(sent.reply_markup):
        raise ApiError(400, NOT_MODIFIED)
    edited = replace(sent, reply_markup=markup, edits=sent.edits + 1, edit_date=int(time.time()))
    state.messages.put(edited)
    return state.message_json(edited)


def delete_message(state: ApiState, params: dict[str, object], files: dict[str, Upload]) -> object:
    """deleteMessage: forgets the message; a second delete is refused like Telegram does."""
    chat_id = require_chat_id(params)
    message_id = require_int(params, "message_id", NO_MESSAGE_ID)
    if not state.messages.delete(chat_id, message_id):
        raise ApiError(400, DELETE_NOT_FOUND)
    return True


def answer_callback_query(
    state: ApiState, params: dict[str, object], files: dict[str, Upload]
) -> object:
    """answerCallbackQuery: each query id can be answered once."""
    query_id = params.get("callback_query_id")
    if not isinstance(query_id, str | int) or str(query_id) in state.answered_callbacks:
        raise ApiError(400, QUERY_TOO_OLD)
    text = params.get("text")
    if isinstance(text, str) and len(text) > 200:
        raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
    state.answered_callbacks.add(str(query_id))
    return True


def send_chat_action(
    state: ApiState, params: dict[str, object], files: dict[str, Upload]
) -> object:
    """sendChatAction: accepts only the documented actions."""
    require_chat_id(params)
    if params.get("action") not in CHAT_ACTIONS:
        raise ApiError(400, "Bad Request: wrong parameter action in request")
    return True
