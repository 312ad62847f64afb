"""Statements run straight on asyncpg stay inside the unit of work's transaction and types."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    MetaData,
    String,
    Table,
    bindparam,
    event,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine

from bench.common import fresh_schema, seed_users
from bot.content import load_catalog
from bot.domain.routine import Action, Press, Rate
from bot.services.routine import RoutineService
from db import reads
from db.driver_statements import DriverStatements, begun_driver, driver_form
from db.engine import create_engine, create_session_factory
from db.models import ExercisePreference, Pause, SafetyEvent
from db.receipts import UpdateReceipt, current_receipt
from db.types import UTCDateTime
from db.uow import SqlUnitOfWorkFactory
from tests.conftest import postgres_url

NOTES = Table(
    "driver_notes",
    MetaData(),
    Column("id", BigInteger, primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("done", Boolean, nullable=False),
    Column("at", UTCDateTime(), nullable=False),
)
ADD = insert(NOTES).values(
    id=bindparam("id"), kind=bindparam("kind"), done=bindparam("done"), at=bindparam("at")
)
ADD_RETURNING = ADD.returning(NOTES.c.id, NOTES.c.at)
PLAIN_BY_ID = select(NOTES.c.id, NOTES.c.kind, NOTES.c.done, NOTES.c.at).where(
    NOTES.c.id == bindparam("id"), NOTES.c.kind == "plain"
)
MARK_DONE = update(NOTES).where(NOTES.c.id == bindparam("id")).values(done=True)


@pytest.fixture
async def engine() -> AsyncIterator[AsyncEngine]:
    """The production PostgreSQL engine with one scratch table."""
    url = postgres_url()
    if url is None:
        pytest.skip("TEST_POSTGRES_URL is not set")
    created = create_engine(url)
    async with created.begin() as connection:
        await connection.run_sync(NOTES.metadata.create_all)
    yield created
    async with created.begin() as connection:
        await connection.run_sync(NOTES.metadata.drop_all)
    await created.dispose()


async def stored(engine: AsyncEngine) -> list[tuple[int, bool]]:
    """What another connection sees: only committed rows."""
    async with engine.connect() as connection:
        rows = await connection.execute(text("SELECT id, done FROM driver_notes ORDER BY id"))
        return [(row.id, row.done) for row in rows]


def a_note(note_id: int, *, kind: str = "plain") -> dict[str, object]:
    """One row's parameters."""
    return {"id": note_id, "kind": kind, "done": False, "at": datetime(2026, 3, 29, 1, tzinfo=UTC)}


async def test_a_driver_write_first_in_a_unit_of_work_is_rolled_back_with_it(
    engine: AsyncEngine,
) -> None:
    compiled = DriverStatements(engine.dialect)
    async with create_session_factory(engine)() as session:
        # No SQLAlchemy statement has begun the transaction: the driver write must not autocommit.
        driver = await begun_driver(await session.connection())
        await driver.execute(compiled[ADD].sql, *compiled[ADD].arguments(a_note(1)))
        await session.rollback()
    assert await stored(engine) == []
    async with create_session_factory(engine)() as session:
        driver = await begun_driver(await session.connection())
        await driver.execute(compiled[ADD].sql, *compiled[ADD].arguments(a_note(2)))
        await session.commit()
    assert await stored(engine) == [(2, False)]


async def test_driver_and_sqlalchemy_statements_share_one_transaction(engine: AsyncEngine) -> None:
    compiled = DriverStatements(engine.dialect)
    async with create_session_factory(engine)() as session:
        connection = await session.connection()
        await connection.execute(ADD, a_note(1))
        driver = await begun_driver(connection)
        await driver.execute(compiled[MARK_DONE].sql, *compiled[MARK_DONE].arguments({"id": 1}))
        seen = (await connection.execute(select(NOTES.c.done))).scalar_one()
        assert seen is True
        assert await stored(engine) == []  # nothing visible outside before the commit
        await session.commit()
    assert await stored(engine) == [(1, True)]


async def test_values_are_bound_and_read_back_as_sqlalchemy_would(engine: AsyncEngine) -> None:
    compiled = DriverStatements(engine.dialect)
    in_paris = datetime(2026, 3, 29, 3, 30, tzinfo=timezone(timedelta(hours=2)))
    async with create_session_factory(engine)() as session:
        driver = await begun_driver(await session.connection())
        added = compiled[ADD_RETURNING]
        record = await driver.fetchrow(added.sql, *added.arguments({**a_note(1), "at": in_paris}))
        assert record is not None
        assert added.row(record) == (1, datetime(2026, 3, 29, 1, 30, tzinfo=UTC))
        await driver.execute(compiled[ADD].sql, *compiled[ADD].arguments(a_note(2, kind="other")))
        by_id = compiled[PLAIN_BY_ID]
        # The literal in the WHERE clause ("plain") is bound too: note 2 is not plain.
        plain = await driver.fetchrow(by_id.sql, *by_id.arguments({"id": 1}))
        other = await driver.fetchrow(by_id.sql, *by_id.arguments({"id": 2}))
        assert plain is not None
        assert by_id.row(plain)[1:] == ("plain", False, datetime(2026, 3, 29, 1, 30, tzinfo=UTC))
        assert other is None
        with pytest.raises(ValueError, match="naive"):
            added.arguments({**a_note(3), "at": datetime(2026, 3, 29, 1, 30)})  # noqa: DTZ001
        await session.commit()


async def test_a_statement_is_compiled_once_per_dialect(engine: AsyncEngine) -> None:
    compiled = DriverStatements(engine.dialect)
    assert compiled[ADD] is compiled[ADD]
    assert compiled[ADD] is not compiled[ADD_RETURNING]
    assert "$1" in compiled[ADD].sql


async def test_a_button_press_runs_its_statements_on_the_driver_on_postgresql(
    database_url: str,
) -> None:
    """A silent fallback to SQLAlchemy's cursor on PostgreSQL would show up here."""
    # SQLite: the update id's claim, the locked read, the result insert, the session update.
    press_statements = 0 if make_url(database_url).get_backend_name() == "postgresql" else 4
    engine = await fresh_schema(database_url)
    await seed_users(engine, 1, datetime(2026, 11, 26, 9, tzinfo=UTC))
    routines = load_catalog(None).routines
    service = RoutineService(
        SqlUnitOfWorkFactory(create_session_factory(engine)),
        {routine_id: routine.exercises for routine_id, routine in routines.items()},
        lambda: datetime.now(UTC),
    )
    try:
        current_receipt.set(UpdateReceipt(1, datetime.now(UTC)))
        started = await service.start(1, "full")
        assert started.prompt is not None
        seen = count_cursor_statements(engine)
        current_receipt.set(UpdateReceipt(2, datetime.now(UTC)))
        prompt = started.prompt
        pressed = await service.press(1, prompt.session_id, prompt.version, Press(Action.DONE))
        assert pressed.prompt is not None
        assert pressed.prompt.step == 1
        assert len(seen) == press_statements
        async with engine.connect() as connection:
            done = await connection.execute(text("SELECT outcome FROM exercise_results"))
            assert done.scalars().all() == ["done"]
    finally:
        current_receipt.set(None)
        await engine.dispose()


def count_cursor_statements(engine: AsyncEngine) -> list[str]:
    """Every statement SQLAlchemy's cursor runs on this engine from now on."""
    seen: list[str] = []

    def count(*args: object) -> None:
        seen.append(str(args[2]))

    event.listen(engine.sync_engine, "before_cursor_execute", count)
    return seen


async def test_every_hot_read_returns_on_the_driver_what_sqlalchemy_returns() -> None:
    """Same rows, same types, same names: PostgreSQL reads run on asyncpg, SQLite's do not."""
    url = postgres_url()
    if url is None:
        pytest.skip("TEST_POSTGRES_URL is not set")
    engine = await fresh_schema(url)
    try:
        await seed_users(engine, 1, datetime(2026, 11, 26, 9, tzinfo=UTC))
        await walk_once_with_history(engine)
        session_id = await first_session_id(engine)
        week_ago = datetime(2026, 11, 19, tzinfo=UTC)
        cases: list[tuple[object, dict[str, object]]] = [
            (reads.COUNTED_DAYS, {"user_id": 1}),
            (reads.DROPPED, {"user_id": 1}),
            (reads.FINISHED_PAGE, {"user_id": 1, "limit": 10, "offset": 0}),
            (reads.OUTCOMES_OF_SESSION, {"session_id": session_id}),
            (reads.OUTCOMES_OF_SESSIONS, {"session_ids": [session_id]}),
            (reads.PAUSES_OF_USER, {"user_id": 1}),
            (reads.RATINGS_OF_SESSIONS, {"session_ids": [session_id]}),
            (reads.RECENT_OUTCOMES, {"user_id": 1, "limit": 5}),
            (reads.RATED_SESSIONS[False], {"user_id": 1}),
            (reads.RATED_SESSIONS[True], {"user_id": 1, "since": date(2026, 11, 1)}),
            (
                reads.SAFETY_RECORDED_SINCE,
                {"user_id": 1, "reason": "rising_weekly_trend", "since": week_ago},
            ),
        ]
        on_driver = 0
        async with create_session_factory(engine)() as session:
            connection = await session.connection()
            for statement, params in cases:
                expected = (await connection.execute(statement, params)).all()  # type: ignore[call-overload]
                got = await reads.fetch(session, statement, params)
                assert [tuple(row) for row in got] == [tuple(row) for row in expected], statement
                assert [row._fields for row in got] == [tuple(row._fields) for row in expected]
                assert got, f"no rows to compare for {statement}"
                on_driver += driver_form(engine.dialect, statement) is not None  # type: ignore[arg-type]
        # All but the two reads with an expanding IN (session_ids) run on asyncpg itself.
        assert on_driver == len(cases) - 2
    finally:
        await engine.dispose()


async def walk_once_with_history(engine: AsyncEngine) -> None:
    """User 1 walks /quick with pain ratings, and has a pause, a dropped exercise, an event."""
    units = SqlUnitOfWorkFactory(create_session_factory(engine))
    now = datetime(2026, 11, 26, 9, tzinfo=UTC)
    async with engine.begin() as connection:
        await connection.execute(text("UPDATE users SET pain_consent = true"))
    routines = load_catalog(None).routines
    plans = {routine_id: routine.exercises for routine_id, routine in routines.items()}
    service = RoutineService(units, plans, lambda: now)
    reply = await service.start(1, "quick")
    events = [Rate(6), *[Press(Action.DONE)] * len(plans["quick"]), Rate(3)]
    for tap in events:
        assert reply.prompt is not None
        reply = await service.press(1, reply.prompt.session_id, reply.prompt.version, tap)
    assert reply.summary is not None
    async with create_session_factory(engine)() as session:
        session.add(Pause(user_id=1, start_date=date(2026, 12, 1), end_date=date(2026, 12, 3)))
        session.add(ExercisePreference(user_id=1, exercise_id="chair_rotation", updated_at=now))
        session.add(SafetyEvent(user_id=1, reason="rising_weekly_trend", created_at=now))
        await session.commit()


async def first_session_id(engine: AsyncEngine) -> int:
    """The id of user 1's one session."""
    async with engine.connect() as connection:
        return int((await connection.execute(text("SELECT id FROM routine_sessions"))).scalar_one())
