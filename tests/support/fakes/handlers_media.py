"""Media methods of the fake: uploads that get file_ids, re-sends by file_id, getFile."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace

from tests.support.fakes.records import (
    EDIT_NOT_FOUND,
    NOT_MODIFIED,
    WRONG_FILE_ID,
    ApiError,
    Upload,
)
from tests.support.fakes.state import ApiState
from tests.support.fakes.store import StoredFile
from tests.support.fakes.validation import (
    check_caption,
    check_reply_markup,
    inline_only,
    require_chat_id,
)

MediaHandler = Callable[[ApiState, dict[str, object], dict[str, Upload]], object]


def _resolve(
    state: ApiState, kind: str, params: dict[str, object], files: dict[str, Upload]
) -> StoredFile:
    """Finds the file to send: a fresh upload, an attach:// part, a known file_id or a URL."""
    value = params.get(kind)
    upload = files.get(kind)
    if isinstance(value, str) and value.startswith("attach://"):
        upload = files.get(value.removeprefix("attach://"))
    if upload is not None:
        return state.files.add(kind, upload.content, upload.file_name, upload.mime_type)
    if not isinstance(value, str) or not value:
        raise ApiError(400, f"Bad Request: there is no {kind} in the request")
    if value.startswith(("http://", "https://")):
        return state.files.add(kind, b"", value.rsplit("/", 1)[-1] or None, None)
    stored = state.files.by_id(value)
    if stored is None:
        raise ApiError(400, WRONG_FILE_ID)
    if (stored.kind == "photo") != (kind == "photo"):
        raise ApiError(
            400, f"Bad Request: can't use file of type {stored.kind.title()} as {kind.title()}"
        )
    return stored


def send_media(kind: str) -> MediaHandler:
    """Builds the handler for sendPhoto / sendAnimation / sendDocument."""

    def handler(state: ApiState, params: dict[str, object], files: dict[str, Upload]) -> object:
        """Stores the upload (or reuses a file_id) and returns the media Message."""
        chat_id = require_chat_id(params)
        caption = check_caption(params)
        markup = check_reply_markup(params)
        stored = _resolve(state, kind, params, files)
        mode = params.get("parse_mode")
        sent = state.messages.add(
            chat_id,
            text=None,
            caption=caption,
            reply_markup=markup,
            kind=kind,
            file_id=stored.file_id,
            parse_mode=mode if isinstance(mode, str) else None,
        )
        return state.message_json(sent)

    handler.__name__ = f"send_{kind}"
    return handler


def get_file(state: ApiState, params: dict[str, object], files: dict[str, Upload]) -> object:
    """getFile: describes a known file with the path used to download it."""
    file_id = params.get("file_id")
    stored = state.files.by_id(file_id) if isinstance(file_id, str) else None
    if stored is None:
        raise ApiError(400, "Bad Request: invalid file_id")
    return stored.as_file()


def edit_message_media(
    state: ApiState, params: dict[str, object], files: dict[str, Upload]
) -> object:
    """editMessageMedia: a new photo (upload or file_id) and caption for a media message.

    As Telegram: a text message has no media to edit, a photo cannot become another kind
    here, and the same file with the same caption and keyboard is "message is not modified".
    """
    chat_id = require_chat_id(params)
    message_id = params.get("message_id")
    sent = state.messages.get(chat_id, message_id) if isinstance(message_id, int) else None
    if sent is None:
        raise ApiError(400, EDIT_NOT_FOUND)
    if sent.file_id is None:
        raise ApiError(400, "Bad Request: there is no media in the message to edit")
    media = params.get("media")
    if not isinstance(media, dict) or media.get("type") not in ("photo", "animation"):
        raise ApiError(400, "Bad Request: can't parse InputMedia: media type is unknown")
    kind = str(media["type"])
    caption = check_caption(media)
    markup = check_reply_markup(params)
    stored = _resolve(state, kind, {kind: media.get("media")}, files)
    unchanged = (stored.file_id, caption, inline_only(markup)) == (
        sent.file_id,
        sent.caption,
        inline_only(sent.reply_markup),
    )
    if unchanged:
        raise ApiError(400, NOT_MODIFIED)
    edited = replace(
        sent,
        kind=kind,
        file_id=stored.file_id,
        caption=caption,
        reply_markup=inline_only(markup),
        edits=sent.edits + 1,
        edit_date=int(time.time()),
    )
    state.messages.put(edited)
    return state.message_json(edited)
