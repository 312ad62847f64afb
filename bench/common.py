"""Shared benchmark helpers: databases, seeding, resource readings and tables."""

from __future__ import annotations

import os
import resource
import statistics
import time
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

from sqlalchemy import insert, select, text, update
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.content import load_catalog
from bot.services.routine import RoutineService
from db.engine import create_engine, create_session_factory
from db.migrate import upgrade_to_head
from db.models import User
from db.uow import SqlUnitOfWorkFactory

DEFAULT_POSTGRES_URL = "postgresql+asyncpg://backcoach:backcoach@127.0.0.1:5432/backcoach_test"
SEED_CHUNK = 5_000


def database_urls(workdir: Path, backends: Sequence[str]) -> dict[str, str]:
    """A fresh SQLite file and/or the test PostgreSQL."""
    urls = {}
    if "sqlite" in backends:
        urls["sqlite"] = f"sqlite+aiosqlite:///{workdir / 'bench.sqlite3'}"
    if "postgres" in backends:
        urls["postgres"] = os.environ.get("TEST_POSTGRES_URL", DEFAULT_POSTGRES_URL)
    return urls


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
                "weekdays_only": False,
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


async def routine_walkers(url: str, users: int) -> tuple[AsyncEngine, RoutineService]:
    """A fresh schema with `users` onboarded people who track pain, and the service they walk.

    Seeded on a throwaway engine, so the returned one starts with an empty pool and cache.
    """
    seeding = await fresh_schema(url)
    await seed_users(seeding, users, datetime.now(UTC) + timedelta(days=1))
    async with seeding.begin() as connection:
        await connection.execute(update(User).values(pain_consent=True))
    await seeding.dispose()
    engine = create_engine(url)
    routines = load_catalog(None).routines
    plans = {routine_id: routine.exercises for routine_id, routine in routines.items()}
    units = SqlUnitOfWorkFactory(create_session_factory(engine))
    return engine, RoutineService(units, plans, lambda: datetime.now(UTC))


async def due_query_ms(url: str, now: datetime, batch: int = 500) -> float:
    """Median time of the nudge claim query alone (SKIP LOCKED where supported), rolled back."""
    engine = create_engine(url)
    query = (
        select(User)
        .where(User.next_nudge_at <= now)
        .order_by(User.next_nudge_at)
        .limit(batch)
        .with_for_update(skip_locked=True)
    )

    async def once() -> None:
        async with engine.connect() as connection:
            await connection.execute(query)
            await connection.rollback()

    await once()
    result = await median_ms(once)
    await engine.dispose()
    return result


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def median_ms(action: Callable[[], Awaitable[object]], repeats: int = 15) -> float:
    """Median wall time of an async action, in milliseconds."""
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        await action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def print_table(title: str, header: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """A plain aligned table on stdout."""
    cells = [list(map(str, header)), *([str(c) for c in row] for row in rows)]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    print(f"\n{title}")
    for index, row in enumerate(cells):
        print("  ".join(cell.rjust(width) for cell, width in zip(row, widths, strict=True)))
        if index == 0:
            print("  ".join("-" * width for width in widths))
