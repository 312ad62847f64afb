"""Checks the fake applies to requests, with the same refusals Telegram gives."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

from tests.support.fakes.records import (
    BUTTON_DATA_INVALID,
    CHAT_ID_EMPTY,
    CHAT_NOT_FOUND,
    TEXT_EMPTY,
    TEXT_TOO_LONG,
    ApiError,
    normalize_chat_id,
)

MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_DATA_BYTES = 64
_BUTTON_ACTIONS = (
    "callback_data",
    "url",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)
_BAD_MARKUP = "Bad Request: can't parse reply keyboard markup JSON object"
_TEXT_BUTTON = "Bad Request: text buttons are unallowed in the inline keyboard"
_COMMAND = re.compile(r"^[a-z0-9_]{1,32}$")


class _TextOnly(HTMLParser):
    """Collects the visible text of an HTML-formatted message."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        """Keeps text, drops tags."""
        self.parts.append(data)


def rendered(text: str, parse_mode: object) -> str:
    """The text a user would see, which is what Telegram measures (HTML tags removed)."""
    if isinstance(parse_mode, str) and parse_mode.upper() == "HTML":
        parser = _TextOnly()
        parser.feed(text)
        parser.close()
        return "".join(parser.parts)
    return text


def require_chat_id(params: dict[str, object]) -> int:
    """Telegram refuses a send without a usable chat_id."""
    if "chat_id" not in params or params["chat_id"] in ("", None):
        raise ApiError(400, CHAT_ID_EMPTY)
    chat_id = normalize_chat_id(params["chat_id"])
    if not isinstance(chat_id, int):
        raise ApiError(400, CHAT_NOT_FOUND)
    return chat_id


def require_int(params: dict[str, object], name: str, description: str) -> int:
    """Reads an integer parameter such as message_id, refusing garbage."""
    value = params.get(name)
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ApiError(400, description)
    try:
        return int(value)
    except ValueError:
        raise ApiError(400, description) from None


def check_text(params: dict[str, object]) -> str:
    """Telegram needs 1..4096 visible characters after stripping whitespace."""
    text = params.get("text")
    if not isinstance(text, str):
        raise ApiError(400, TEXT_EMPTY)
    visible = rendered(text, params.get("parse_mode")).strip()
    if not visible:
        raise ApiError(400, TEXT_EMPTY)
    if len(visible) > MAX_TEXT:
        raise ApiError(400, TEXT_TOO_LONG)
    return text


def check_caption(params: dict[str, object]) -> str | None:
    """Captions are optional but capped at 1024 visible characters."""
    caption = params.get("caption")
    if caption is None:
        return None
    text = str(caption)
    if len(rendered(text, params.get("parse_mode")).strip()) > MAX_CAPTION:
        raise ApiError(400, "Bad Request: message caption is too long")
    return text


def check_reply_markup(params: dict[str, object]) -> dict[str, object] | None:
    """Validates any keyboard and returns it decoded; inline buttons must carry an action."""
    markup = params.get("reply_markup")
    if markup is None:
        return None
    if isinstance(markup, str):
        try:
            markup = json.loads(markup)
        except ValueError:
            raise ApiError(400, _BAD_MARKUP) from None
    if not isinstance(markup, dict):
        raise ApiError(400, _BAD_MARKUP)
    rows = markup.get("inline_keyboard")
    if rows is not None:
        _check_inline_rows(rows)
    return markup


def _check_inline_rows(rows: object) -> None:
    """Every inline button needs text, one action, and callback_data of 1..64 bytes."""
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise ApiError(400, 'Bad Request: field "inline_keyboard" must be an Array of Arrays')
    for row in rows:
        for button in row:
            if not isinstance(button, dict) or not str(button.get("text", "")).strip():
                raise ApiError(400, "Bad Request: BUTTON_TEXT_INVALID")
            if not any(action in button for action in _BUTTON_ACTIONS):
                raise ApiError(400, _TEXT_BUTTON)
            if "callback_data" in button:
                data = button["callback_data"]
                size = len(data.encode()) if isinstance(data, str) else 0
                if not 1 <= size <= MAX_CALLBACK_DATA_BYTES:
                    raise ApiError(400, BUTTON_DATA_INVALID)


def inline_only(markup: dict[str, object] | None) -> dict[str, object] | None:
    """Telegram echoes only inline keyboards back in Message.reply_markup."""
    if markup is not None and "inline_keyboard" in markup:
        return {"inline_keyboard": markup["inline_keyboard"]}
    return None


def check_commands(params: dict[str, object]) -> list[dict[str, str]]:
    """setMyCommands wants lowercase names of 1..32 chars and descriptions of 1..256 chars."""
    commands = params.get("commands")
    if not isinstance(commands, list) or len(commands) > 100:
        raise ApiError(400, "Bad Request: can't parse commands JSON object")
    checked: list[dict[str, str]] = []
    for item in commands:
        if not isinstance(item, dict):
            raise ApiError(400, "Bad Request: can't parse commands JSON object")
        name = str(item.get("command", "")).lstrip("/")
        description = str(item.get("description", "")).strip()
        if not _COMMAND.match(name):
            raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
        if not 1 <= len(description) <= 256:
            raise ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        checked.append({"command": name, "description": description})
    return checked
