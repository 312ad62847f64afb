"""Bot API calls over aiohttp: about 0.3 ms of CPU per call where PTB's httpx pool costs 1-2.5 ms.

python-telegram-bot talks HTTP through a `BaseRequest`; its default, `HTTPXRequest`, spends most
of a busy bot's CPU in httpcore's connection pool (bench.load runs the echo bot on both). This one
keeps PTB's contract: the same parameters (as a JSON body; multipart when a file goes up), the
status code and body handed back for PTB to judge, `TimedOut` and `NetworkError` for failures.
"""

from __future__ import annotations

import json
import ssl
from dataclasses import dataclass
from functools import lru_cache

import aiohttp
import certifi
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import JSONDict, ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

from bot.sending.incoming import slim_get_updates

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
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
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
    def parse_json_payload(payload: bytes) -> JSONDict:
        """Telegram's answer as PTB reads it, updates cut to what the bot uses (incoming.py)."""
        return slim_get_updates(BaseRequest.parse_json_payload(payload))

    @staticmethod
    @lru_cache(maxsize=64)
    def _client_timeout(
        *, read: float | None, write: float | None, connect: float | None, pool: float | None
    ) -> aiohttp.ClientTimeout:
        """aiohttp has no write timeout: the whole call is bounded by the sum of the parts.

        Cached: a bot uses a handful of combinations, and building one cost 1% of its CPU.
        """
        parts = (read, write, connect, pool)
        total = None if any(part is None for part in parts) else sum(p or 0.0 for p in parts)
        waiting = None if connect is None or pool is None else connect + pool
        return aiohttp.ClientTimeout(
            total=total, connect=waiting, sock_connect=connect, sock_read=read
        )


def _given(value: ODVInput[float], default: float | None) -> float | None:
    """PTB passes DEFAULT_NONE when the caller did not choose a timeout."""
    return default if isinstance(value, DefaultValue) else value


def _body(request_data: RequestData | None) -> tuple[aiohttp.FormData | bytes | None, _Headers]:
    """A JSON object of the parameters, or multipart form fields when a file goes up.

    Telegram takes either. JSON costs one `json.dumps`; a urlencoded form quoted every byte of
    each caption and keyboard in Python (`urllib.parse.quote`, 3% of the bot's CPU).
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
