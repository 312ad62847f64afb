"""Just enough HTTP/1.1 for the fake server: read requests, decode bodies, write responses."""

from __future__ import annotations

import asyncio
import json
import re
from dataclasses import dataclass
from http import HTTPStatus
from urllib.parse import parse_qsl

from tests.support.fakes.params import decode_fields
from tests.support.fakes.records import Upload

MAX_HEAD = 64 * 1024
_PARAM = re.compile(r';\s*([\w*-]+)="?([^";]*)"?')


class BadHttp(Exception):
    """The peer sent something that is not HTTP we can serve; the connection is dropped."""


@dataclass(frozen=True)
class HttpRequest:
    """One parsed request: verb, path, query string, lower-cased headers and body."""

    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes

    @property
    def keep_alive(self) -> bool:
        """HTTP/1.1 keeps the connection unless the client says close."""
        return self.headers.get("connection", "").lower() != "close"

    @property
    def content_type(self) -> str:
        """The media type without parameters, lower-cased."""
        return self.headers.get("content-type", "").split(";", 1)[0].strip().lower()


async def read_request(reader: asyncio.StreamReader) -> HttpRequest | None:
    """Reads one request, or None when the client closed an idle connection."""
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError as exc:
        if not exc.partial.strip():
            return None
        raise BadHttp("truncated head") from exc
    except asyncio.LimitOverrunError as exc:
        raise BadHttp("head too large") from exc
    lines = head.decode("latin-1").split("\r\n")
    try:
        method, target, _version = lines[0].split(" ", 2)
    except ValueError as exc:
        raise BadHttp(f"bad request line {lines[0]!r}") from exc
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        if sep:
            headers[name.strip().lower()] = value.strip()
    if headers.get("transfer-encoding", "").lower() == "chunked":
        body = await _read_chunked(reader)
    else:
        body = await reader.readexactly(int(headers.get("content-length", "0") or "0"))
    path, _, query = target.partition("?")
    return HttpRequest(method.upper(), path, query, headers, body)


async def _read_chunked(reader: asyncio.StreamReader) -> bytes:
    """Reads a chunked body (httpx does not send one, but other clients may)."""
    chunks: list[bytes] = []
    while True:
        size_line = await reader.readuntil(b"\r\n")
        size = int(size_line.split(b";", 1)[0].strip() or b"0", 16)
        if size == 0:
            await reader.readuntil(b"\r\n")
            return b"".join(chunks)
        chunks.append(await reader.readexactly(size))
        await reader.readexactly(2)


def parse_params(request: HttpRequest) -> tuple[dict[str, object], dict[str, Upload]]:
    """Parameters from the query string and a JSON, form-urlencoded or multipart body."""
    fields = dict(parse_qsl(request.query, keep_blank_values=True))
    uploads: dict[str, Upload] = {}
    kind = request.content_type
    if kind == "application/json" and request.body.strip():
        try:
            decoded = json.loads(request.body)
        except ValueError as exc:
            raise BadHttp("body is not JSON") from exc
        if not isinstance(decoded, dict):
            raise BadHttp("JSON body must be an object")
        return {**decode_fields(fields), **decoded}, uploads
    if kind == "application/x-www-form-urlencoded":
        fields.update(parse_qsl(request.body.decode(), keep_blank_values=True))
    elif kind == "multipart/form-data":
        form_fields, uploads = parse_multipart(request.body, _boundary(request))
        fields.update(form_fields)
    return decode_fields(fields), uploads


def _header_params(value: str) -> dict[str, str]:
    """The key="value" parameters of a header such as Content-Disposition."""
    return {match.group(1): match.group(2) for match in _PARAM.finditer(value)}


def _boundary(request: HttpRequest) -> bytes:
    """The multipart boundary from the Content-Type header."""
    params = _header_params(request.headers.get("content-type", ""))
    boundary = params.get("boundary")
    if not boundary:
        raise BadHttp("multipart body without boundary")
    return boundary.encode("latin-1")


def parse_multipart(body: bytes, boundary: bytes) -> tuple[dict[str, str], dict[str, Upload]]:
    """Splits multipart/form-data into text fields and file parts (those with a filename)."""
    fields: dict[str, str] = {}
    uploads: dict[str, Upload] = {}
    for part in body.split(b"--" + boundary)[1:]:
        if part.startswith(b"--"):
            break
        head, _, content = part.removeprefix(b"\r\n").partition(b"\r\n\r\n")
        content = content.removesuffix(b"\r\n")
        headers: dict[str, str] = {}
        for line in head.decode("utf-8", "replace").split("\r\n"):
            key, _, value = line.partition(":")
            headers[key.strip().lower()] = value.strip()
        disposition = _header_params(headers.get("content-disposition", ""))
        name = disposition.get("name", "")
        if not name:
            continue
        if "filename" in disposition:
            mime = headers.get("content-type") or None
            uploads[name] = Upload(content, disposition["filename"] or None, mime)
        else:
            fields[name] = content.decode("utf-8")
    return fields, uploads


def encode_response(
    status: int, body: bytes, *, keep_alive: bool, content_type: str = "application/json"
) -> bytes:
    """Serializes a response with Content-Length so the connection can be reused."""
    try:
        reason = HTTPStatus(status).phrase
    except ValueError:
        reason = "Unknown"
    head = (
        f"HTTP/1.1 {status} {reason}\r\n"
        f"Content-Type: {content_type}\r\n"
        f"Content-Length: {len(body)}\r\n"
        f"Connection: {'keep-alive' if keep_alive else 'close'}\r\n"
        "Server: fake-telegram-bot-api\r\n\r\n"
    )
    return head.encode("latin-1") + body
