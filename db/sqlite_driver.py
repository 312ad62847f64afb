"""SQLite statements run on the event loop: a thread hop per call cost more than the call itself.

aiosqlite sends every driver call (cursor, execute, fetch, close, commit) to a worker thread and
wakes the event loop when it is done: about 20 hops per routine step. Our statements are indexed
lookups and small writes on a local WAL file, tens of microseconds each, so the hops were most
of the database's CPU (bench/press.py: 4.3 ms of CPU per unit of work with the hop, 2.0 without).

A few jobs run statements that can take milliseconds (the nudge fan-out's batch claim, admin
aggregates, pruning, exports): they open a *bulk* unit of work, which keeps aiosqlite's thread, so
the loop stays free for everyone else meanwhile. Connecting and closing always use the thread.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextvars import ContextVar, Token
from functools import partial
from typing import Any, TypeVar

import aiosqlite
from sqlalchemy.dialects.sqlite.aiosqlite import SQLiteDialect_aiosqlite
from sqlalchemy.engine import make_url

T = TypeVar("T")

_offloaded: ContextVar[bool] = ContextVar("sqlite_offloaded", default=False)

# aiosqlite's default; only cursors iterated with `async for` use it.
_ITER_CHUNK_SIZE = 64


# How long a transaction waits for another connection's write lock (another process, or a
# second engine on the same file), in the worker thread, never on the event loop.
BUSY_TIMEOUT_MS = 5000


def offload_to_worker_thread() -> Token[bool]:
    """From now on in this task, SQLite calls go to aiosqlite's worker thread (until reset)."""
    return _offloaded.set(True)


def stop_offloading(token: Token[bool]) -> None:
    """Back to running calls on the loop, as before `offload_to_worker_thread`."""
    _offloaded.reset(token)


class LoopConnection(aiosqlite.Connection):
    """aiosqlite's connection with its calls made in place, unless a bulk unit of work runs.

    The sqlite3 connection is opened with check_same_thread=False (SQLAlchemy's default), and
    the two threads never use it at once: each call is awaited before the next is made.
    """

    async def _execute(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run one driver call here, or hand it to the worker thread when offloaded."""
        if _offloaded.get():
            result: T = await super()._execute(fn, *args, **kwargs)  # type: ignore[no-untyped-call]
            return result
        if not self._running or not self._connection:
            raise ValueError("Connection closed")
        return fn(*args, **kwargs)

    async def begin_immediate(self) -> None:
        """Take the write lock; if another connection holds it, wait in the worker thread.

        The connection's busy timeout is 0, so the first try fails at once instead of sleeping
        on the event loop. Sleeping there would also stall the writer being waited for when it
        runs on the same loop, until the timeout (seen with two engines in one process).
        """
        try:
            await self.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            if error.sqlite_errorcode != sqlite3.SQLITE_BUSY:
                raise
            await super()._execute(self._begin_waiting)  # type: ignore[no-untyped-call]

    def _begin_waiting(self) -> None:
        """BEGIN IMMEDIATE with SQLite's busy handler on, for the worker thread only."""
        connection = self._conn
        connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        try:
            connection.execute("BEGIN IMMEDIATE")
        finally:
            connection.execute("PRAGMA busy_timeout=0")


def loop_connector(url: str) -> Callable[[], Any]:
    """SQLAlchemy's `async_creator` for this URL: the arguments its dialect would pass."""
    args, kwargs = SQLiteDialect_aiosqlite().create_connect_args(make_url(url))

    async def connect() -> LoopConnection:
        connection = LoopConnection(
            partial(sqlite3.connect, *args, **kwargs), iter_chunk_size=_ITER_CHUNK_SIZE
        )
        connection._thread.daemon = True  # as SQLAlchemy does: never hold up interpreter exit
        await connection  # opens the sqlite3 connection in the worker thread
        return connection

    return connect
