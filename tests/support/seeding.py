"""Seed databases for tests and benchmarks: a fresh migrated schema, onboarded users."""

from __future__ import annotations

from datetime import datetime
from datetime import time as clock_time
from pathlib import Path

from sqlalchemy import insert, text
from sqlalchemy.ext.asyncio import AsyncEngine

from db.engine import create_engine
from db.migrate import upgrade_to_head
from db.models import User

SEED_CHUNK = 5_000


async def fresh_schema(url: str) -> AsyncEngine:
    """Drop everything and migrate, so every run starts equal."""
    engine = create_engine(url)
    if engine.dialect.name == "postgresql":
        async with engine.begin() as connection:
            await connection.execute(text("DROP SCHEMA public CASCADE"))
            await connection.execute(text("CREATE SCHEMA public"))
    else:
        database = engine.url.database
        await engine.dispose()
        _remove_sqlite_files(str(database))
        engine = create_engine(url)
    await upgrade_to_head(engine)
    return engine


def _remove_sqlite_files(database: str) -> None:
    """Delete an SQLite database with its WAL files (a benchmark set-up step, not a hot path)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)


async def seed_users(engine: AsyncEngine, count: int, due: datetime, *, first_id: int = 1) -> None:
    """`count` onboarded users whose nudge is due at `due`, inserted in chunks."""
    for start in range(0, count, SEED_CHUNK):
        rows = [
            {
                "id": first_id + n,
                "chat_id": first_id + n,
                "timezone": "UTC",
                "remind_at": clock_time(due.hour, due.minute),
                "reminders_enabled": True,
                "nudge_days": 127,
                "next_nudge_at": due,
                "screening_status": "clear",
                "screened_at": due,
                "screening_index": 0,
                "onboarding_step": "done",
                "blocked": False,
                "streak_current": 0,
                "streak_best": 0,
                "created_at": due,
                "updated_at": due,
            }
            for n in range(start, min(start + SEED_CHUNK, count))
        ]
        async with engine.begin() as connection:
            await connection.execute(insert(User), rows)
    if engine.dialect.name == "postgresql":
        async with engine.begin() as connection:
            await connection.execute(text("ANALYZE users"))
