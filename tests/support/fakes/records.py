"""Plain records the fake Bot API keeps, so tests can assert on what the bot did."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Literal

NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)
EDIT_NOT_FOUND = "Bad Request: message to edit not found"
DELETE_NOT_FOUND = "Bad Request: message to delete not found"
QUERY_TOO_OLD = "Bad Request: query is too old and response timeout expired or query ID is invalid"
BLOCKED = "Forbidden: bot was blocked by the user"
TEXT_EMPTY = "Bad Request: message text is empty"
TEXT_TOO_LONG = "Bad Request: message is too long"
BUTTON_DATA_INVALID = "Bad Request: BUTTON_DATA_INVALID"
CHAT_ID_EMPTY = "Bad Request: chat_id is empty"
CHAT_NOT_FOUND = "Bad Request: chat not found"
WRONG_FILE_ID = "Bad Request: wrong file identifier/HTTP URL specified"
GET_UPDATES_CONFLICT = (
    "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running"
)
WEBHOOK_CONFLICT = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
)


class ApiError(Exception):
    """Raised inside the fake to answer a request the way Telegram refuses it."""

    def __init__(self, error_code: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.error_code = error_code
        self.description = description
        self.retry_after = retry_after

    def reply(self) -> Reply:
        """Turns the refusal into Telegram's error body."""
        return error_reply(self.error_code, self.description, self.retry_after)


@dataclass(frozen=True)
class ApiCall:
    """One request the bot made, recorded in arrival order so tests can assert on it."""

    method: str
    params: dict[str, object]
    files: dict[str, bytes] = field(default_factory=dict)
    at: float = 0.0
    token: str = ""
    status: int = 200

    @property
    def ok(self) -> bool:
        """Whether Telegram accepted the call (status 0 means the answer was never sent)."""
        return 200 <= self.status < 300

    @property
    def chat_id(self) -> int | str | None:
        """The chat the call targeted, as Telegram would interpret it."""
        return normalize_chat_id(self.params.get("chat_id"))


@dataclass(frozen=True)
class SentMessage:
    """The current state of one message the bot sent, after any edits."""

    chat_id: int
    message_id: int
    text: str | None
    reply_markup: dict[str, object] | None = None
    caption: str | None = None
    kind: str = "text"
    file_id: str | None = None
    parse_mode: str | None = None
    edits: int = 0
    date: int = 0
    edit_date: int | None = None

    @property
    def buttons(self) -> list[tuple[str, str]]:
        """Inline buttons as (label, callback_data), flattened row by row."""
        return inline_buttons(self.reply_markup)


@dataclass(frozen=True)
class Upload:
    """A file part of a multipart request: its bytes plus the name and type the client gave."""

    content: bytes
    file_name: str | None = None
    mime_type: str | None = None


@dataclass(frozen=True)
class Reply:
    """What the fake answers: an HTTP status and body, or a stall when the answer is lost."""

    status: int
    body: bytes
    outcome: Literal["answer", "stall"] = "answer"


def ok_reply(result: object) -> Reply:
    """Builds Telegram's success envelope."""
    return Reply(200, json.dumps({"ok": True, "result": result}).encode())


def error_reply(error_code: int, description: str, retry_after: int | None = None) -> Reply:
    """Builds Telegram's error envelope, with parameters.retry_after for flood waits."""
    body: dict[str, object] = {"ok": False, "error_code": error_code, "description": description}
    if retry_after is not None:
        body["parameters"] = {"retry_after": retry_after}
    return Reply(error_code, json.dumps(body).encode())


def normalize_chat_id(value: object) -> int | str | None:
    """Reads chat_id the way Telegram does: integers, numeric strings or @usernames."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        stripped = value.strip()
        if stripped.lstrip("-").isdigit():
            return int(stripped)
        return stripped or None
    return None


def inline_buttons(markup: dict[str, object] | None) -> list[tuple[str, str]]:
    """Flattens an inline keyboard into (label, callback_data) pairs."""
    if not markup:
        return []
    rows = markup.get("inline_keyboard")
    if not isinstance(rows, list):
        return []
    found: list[tuple[str, str]] = []
    for row in rows:
        if not isinstance(row, list):
            continue
        for button in row:
            if isinstance(button, dict):
                found.append((str(button.get("text", "")), str(button.get("callback_data", ""))))
    return found
