"""FakeRequest: PTB's transport seam, answering in process from a FakeBotApi."""

from __future__ import annotations

from urllib.parse import urlsplit

from telegram.error import TimedOut
from telegram.request import BaseRequest, RequestData

from tests.support.fakes.bot_api import FakeBotApi
from tests.support.fakes.params import from_request_data, split_token_path
from tests.support.fakes.records import error_reply

NOT_FOUND = error_reply(404, "Not Found").body


class FakeRequest(BaseRequest):
    """A BaseRequest that never touches the network: it hands every call to a FakeBotApi."""

    __slots__ = ("_read_timeout", "api")

    def __init__(self, api: FakeBotApi, read_timeout: float | None = 5.0) -> None:
        self.api = api
        self._read_timeout = read_timeout

    @property
    def read_timeout(self) -> float | None:
        """The default read timeout PTB adds to long-poll timeouts."""
        return self._read_timeout

    async def initialize(self) -> None:
        """Nothing to open: there is no connection pool."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: object = BaseRequest.DEFAULT_NONE,
        write_timeout: object = BaseRequest.DEFAULT_NONE,
        connect_timeout: object = BaseRequest.DEFAULT_NONE,
        pool_timeout: object = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Routes by the URL's last segments only, so any base_url works."""
        route = split_token_path(urlsplit(url).path)
        if route is None:
            return 404, NOT_FOUND
        token, target, is_file = route
        if is_file:
            return self._download(token, target)
        params, uploads = from_request_data(request_data)
        reply = await self.api.request(target, params, uploads, token=token)
        if reply.outcome == "stall":
            timeout = self._read_timeout if read_timeout is self.DEFAULT_NONE else read_timeout
            raise TimedOut(f"Timed out (fake Bot API stalled; read timeout {timeout})")
        return reply.status, reply.body

    def _download(self, token: str, file_path: str) -> tuple[int, bytes]:
        """Serves /file/bot<token>/<path> from the files the bot uploaded."""
        if not self.api.accepts_token(token):
            refusal = error_reply(401, "Unauthorized")
            return refusal.status, refusal.body
        content = self.api.download(file_path)
        return (200, content) if content is not None else (404, NOT_FOUND)
