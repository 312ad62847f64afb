"""Turns wire-format parameters back into values, the same way for both transports."""

from __future__ import annotations

import json
from collections.abc import Mapping
from urllib.parse import unquote

from telegram.request import RequestData

from tests.support.fakes.records import Upload

# Free-text or identifier fields: Telegram reads these as strings even when they look numeric.
STRING_FIELDS = frozenset(
    {
        "text",
        "caption",
        "parse_mode",
        "callback_query_id",
        "inline_message_id",
        "url",
        "secret_token",
        "file_id",
        "action",
        "emoji",
        "description",
        "short_description",
        "name",
        "title",
        "language_code",
        "business_connection_id",
        "photo",
        "animation",
        "document",
        "video",
        "audio",
        "voice",
        "sticker",
        "thumbnail",
        "message_effect_id",
    }
)


def decode_fields(fields: Mapping[str, str]) -> dict[str, object]:
    """Decodes form fields: JSON values are parsed, free-text fields stay strings."""
    decoded: dict[str, object] = {}
    for name, raw in fields.items():
        if name in STRING_FIELDS:
            decoded[name] = raw
            continue
        try:
            decoded[name] = json.loads(raw)
        except ValueError:
            decoded[name] = raw
    return decoded


def from_request_data(
    request_data: RequestData | None,
) -> tuple[dict[str, object], dict[str, Upload]]:
    """Parameters and uploads of a PTB request, read as the HTTP server would read them."""
    if request_data is None:
        return {}, {}
    params = decode_fields(request_data.json_parameters)
    uploads: dict[str, Upload] = {}
    for name, (file_name, content, mime_type) in request_data.multipart_data.items():
        data = content if isinstance(content, bytes) else content.read()
        uploads[name] = Upload(data, file_name, mime_type)
    return params, uploads


def split_token_path(path: str) -> tuple[str, str, bool] | None:
    """Splits a URL path into (token, method or file path, is_file), or None if it has no token.

    Handles `/bot<token>/<method>` and `/file/bot<token>/<path>` under any prefix.
    """
    segments = [unquote(segment) for segment in path.split("/") if segment]
    if "file" in segments:
        index = segments.index("file")
        if len(segments) > index + 2 and segments[index + 1].startswith("bot"):
            return segments[index + 1][3:], "/".join(segments[index + 2 :]), True
    if len(segments) < 2:
        return None
    token_segment = segments[-2]
    token = token_segment[3:] if token_segment.startswith("bot") else token_segment
    return token, segments[-1], False
