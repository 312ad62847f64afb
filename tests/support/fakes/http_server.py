"""FakeBotApiServer: the fake Bot API over real HTTP, for subprocess tests and benchmarks."""

from __future__ import annotations

import asyncio
import json
import logging
from types import TracebackType
from urllib.parse import unquote

from tests.support.fakes.bot_api import FakeBotApi
from tests.support.fakes.http_wire import (
    BadHttp,
    HttpRequest,
    encode_response,
    parse_params,
    read_request,
)
from tests.support.fakes.records import Reply, error_reply, ok_reply

_LOGGER = logging.getLogger(__name__)
CONTROL_PREFIX = "/_fake/"


class FakeBotApiServer:
    """Serves `/bot<token>/<method>` and `/file/bot<token>/<path>` on 127.0.0.1.

    Two control routes let another process drive it: POST /_fake/updates (an Update JSON
    body, queued for getUpdates) and GET /_fake/calls (the recorded calls as JSON).
    """

    def __init__(self, api: FakeBotApi | None = None, *, host: str = "127.0.0.1", port: int = 0):
        self.api = api if api is not None else FakeBotApi()
        self._host = host
        self._port = port
        self._server: asyncio.Server | None = None
        self._connections: set[asyncio.Task[None]] = set()

    @property
    def base_url(self) -> str:
        """The root URL; the bot calls `<base_url>/bot<token>/<method>`."""
        if self._server is None:
            raise RuntimeError("FakeBotApiServer is not started")
        return f"http://{self._host}:{self._port}"

    async def start(self) -> None:
        """Binds (to a free port unless one was given) and starts accepting connections."""
        self._server = await asyncio.start_server(
            self._serve, self._host, self._port, backlog=2048, limit=1024 * 1024
        )
        self._port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        """Stops listening and drops every open connection, stalled ones included."""
        server, self._server = self._server, None
        if server is None:
            return
        server.close()
        tasks = list(self._connections)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await server.wait_closed()

    async def __aenter__(self) -> FakeBotApiServer:
        """Starts the server for an `async with` block."""
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Stops the server at the end of the block."""
        await self.stop()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """Owns one connection; stop() cancels it, which ends it quietly instead of as an error."""
        task = asyncio.current_task()
        if task is not None:
            self._connections.add(task)
        try:
            await self._converse(reader, writer)
        except asyncio.CancelledError:
            pass  # only stop() cancels; a cancelled task here would be logged by asyncio.streams
        except (BadHttp, ConnectionError, asyncio.IncompleteReadError, ValueError) as exc:
            _LOGGER.debug("dropping connection: %r", exc)
        finally:
            if task is not None:
                self._connections.discard(task)
            writer.close()

    async def _converse(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """Answers requests on one keep-alive connection until it closes."""
        while True:
            request = await read_request(reader)
            if request is None:
                return
            reply, content_type = await self._route(request)
            if reply.outcome == "stall":
                await asyncio.sleep(self.api.stall_seconds)
                return
            keep_alive = request.keep_alive
            writer.write(
                encode_response(
                    reply.status, reply.body, keep_alive=keep_alive, content_type=content_type
                )
            )
            await writer.drain()
            if not keep_alive:
                return

    async def _route(self, request: HttpRequest) -> tuple[Reply, str]:
        """Dispatches to the Bot API, a file download, or a control route."""
        if request.path.startswith(CONTROL_PREFIX):
            return self._control(request), "application/json"
        segments = [unquote(segment) for segment in request.path.split("/") if segment]
        if len(segments) >= 3 and segments[0] == "file" and segments[1].startswith("bot"):
            return self._download(segments[1][3:], "/".join(segments[2:]))
        if len(segments) != 2 or not segments[0].startswith("bot"):
            return error_reply(404, "Not Found"), "application/json"
        token, method = segments[0][3:], segments[1]
        if not self.api.accepts_token(token):
            return error_reply(401, "Unauthorized"), "application/json"
        try:
            params, uploads = parse_params(request)
        except (BadHttp, UnicodeDecodeError) as exc:
            return error_reply(400, f"Bad Request: {exc}"), "application/json"
        return await self.api.request(method, params, uploads, token=token), "application/json"

    def _download(self, token: str, file_path: str) -> tuple[Reply, str]:
        """Serves the bytes of an uploaded file by its getFile path."""
        if not self.api.accepts_token(token):
            return error_reply(401, "Unauthorized"), "application/json"
        content = self.api.download(file_path)
        if content is None:
            return error_reply(404, "Not Found"), "application/json"
        return Reply(200, content), "application/octet-stream"

    def _control(self, request: HttpRequest) -> Reply:
        """Lets another process queue updates and read the call log."""
        route = request.path.removeprefix(CONTROL_PREFIX)
        if route == "updates" and request.method == "POST":
            try:
                update = json.loads(request.body)
                return ok_reply(self.api.queue_update(update))
            except (ValueError, TypeError, AttributeError) as exc:
                return error_reply(400, f"Bad Request: {exc}")
        if route == "calls" and request.method == "GET":
            return ok_reply(
                [
                    {
                        "method": call.method,
                        "params": call.params,
                        "files": {name: len(data) for name, data in call.files.items()},
                        "status": call.status,
                        "at": call.at,
                    }
                    for call in self.api.snapshot()
                ]
            )
        return error_reply(404, "Not Found")
