"""The unit of work's session hands out its transaction's connection, a new one per transaction."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession

from db.engine import create_engine, create_session_factory


@pytest.fixture
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    """The production engine with one scratch table."""
    created = create_engine(database_url)
    async with created.begin() as connection:
        await connection.execute(text("CREATE TABLE notes (id INTEGER PRIMARY KEY)"))
    yield created
    await created.dispose()


async def insert(connection: AsyncConnection, note_id: int) -> None:
    """One row through the connection a repository would use."""
    await connection.execute(text("INSERT INTO notes (id) VALUES (:id)"), {"id": note_id})


async def stored(engine: AsyncEngine) -> list[int]:
    """What another connection sees: only committed rows."""
    async with engine.connect() as connection:
        return list((await connection.execute(text("SELECT id FROM notes ORDER BY id"))).scalars())


async def test_one_transaction_hands_out_one_connection(engine: AsyncEngine) -> None:
    async with create_session_factory(engine)() as session:
        first = await session.connection()
        await insert(first, 1)
        assert await session.connection() is first
        await session.rollback()
    assert await stored(engine) == []


async def test_after_a_commit_statements_run_in_the_next_transaction(engine: AsyncEngine) -> None:
    async with create_session_factory(engine)() as session:
        await insert(await session.connection(), 1)
        await session.commit()
        # A connection kept from the committed transaction would write outside the new one.
        await insert(await session.connection(), 2)
        await session.rollback()
        await insert(await session.connection(), 3)
        await session.commit()
    assert await stored(engine) == [1, 3]


async def test_after_a_failed_statement_and_rollback_the_session_works_again(
    engine: AsyncEngine,
) -> None:
    async with create_session_factory(engine)() as session:
        await insert(await session.connection(), 1)
        await session.commit()
        with pytest.raises(IntegrityError):
            await insert(await session.connection(), 1)
        await session.rollback()
        await insert(await session.connection(), 2)
        await session.commit()
    assert await stored(engine) == [1, 2]


async def test_orm_and_core_statements_share_the_transaction(engine: AsyncEngine) -> None:
    async with create_session_factory(engine)() as session:
        assert isinstance(session, AsyncSession)
        await session.execute(text("INSERT INTO notes (id) VALUES (5)"))
        await insert(await session.connection(), 6)
        await session.rollback()
    assert await stored(engine) == []
