"""Engine and session factory, with the SQLite pragmas that make it safe for concurrent use."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from sqlalchemy import event, exc
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.orm import SessionTransaction
from sqlalchemy.pool import NullPool

from db.sqlite_driver import loop_connector

SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=NORMAL",
    "PRAGMA foreign_keys=ON",
    # Never sleep in SQLite's busy handler on the event loop: LoopConnection.begin_immediate
    # waits for another writer's lock in the worker thread instead.
    "PRAGMA busy_timeout=0",
)


def _apply_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """Turn on WAL and foreign keys on every new SQLite connection (cascades depend on it)."""
    # Let SQLAlchemy, not the driver, decide when a transaction begins (see _begin_immediate).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    for pragma in SQLITE_PRAGMAS:
        cursor.execute(pragma)
    cursor.close()


def _begin_immediate(connection: Any) -> None:
    """Take the write lock up front, so concurrent read-then-write units wait instead of failing.

    Sent straight to the driver (`run_async`, SQLAlchemy's documented way to reach it): one
    call instead of three (cursor, execute, close) through the adapter.
    """
    connection.connection.dbapi_connection.run_async(lambda driver: driver.begin_immediate())


def _reset_if_in_transaction(dbapi_connection: Any, _record: Any, _state: Any) -> None:
    """Roll back a connection going back to the pool only if a transaction is still open.

    The pool's default reset rolls back unconditionally: after every commit one more trip to
    the worker thread that does nothing. A unit of work that fails mid-way still gets it.
    """
    if dbapi_connection.driver_connection.in_transaction:
        dbapi_connection.rollback()


# A pooled PostgreSQL connection idle longer than this is pinged before use (see _ping_if_idle).
IDLE_BEFORE_PING_SECONDS = 10.0


def _note_idle_since(_dbapi_connection: Any, record: Any) -> None:
    """Remember when a connection went back to the pool."""
    record.info["idle_since"] = time.monotonic()


def _ping_if_idle(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
    """Ping a connection that sat idle, so a restarted server costs a reconnect, not an update.

    SQLAlchemy's pool_pre_ping pings on every checkout, and asyncpg's ping is three round trips
    (BEGIN, a query, ROLLBACK): under load that was a quarter of a button press's database time.
    A connection checked in moments ago is as good as the last statement it ran; one that broke
    since then fails its unit of work (the person is asked to try again) and the pool is renewed.
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
        # in an asyncio queue instead of SQLite's sleeping busy handler ("database is locked").
        engine = create_async_engine(
            url,
            echo=echo,
            async_creator=loop_connector(url),
            pool_size=1,
            max_overflow=0,
            pool_timeout=60,
            pool_reset_on_return=None,
        )
        event.listen(engine.sync_engine, "connect", _apply_sqlite_pragmas)
        event.listen(engine.sync_engine, "begin", _begin_immediate)
        event.listen(engine.sync_engine, "reset", _reset_if_in_transaction)
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


class UnitOfWorkSession(AsyncSession):
    """An AsyncSession that keeps handing out its transaction's connection while it lasts.

    Repositories run prebuilt Core statements on `await session.connection()`, four or five
    times per update, and every call is a greenlet hop into Session.connection (about 0.05 ms
    of CPU, py-spy and cProfile under bench.load). Within one transaction the answer never
    changes, so it is kept until the session's transaction is no longer that active one.
    """

    _held: tuple[SessionTransaction, AsyncConnection] | None = None

    async def connection(
        self,
        bind_arguments: Any = None,
        execution_options: Any = None,
        **kw: Any,
    ) -> AsyncConnection:
        """The transaction's connection; asked again for the same transaction, no hop."""
        if bind_arguments is not None or execution_options is not None or kw:
            return await super().connection(bind_arguments, execution_options, **kw)
        transaction = self.sync_session.get_transaction()
        held = self._held
        if held is not None and held[0] is transaction and transaction.is_active:
            return held[1]
        connection = await super().connection()
        transaction = self.sync_session.get_transaction()
        self._held = None if transaction is None else (transaction, connection)
        return connection


def create_session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """One AsyncSession per unit of work; objects stay readable after commit for rendering."""
    return async_sessionmaker(
        engine, class_=UnitOfWorkSession, expire_on_commit=False, autoflush=False
    )
