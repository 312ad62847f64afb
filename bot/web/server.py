"""A small tornado server: POST <webhook path> for Telegram, GET /healthz for the orchestrator."""

from __future__ import annotations

import hmac
import json
import logging
import re

from tornado.http1connection import HTTP1Connection
from tornado.httpserver import HTTPServer
from tornado.iostream import StreamClosedError
from tornado.web import Application as TornadoApp
from tornado.web import RequestHandler, stream_request_body

from bot.health import HealthProbe
from bot.settings import HEALTH_PATH
from bot.web.gateway import UpdateGateway

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# The largest update body accepted (Telegram's are a few kilobytes); larger ones get 413.
MAX_BODY_BYTES = 1024 * 1024
# Bodies up to this size are read and dropped before the 413, so that the client, which is
# still sending, reads the answer instead of a reset connection. Past it (or a chunked body past
# it, which only Tornado's bare 400 can stop) the connection is closed at once.
DISCARD_CAP = 8 * MAX_BODY_BYTES


@stream_request_body
class WebhookHandler(RequestHandler):
    """Checks the size and the secret first, then the JSON, then applies the update: 200.

    The body is streamed so that its size is judged as it arrives, never held past the limit.
    """

    def initialize(self, gateway: UpdateGateway, secret: str) -> None:
        """Tornado's per-request wiring."""
        self._gateway = gateway
        self._secret = secret.encode()
        self._body = bytearray()
        self._too_large = False

    async def prepare(self) -> None:
        """Judge a declared Content-Length before any of the body is read."""
        declared = self.request.headers.get("Content-Length", "")
        if not declared.isdigit() or int(declared) <= MAX_BODY_BYTES:
            return
        self._too_large = True
        connection = self.request.connection
        if int(declared) > DISCARD_CAP and isinstance(connection, HTTP1Connection):
            logger.warning("webhook refused: body too large bytes=%s", declared)
            self.set_header("Connection", "close")
            await self._reply(413, {"ok": False, "error": "body too large"})
            connection.detach().close()  # never read gigabytes to be polite

    def data_received(self, chunk: bytes) -> None:
        """Keep the body up to the limit; one that grows past it is dropped as it arrives."""
        if self._too_large or len(self._body) + len(chunk) > MAX_BODY_BYTES:
            self._too_large = True
            self._body.clear()
        else:
            self._body.extend(chunk)

    async def post(self) -> None:
        """413 too large, 403 without the right secret, 400 malformed JSON, 503 shutting down."""
        if self._too_large:
            logger.warning("webhook refused: body too large")
            await self._reply(413, {"ok": False, "error": "body too large"})
            return
        given = self.request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, self._secret):
            logger.warning("webhook refused: wrong or missing secret token")
            await self._reply(403, {"ok": False, "error": "forbidden"})
            return
        if not self._gateway.accepting:
            await self._reply(503, {"ok": False, "error": "shutting down"})
            return
        try:
            payload = json.loads(self._body)
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
            payload = None
        update = self._gateway.parse(payload)
        if update is None:
            logger.warning("webhook refused: body is not a Telegram update")
            await self._reply(400, {"ok": False, "error": "malformed update"})
            return
        await self._gateway.apply(update)
        await self._reply(200, {"ok": True})

    async def _reply(self, status: int, body: dict[str, object]) -> None:
        """JSON answers, short and free of user data; returns once written.

        The caller may have hung up already (a proxy giving up on a replica that is shutting
        down): there is nobody left to answer, and Telegram or the proxy retries the update.
        """
        self.set_status(status)
        self.set_header("Content-Type", "application/json")
        try:
            await self.finish(json.dumps(body))
        except StreamClosedError:
            logger.debug("webhook caller left before the %s answer", status)


class HealthHandler(RequestHandler):
    """200 when the database answers and the scheduler ticked recently, 503 otherwise."""

    def initialize(self, probe: HealthProbe) -> None:
        """Tornado's per-request wiring."""
        self._probe = probe

    async def get(self) -> None:
        """The report as JSON."""
        report = await self._probe.report()
        self.set_status(200 if report.healthy else 503)
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps(report.as_json()))


class WebServer:
    """Listens on one port; the webhook route exists only in webhook mode."""

    def __init__(
        self, probe: HealthProbe, gateway: UpdateGateway | None, path: str, secret: str
    ) -> None:
        routes: list[tuple[str, type[RequestHandler], dict[str, object]]] = [
            (HEALTH_PATH, HealthHandler, {"probe": probe}),
        ]
        if gateway is not None:
            route = re.escape(path)  # tornado routes are regular expressions
            routes.append((route, WebhookHandler, {"gateway": gateway, "secret": secret}))
        self._server = HTTPServer(
            TornadoApp(routes, log_function=_log_request), max_body_size=DISCARD_CAP
        )

    def listen(self, port: int, address: str) -> None:
        """Bind now, on the running loop."""
        self._server.listen(port, address)
        logger.info("listening address=%s port=%s", address, port)

    def stop_accepting(self) -> None:
        """No new connections; requests already read still finish."""
        self._server.stop()

    async def close(self) -> None:
        """Drop idle keep-alive connections at the very end."""
        await self._server.close_all_connections()


def _log_request(handler: RequestHandler) -> None:
    """One DEBUG line per request (method, path, status); never bodies or headers."""
    request = handler.request
    logger.debug(
        "http request method=%s path=%s status=%s ms=%.1f",
        request.method,
        request.path,
        handler.get_status(),
        1000 * request.request_time(),
    )
