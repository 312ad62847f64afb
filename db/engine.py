"""Engine and session factory, with the SQLite settings that make it safe for concurrent use."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from sqlalchemy import event, exc
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.pool import AsyncAdaptedQueuePool, NullPool

SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=NORMAL",
    "PRAGMA foreign_keys=ON",
)

# How long a transaction waits for another connection's write lock (another process, or a
# second engine on the same file). aiosqlite runs every call in its own thread, so the wait
# never blocks the event loop.
SQLITE_BUSY_TIMEOUT_SECONDS = 5.0


def _apply_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """Turn on WAL and foreign keys on every new SQLite connection (cascades depend on it).

    The driver's own transaction handling is switched off, so that SQLAlchemy's `begin` event
    (see `_begin_immediate`) decides how a transaction starts.
    """
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    for pragma in SQLITE_PRAGMAS:
        cursor.execute(pragma)
    cursor.close()


def _begin_immediate(connection: Connection) -> None:
    """Take the write lock up front, so concurrent read-then-write units wait instead of failing.

    SQLAlchemy's documented recipe for SQLite transactions, with IMMEDIATE instead of a plain
    BEGIN: a unit of work that reads and then writes never has to upgrade a shared lock.
    """
    connection.exec_driver_sql("BEGIN IMMEDIATE")


# A pooled PostgreSQL connection idle longer than this is pinged before use (see _ping_if_idle).
IDLE_BEFORE_PING_SECONDS = 10.0


def _note_idle_since(_dbapi_connection: Any, record: Any) -> None:
    """Remember when a connection went back to the pool."""
    record.info["idle_since"] = time.monotonic()


def _ping_if_idle(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
    """Ping a connection that sat idle, so a restarted server costs a reconnect, not an update.

    SQLAlchemy's pool_pre_ping pings on every checkout, three round trips with asyncpg; a busy
    pool's connections are as good as the last statement they ran. One that broke since then
    fails its unit of work (the person is asked to try again) and the pool replaces it.
    """
    idle_since = record.info.get("idle_since")
    if idle_since is None or time.monotonic() - idle_since < IDLE_BEFORE_PING_SECONDS:
        return
    try:
        dbapi_connection.ping()
    except Exception as error:
        # The pool discards this connection and checks out (or opens) another.
        raise exc.DisconnectionError("idle connection failed its ping") from error


def is_sqlite(url: str) -> bool:
    """Tell SQLite URLs apart, since locking and pragmas differ."""
    return make_url(url).get_backend_name() == "sqlite"


def create_engine(url: str, *, echo: bool = False) -> AsyncEngine:
    """Create the async engine; make the SQLite file's folder so a fresh checkout just runs."""
    if is_sqlite(url):
        database = make_url(url).database
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        # SQLite has one writer at a time anyway: one pooled connection makes units of work wait
        # in an asyncio queue instead of SQLite's busy handler ("database is locked").
        engine = create_async_engine(
            url,
            echo=echo,
            poolclass=AsyncAdaptedQueuePool,
            pool_size=1,
            max_overflow=0,
            pool_timeout=60,
            connect_args={"timeout": SQLITE_BUSY_TIMEOUT_SECONDS},
        )
        event.listen(engine.sync_engine, "connect", _apply_sqlite_pragmas)
        event.listen(engine.sync_engine, "begin", _begin_immediate)
        return engine
    # Under a burst, updates queue for a connection: waiting beats failing (and apologising).
    engine = create_async_engine(url, echo=echo, pool_size=10, max_overflow=20, pool_timeout=60)
    event.listen(engine.sync_engine, "checkin", _note_idle_since)
    event.listen(engine.sync_engine, "checkout", _ping_if_idle)
    return engine


def create_probe_engine(url: str, timeout_seconds: float) -> AsyncEngine:
    """A health-check engine: its own short-lived connections, so a busy pool never fails it."""
    if is_sqlite(url):
        return create_async_engine(
            url, poolclass=NullPool, connect_args={"timeout": timeout_seconds}
        )
    return create_async_engine(
        url,
        poolclass=NullPool,
        connect_args={"timeout": timeout_seconds, "command_timeout": timeout_seconds},
    )


def create_session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """One AsyncSession per unit of work; objects stay readable after commit for rendering."""
    return async_sessionmaker(engine, expire_on_commit=False, autoflush=False)
