"""Shared benchmark helpers: databases, resource readings and tables (seeding: tests.support)."""

from __future__ import annotations

import os
import resource
import statistics
import time
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.content import load_catalog
from bot.services.routine import RoutineService
from db.engine import create_engine, create_session_factory
from db.models import User
from db.uow import SqlUnitOfWorkFactory
from tests.support.seeding import fresh_schema, seed_users

DEFAULT_POSTGRES_URL = "postgresql+asyncpg://backcoach:backcoach@127.0.0.1:5432/backcoach_test"


def database_urls(workdir: Path, backends: Sequence[str]) -> dict[str, str]:
    """A fresh SQLite file and/or the test PostgreSQL."""
    urls = {}
    if "sqlite" in backends:
        urls["sqlite"] = f"sqlite+aiosqlite:///{workdir / 'bench.sqlite3'}"
    if "postgres" in backends:
        urls["postgres"] = os.environ.get("TEST_POSTGRES_URL", DEFAULT_POSTGRES_URL)
    return urls


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
