"""The migrations build exactly the models' schema, and the database enforces the invariants."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine

from db.engine import create_engine
from db.migrate import upgrade_to_head
from db.models import Base, PainRating, RoutineSession, User

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


def _differences(connection: Connection) -> list[object]:
    """What autogenerate would still change after all migrations ran."""
    context = MigrationContext.configure(connection, opts={"compare_type": True})
    return list(compare_metadata(context, Base.metadata))


@pytest.fixture
async def engine(database_url: str) -> AsyncEngine:
    """A migrated engine for the backend under test."""
    engine = create_engine(database_url)
    await upgrade_to_head(engine)
    return engine


async def _seed_user_and_session(engine: AsyncEngine, user_id: int) -> int:
    """One user with one active session; returns the session id."""
    async with engine.begin() as connection:
        await connection.execute(
            User.__table__.insert(),
            {
                "id": user_id,
                "chat_id": user_id,
                "timezone": "UTC",
                "screening_status": "clear",
                "screening_index": 0,
                "onboarding_step": "done",
                "blocked": False,
                "streak_current": 0,
                "streak_best": 0,
                "created_at": NOW,
                "updated_at": NOW,
            },
        )
        result = await connection.execute(
            RoutineSession.__table__.insert().returning(RoutineSession.__table__.c.id),
            {
                "user_id": user_id,
                "routine_id": "full",
                "local_date": date(2026, 11, 24),
                "status": "active",
                "phase": "exercise",
                "step": 0,
                "total": 7,
                "plan": "lat_pulldown,wall_angels",
                "track_pain": True,
                "gentler": False,
                "stopping": False,
                "version": 0,
                "counted": False,
                "started_at": NOW,
                "updated_at": NOW,
            },
        )
        return int(result.scalar_one())


async def test_migrations_match_the_models_exactly(engine: AsyncEngine) -> None:
    async with engine.connect() as connection:
        assert await connection.run_sync(_differences) == []
    await engine.dispose()


async def test_migrating_twice_is_harmless(engine: AsyncEngine) -> None:
    await upgrade_to_head(engine)
    async with engine.connect() as connection:
        version = (
            await connection.execute(text("SELECT version_num FROM alembic_version"))
        ).scalar()
    assert version == "0011"
    await engine.dispose()


async def test_telegram_ids_beyond_32_bits_are_stored(engine: AsyncEngine) -> None:
    big_id = 8_000_000_000_123
    await _seed_user_and_session(engine, big_id)
    async with engine.connect() as connection:
        stored = (await connection.execute(text("SELECT id FROM users"))).scalar()
    assert stored == big_id
    await engine.dispose()


@pytest.mark.parametrize("score", [-1, 11], ids=["below-0", "above-10"])
async def test_a_rating_outside_0_to_10_is_refused_by_the_database(
    engine: AsyncEngine, score: int
) -> None:
    session_id = await _seed_user_and_session(engine, 77)
    with pytest.raises(IntegrityError):
        async with engine.begin() as connection:
            await connection.execute(
                PainRating.__table__.insert(),
                {
                    "session_id": session_id,
                    "user_id": 77,
                    "kind": "before",
                    "score": score,
                    "recorded_at": NOW,
                },
            )
    await engine.dispose()


async def test_a_second_active_session_for_one_user_is_refused(engine: AsyncEngine) -> None:
    await _seed_user_and_session(engine, 78)
    with pytest.raises(IntegrityError):
        async with engine.begin() as connection:
            await connection.execute(
                RoutineSession.__table__.insert(),
                {
                    "user_id": 78,
                    "routine_id": "quick",
                    "local_date": date(2026, 11, 24),
                    "status": "active",
                    "phase": "exercise",
                    "step": 0,
                    "total": 2,
                    "plan": "neck_flexion",
                    "track_pain": False,
                    "gentler": False,
                    "stopping": False,
                    "version": 0,
                    "counted": False,
                    "started_at": NOW,
                    "updated_at": NOW,
                },
            )
    await engine.dispose()


async def test_deleting_a_user_cascades_to_everything_about_them(engine: AsyncEngine) -> None:
    session_id = await _seed_user_and_session(engine, 79)
    async with engine.begin() as connection:
        await connection.execute(
            PainRating.__table__.insert(),
            {
                "session_id": session_id,
                "user_id": 79,
                "kind": "before",
                "score": 4,
                "recorded_at": NOW,
            },
        )
        await connection.execute(text("DELETE FROM users WHERE id = 79"))
    async with engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            count = (await connection.execute(text(f"SELECT count(*) FROM {table.name}"))).scalar()
            assert count == 0, table.name
    await engine.dispose()
