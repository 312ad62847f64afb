"""ThreadedFakeBotApi: the HTTP fake on its own loop in a daemon thread, for subprocess tests."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from types import TracebackType

from tests.support.fakes.bot_api import FakeBotApi
from tests.support.fakes.http_server import FakeBotApiServer
from tests.support.fakes.records import ApiCall

CallsPredicate = Callable[[list[ApiCall]], bool]


class ThreadedFakeBotApi:
    """Runs FakeBotApiServer in a background thread so sync code and subprocesses can use it."""

    def __init__(self, api: FakeBotApi | None = None, *, start_timeout: float = 5.0) -> None:
        self.server = FakeBotApiServer(api)
        self._start_timeout = start_timeout
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None

    @property
    def api(self) -> FakeBotApi:
        """The shared state; its helpers are safe to call from the test thread."""
        return self.server.api

    @property
    def base_url(self) -> str:
        """Root URL to hand to the bot, e.g. as TELEGRAM_API_BASE_URL."""
        return self.server.base_url

    def start(self) -> ThreadedFakeBotApi:
        """Starts the thread and returns once the server accepts connections."""
        self._thread = threading.Thread(target=self._run, name="fake-bot-api", daemon=True)
        self._thread.start()
        if not self._ready.wait(self._start_timeout):
            raise TimeoutError("fake Bot API server did not start")
        if self._error is not None:
            raise RuntimeError("fake Bot API server failed to start") from self._error
        return self

    def _run(self) -> None:
        """The thread body: own event loop, server, run until stop()."""
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self.server.start())
        except BaseException as exc:  # reported to start() in the caller's thread
            self._error = exc
            self._ready.set()
            loop.close()
            return
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            loop.run_until_complete(self.server.stop())
            loop.close()

    def stop(self) -> None:
        """Stops the server and joins the thread."""
        loop, thread = self._loop, self._thread
        if loop is None or thread is None or loop.is_closed():
            return
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=10)

    def __enter__(self) -> ThreadedFakeBotApi:
        """Starts the server for a `with` block."""
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Stops the server at the end of the block."""
        self.stop()

    def queue_update(self, update: dict[str, object]) -> int:
        """Queues an update for the bot's next getUpdates; safe from any thread."""
        return self.api.queue_update(update)

    def wait_for(
        self, predicate: CallsPredicate, timeout: float = 10.0, interval: float = 0.02
    ) -> bool:
        """Blocks until predicate(recorded calls) is true; False if it never became true."""
        deadline = time.monotonic() + timeout
        while True:
            if predicate(self.api.snapshot()):
                return True
            if time.monotonic() >= deadline:
                return False
            time.sleep(interval)

    async def wait_for_async(
        self, predicate: CallsPredicate, within: float = 10.0, interval: float = 0.02
    ) -> bool:
        """Like wait_for, without blocking the caller's event loop."""
        deadline = time.monotonic() + within
        while True:
            if predicate(self.api.snapshot()):
                return True
            if time.monotonic() >= deadline:
                return False
            await asyncio.sleep(interval)
