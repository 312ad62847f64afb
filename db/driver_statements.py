"""Prebuilt Core statements run straight on asyncpg, inside the unit of work's own transaction.

On PostgreSQL SQLAlchemy's execution layer (cache key, parameter dictionaries, cursor adapter,
Result and Row objects, a greenlet hop per call) cost more client CPU than asyncpg itself for
the two statements of a button press: session + Core 1.0 ms against 0.6 ms this way for a
locked read and an update (micro-benchmark, 3,000 units of work). The statements are still
written in SQLAlchemy Core and compiled once by its asyncpg dialect, with the column types'
bind and result processors applied (UTCDateTime still refuses naive datetimes), and the
session still begins, commits and rolls back the one transaction they run in.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any, Protocol
from weakref import WeakKeyDictionary

from sqlalchemy.engine import Dialect
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession
from sqlalchemy.sql import ClauseElement, Executable
from sqlalchemy.sql.compiler import SQLCompiler

Processor = Callable[[Any], Any] | None


class DriverConnection(Protocol):
    """The part of asyncpg's Connection this module uses."""

    async def fetchrow(self, query: str, *args: Any) -> Sequence[Any] | None:
        """One row, or None."""

    async def fetch(self, query: str, *args: Any) -> list[Sequence[Any]]:
        """Every row."""

    async def execute(self, query: str, *args: Any) -> str:
        """Run a statement; returns its status tag."""


class NotCompiledOnce(Exception):
    """The statement's SQL depends on its parameters (an expanding IN): SQLAlchemy runs it."""


class DriverStatement:
    """A Core statement compiled once: SQL with $n parameters, and each value's converter."""

    __slots__ = ("_binds", "_fixed", "_names", "_results", "_row_type", "sql")

    def __init__(self, statement: Executable, dialect: Dialect) -> None:
        if not isinstance(statement, ClauseElement):
            raise TypeError(f"not a SQL statement: {type(statement).__name__}")
        compiled = statement.compile(dialect=dialect)
        if not isinstance(compiled, SQLCompiler):
            raise TypeError(f"not a SQL statement: {type(statement).__name__}")
        # Only what runs the same without SQLAlchemy's execution context: no SQL rendered per
        # call (expanding IN), no Python-side column defaults to compute (prefetch).
        if compiled.post_compile_params or compiled.insert_prefetch or compiled.update_prefetch:
            raise NotCompiledOnce(compiled.string)
        self.sql = compiled.string
        self._names: tuple[str, ...] = tuple(compiled.positiontup or ())
        self._binds: tuple[Processor, ...] = tuple(
            compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect)
            for name in self._names
        )
        # Values written into the statement itself (e.g. status == "active").
        self._fixed: dict[str, Any] = {
            name: compiled.binds[name].effective_value
            for name in self._names
            if not compiled.binds[name].required
        }
        # A query's columns, or what an INSERT/UPDATE returns (nothing without RETURNING).
        selected = list(getattr(statement, "exported_columns", ()))
        returning = compiled.effective_returning
        if returning is not None and len(returning) != len(selected):
            raise NotCompiledOnce(compiled.string)  # RETURNING the dialect added by itself
        self._results: tuple[Processor, ...] = tuple(
            column.type.dialect_impl(dialect).result_processor(dialect, None) for column in selected
        )
        # Named after the columns the server returns (SQLAlchemy's labels), on the first row.
        self._row_type: Any = None

    def arguments(self, params: Mapping[str, Any]) -> list[Any]:
        """The parameters in $n order, converted as SQLAlchemy would bind them."""
        values = []
        for name, process in zip(self._names, self._binds, strict=True):
            value = params[name] if name in params else self._fixed[name]
            values.append(value if process is None else process(value))
        return values

    def row(self, record: Sequence[Any]) -> tuple[Any, ...]:
        """A fetched row's values, converted as SQLAlchemy would return them, by name too."""
        if self._row_type is None:
            names = list(getattr(record, "keys", lambda: ())()) or None
            self._row_type = namedtuple(  # type: ignore[misc]
                "DriverRow", names or [f"column_{n}" for n in range(len(record))], rename=True
            )
        row: tuple[Any, ...] = self._row_type._make(
            value if process is None else process(value)
            for value, process in zip(record, self._results, strict=True)
        )
        return row


class DriverStatements:
    """Compiles each prebuilt statement once for the engine's dialect, on first use."""

    def __init__(self, dialect: Dialect) -> None:
        self._dialect = dialect
        self._compiled: dict[int, tuple[Executable, DriverStatement | None]] = {}

    def __getitem__(self, statement: Executable) -> DriverStatement:
        """The compiled form of a statement built once at import (kept alive by its module)."""
        compiled = self.get(statement)
        if compiled is None:
            raise NotCompiledOnce(str(statement))
        return compiled

    def get(self, statement: Executable) -> DriverStatement | None:
        """The compiled form, or None for a statement only SQLAlchemy can run."""
        known = self._compiled.get(id(statement))
        if known is None or known[0] is not statement:
            try:
                compiled: DriverStatement | None = DriverStatement(statement, self._dialect)
            except NotCompiledOnce:
                compiled = None
            known = (statement, compiled)
            self._compiled[id(statement)] = known
        return known[1]


# One compiled set per dialect (compilation depends on the server's version, known once connected).
_COMPILED: WeakKeyDictionary[Dialect, DriverStatements] = WeakKeyDictionary()


def statements_for(dialect: Dialect) -> DriverStatements:
    """The dialect's compiled statements, shared by every unit of work of its engine."""
    known = _COMPILED.get(dialect)
    if known is None:
        known = _COMPILED.setdefault(dialect, DriverStatements(dialect))
    return known


def driver_form(dialect: Dialect, statement: Executable) -> DriverStatement | None:
    """On PostgreSQL the statement compiled for asyncpg; None where SQLAlchemy runs it."""
    if dialect.name != "postgresql":
        return None
    return statements_for(dialect).get(statement)


class DriverRunner:
    """Runs prebuilt statements on an asyncpg connection held in a transaction of its own."""

    def __init__(
        self, statements: DriverStatements, driver: Callable[[], Awaitable[DriverConnection]]
    ) -> None:
        self._statements = statements
        self._driver = driver

    async def fetch(
        self, statement: Executable, params: Mapping[str, Any]
    ) -> tuple[Any, ...] | None:
        """The first row of a query, or None."""
        driver = await self._driver()  # connected first: compilation needs the server's version
        compiled = self._statements[statement]
        record = await driver.fetchrow(compiled.sql, *compiled.arguments(params))
        return None if record is None else compiled.row(record)

    async def execute(self, statement: Executable, params: Mapping[str, Any]) -> None:
        """Run a write."""
        driver = await self._driver()
        compiled = self._statements[statement]
        await driver.execute(compiled.sql, *compiled.arguments(params))


class SessionStatements:
    """Prebuilt statements in a session's transaction, on asyncpg wherever they compile once.

    That is PostgreSQL; SQLite, and a statement with an expanding IN, go through SQLAlchemy.
    """

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def _prepared(
        self, statement: Executable
    ) -> tuple[AsyncConnection, DriverConnection | None, DriverStatement | None]:
        """The transaction's connection and, where the driver runs it, the driver and form."""
        connection = await self._session.connection()
        compiled = driver_form(connection.dialect, statement)
        if compiled is None:
            return connection, None, None
        return connection, await begun_driver(connection), compiled

    async def fetch(
        self, statement: Executable, params: Mapping[str, Any]
    ) -> tuple[Any, ...] | None:
        """The first row of a query, or None."""
        connection, driver, compiled = await self._prepared(statement)
        if driver is None or compiled is None:
            row = (await connection.execute(statement, params)).first()
            return None if row is None else tuple(row)
        record = await driver.fetchrow(compiled.sql, *compiled.arguments(params))
        return None if record is None else compiled.row(record)

    async def fetch_all(self, statement: Executable, params: Mapping[str, Any]) -> Sequence[Any]:
        """Every row, as named tuples (`row.column`) on either path."""
        connection, driver, compiled = await self._prepared(statement)
        if driver is None or compiled is None:
            return (await connection.execute(statement, params)).all()
        records = await driver.fetch(compiled.sql, *compiled.arguments(params))
        return [compiled.row(record) for record in records]

    async def execute(self, statement: Executable, params: Mapping[str, Any]) -> None:
        """Run a write."""
        connection, driver, compiled = await self._prepared(statement)
        if driver is None or compiled is None:
            await connection.execute(statement, params)
            return
        await driver.execute(compiled.sql, *compiled.arguments(params))


async def begun_driver(connection: AsyncConnection) -> DriverConnection:
    """The asyncpg connection under `connection`, its transaction begun as SQLAlchemy would.

    SQLAlchemy's asyncpg adapter sends BEGIN lazily, with the first statement it runs; these
    statements bypass it, so the adapter starts its transaction first. Commit and rollback
    stay the session's, which ends that same transaction. A connection the unit of work holds
    is valid, so its pooled connection is read straight off it, without a greenlet hop.
    """
    held = connection.sync_connection
    if held is not None and not held.invalidated:
        raw = held.connection
    else:
        raw = await connection.get_raw_connection()
    adapted: Any = raw.dbapi_connection
    if adapted._transaction is None:
        await adapted._start_transaction()
    driver: DriverConnection = adapted.driver_connection
    return driver
