"""Apply Alembic migrations at start-up, safely even when several replicas start at once."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

from db.engine import create_engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# An arbitrary constant key: replicas that start together take turns migrating.
MIGRATION_LOCK_KEY = 0x4241434B


def alembic_config(url: str | None = None) -> Config:
    """Build the Alembic config in code, so no alembic.ini has to be found at run time."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url is not None:
        config.set_main_option("sqlalchemy.url", url)
    return config


def _upgrade_on(connection: Connection) -> None:
    """Run every pending revision on the given connection, under a PostgreSQL advisory lock."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


async def upgrade_to_head(engine: AsyncEngine) -> None:
    """Bring the schema to the newest revision before the bot takes any update."""
    async with engine.begin() as connection:
        await connection.run_sync(_upgrade_on)


async def upgrade_database(database_url: str) -> None:
    """`python -m bot.migrate`: upgrade under the replicas' lock, then release the pool."""
    engine = create_engine(database_url)
    try:
        await upgrade_to_head(engine)
    finally:
        await engine.dispose()
