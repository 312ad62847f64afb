"""Alembic environment: uses a connection handed in by the bot, or DATABASE_URL from the CLI."""

from __future__ import annotations

import asyncio
import os

from alembic import context
from sqlalchemy.engine import Connection

from db.engine import create_engine
from db.models import Base

DEFAULT_URL = "sqlite+aiosqlite:///data/backcoach.sqlite3"


def _configure_and_run(connection: Connection) -> None:
    """Run migrations on one connection; batch mode lets SQLite alter tables."""
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


async def _run_from_url(url: str) -> None:
    """Open an engine for command-line use (`alembic upgrade head`)."""
    engine = create_engine(url)
    async with engine.begin() as connection:
        await connection.run_sync(_configure_and_run)
    await engine.dispose()


def run() -> None:
    """Prefer the caller's connection; fall back to the configured or environment URL."""
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _configure_and_run(connection)
        return
    url = context.config.get_main_option("sqlalchemy.url") or os.environ.get(
        "DATABASE_URL", DEFAULT_URL
    )
    asyncio.run(_run_from_url(url))


run()
