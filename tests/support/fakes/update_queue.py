"""Pending updates and getUpdates long polling, so a real polling bot can be driven."""

from __future__ import annotations

import asyncio
import threading

from tests.support.fakes.records import GET_UPDATES_CONFLICT, ApiError

Update = dict[str, object]
_OPT_IN_ONLY = frozenset({"chat_member", "message_reaction", "message_reaction_count"})


def update_type(update: Update) -> str:
    """The kind of an update: its one field besides update_id."""
    return next((key for key in update if key != "update_id"), "")


def _wake(waiter: asyncio.Future[bool], value: bool) -> None:
    """Resolves a poller's future on its own loop, once."""
    if not waiter.done():
        waiter.set_result(value)


def _notify(waiter: asyncio.Future[bool] | None, value: bool) -> None:
    """Wakes a poller from any thread: True for new updates, False for a conflict."""
    if waiter is not None and not waiter.get_loop().is_closed():
        waiter.get_loop().call_soon_threadsafe(_wake, waiter, value)


class UpdateQueue:
    """Thread-safe queue of updates with Telegram's offset, limit and timeout semantics."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending: list[Update] = []
        self._last_id = 0
        self._allowed: frozenset[str] | None = None
        self._waiter: asyncio.Future[bool] | None = None

    def put(self, update: Update) -> int:
        """Queues an update; ids must increase, a missing id gets the next one."""
        with self._lock:
            update_id = update.get("update_id")
            if update_id is None:
                update_id = self._last_id + 1
                update = {"update_id": update_id, **update}
            if not isinstance(update_id, int) or update_id <= self._last_id:
                raise ValueError(f"update_id {update_id!r} must exceed {self._last_id}")
            self._last_id = update_id
            self._pending.append(update)
            waiter, self._waiter = self._waiter, None
        _notify(waiter, True)
        return update_id

    def pending_count(self) -> int:
        """Updates not yet confirmed, for getWebhookInfo."""
        with self._lock:
            return len(self._pending)

    def drop_all(self) -> None:
        """Drops pending updates, as drop_pending_updates does."""
        with self._lock:
            self._pending.clear()

    async def poll(
        self, offset: int, limit: int, wait_seconds: float, allowed: list[str] | None
    ) -> list[Update]:
        """getUpdates: confirm below offset, then wait up to its timeout for updates."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + max(wait_seconds, 0.0)
        with self._lock:
            self._confirm(offset)
            if allowed is not None:
                self._allowed = frozenset(allowed) if allowed else None
            previous, self._waiter = self._waiter, None
        _notify(previous, False)
        while True:
            waiter: asyncio.Future[bool] = loop.create_future()
            with self._lock:
                batch = self._take(limit)
                remaining = deadline - loop.time()
                if batch or remaining <= 0:
                    return batch
                self._waiter = waiter
            try:
                woke = await asyncio.wait_for(waiter, remaining)
            except TimeoutError:
                return []
            finally:
                with self._lock:
                    if self._waiter is waiter:
                        self._waiter = None
            if not woke:
                raise ApiError(409, GET_UPDATES_CONFLICT)

    def _confirm(self, offset: int) -> None:
        """Forgets updates below a positive offset; a negative one keeps only the last few."""
        if offset > 0:
            self._pending = [u for u in self._pending if _id(u) >= offset]
        elif offset < 0:
            self._pending = self._pending[offset:]

    def _take(self, limit: int) -> list[Update]:
        """Returns up to limit deliverable updates, silently dropping ones not allowed."""
        self._pending = [u for u in self._pending if self._is_allowed(u)]
        return [dict(u) for u in self._pending[: max(1, min(limit, 100))]]

    def _is_allowed(self, update: Update) -> bool:
        """Telegram's default leaves out member and reaction updates unless asked for."""
        kind = update_type(update)
        if self._allowed is None:
            return kind not in _OPT_IN_ONLY
        return kind in self._allowed


def _id(update: Update) -> int:
    """An update's id, which put() guarantees is an int."""
    value = update.get("update_id")
    return value if isinstance(value, int) else 0
