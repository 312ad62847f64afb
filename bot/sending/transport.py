"""Bot API calls over aiohttp, through PTB's documented transport seam, `BaseRequest`.

python-telegram-bot talks HTTP through a `BaseRequest`; its default, `HTTPXRequest`, spends most
of a busy bot's CPU in httpcore's connection pool (bench.load runs the echo bot on both; the
README's benchmark section has the numbers). This one keeps PTB's contract: the same parameters
(as a JSON body; multipart when a file goes up), the status code and body handed back for PTB
to judge, `TimedOut` and `NetworkError` for failures.
"""

from __future__ import annotations

import json
import ssl
from dataclasses import dataclass
from functools import lru_cache

import aiohttp
import certifi
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

# A timeout as PTB passes it: seconds, None (wait for ever), or BaseRequest.DEFAULT_NONE.
Timeout = float | object | None
_Headers = dict[str, str] | None
_JSON = {"Content-Type": "application/json"}


@dataclass(frozen=True, slots=True)
class Timeouts:
    """Seconds; PTB's defaults. `None` waits for ever (PTB's getUpdates adds its long-poll time)."""

    connect: float | None = 5.0
    read: float | None = 5.0
    write: float | None = 5.0
    pool: float | None = 1.0
    media_write: float | None = 20.0


class AiohttpRequest(BaseRequest):
    """One aiohttp session with a bounded connection pool, opened by PTB's `initialize`."""

    def __init__(self, *, connection_limit: int = 256, timeouts: Timeouts | None = None) -> None:
        self._connection_limit = connection_limit
        self._timeouts = timeouts or Timeouts()
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        """PTB adds this to getUpdates' long-poll timeout."""
        return self._timeouts.read

    async def initialize(self) -> None:
        """Open the session inside the running event loop (aiohttp binds to it)."""
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(
                limit=self._connection_limit,
                ssl=ssl.create_default_context(cafile=certifi.where()),
            )
            self._session = aiohttp.ClientSession(
                connector=connector, headers={"User-Agent": self.USER_AGENT}
            )

    async def shutdown(self) -> None:
        """Close every pooled connection; safe to call twice."""
        if self._session is not None and not self._session.closed:
            await self._session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Timeout = BaseRequest.DEFAULT_NONE,
        write_timeout: Timeout = BaseRequest.DEFAULT_NONE,
        connect_timeout: Timeout = BaseRequest.DEFAULT_NONE,
        pool_timeout: Timeout = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Send one call; PTB turns the status and body into a result or a Telegram error."""
        if self._session is None or self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        files = request_data.multipart_data if request_data is not None else None
        defaults = self._timeouts
        timeout = self._client_timeout(
            read=_given(read_timeout, defaults.read),
            write=_given(write_timeout, defaults.media_write if files else defaults.write),
            connect=_given(connect_timeout, defaults.connect),
            pool=_given(pool_timeout, defaults.pool),
        )
        body, headers = _body(request_data)
        try:
            async with self._session.request(
                method, url, data=body, headers=headers, timeout=timeout
            ) as response:
                return response.status, await response.read()
        except TimeoutError as error:
            raise TimedOut from error
        except aiohttp.ClientError as error:
            raise NetworkError(f"aiohttp.{type(error).__name__}: {error}") from error

    @staticmethod
    @lru_cache(maxsize=64)
    def _client_timeout(
        *, read: float | None, write: float | None, connect: float | None, pool: float | None
    ) -> aiohttp.ClientTimeout:
        """aiohttp has no write timeout: the whole call is bounded by the sum of the parts.

        Cached: a bot uses a handful of combinations, and every call needs one.
        """
        parts = (read, write, connect, pool)
        total = None if any(part is None for part in parts) else sum(p or 0.0 for p in parts)
        waiting = None if connect is None or pool is None else connect + pool
        return aiohttp.ClientTimeout(
            total=total, connect=waiting, sock_connect=connect, sock_read=read
        )


def _given(value: Timeout, default: float | None) -> float | None:
    """PTB passes BaseRequest.DEFAULT_NONE when the caller did not choose a timeout."""
    if value is None or isinstance(value, int | float):
        return value
    if value is BaseRequest.DEFAULT_NONE:
        return default
    raise TypeError(f"not a timeout: {value!r}")


def _body(request_data: RequestData | None) -> tuple[aiohttp.FormData | bytes | None, _Headers]:
    """A JSON object of the parameters, or multipart form fields when a file goes up.

    Telegram takes either. JSON is one `json.dumps`; a urlencoded form would quote every byte of
    each caption and keyboard in Python.
    """
    if request_data is None:
        return None, None
    files = request_data.multipart_data
    if not files:
        return json.dumps(request_data.parameters).encode(), _JSON
    form = aiohttp.FormData()
    for name, value in request_data.json_parameters.items():
        form.add_field(name, value)
    for name, (filename, content, mime_type) in files.items():
        form.add_field(name, content, filename=filename, content_type=mime_type)
    return form, None
