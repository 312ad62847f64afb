"""Migration 0008 keeps everyone's reminder days: weekdays_only becomes a mask and a goal."""

from __future__ import annotations

from datetime import UTC, datetime

from alembic import command
from sqlalchemy import text
from sqlalchemy.engine import Connection

from db.engine import create_engine
from db.migrate import alembic_config

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


def _migrate(connection: Connection, revision: str, *, down: bool = False) -> None:
    """Move the schema to `revision` on this connection."""
    config = alembic_config()
    config.attributes["connection"] = connection
    (command.downgrade if down else command.upgrade)(config, revision)


def _insert_old_users(connection: Connection) -> None:
    """A weekdays-only user and an every-day user, as revision 0003 stores them."""
    for user_id, weekdays_only in ((1, True), (2, False)):
        connection.execute(
            text(
                "INSERT INTO users (id, chat_id, timezone, remind_at, reminders_enabled,"
                " weekdays_only, pain_consent, screening_status, screening_index,"
                " onboarding_step, blocked, streak_current, streak_best, weekly_summary,"
                " created_at, updated_at) VALUES (:id, :id, 'UTC', '09:00:00', :yes, :wd,"
                " NULL, 'clear', 0, 'done', :no, 0, 0, :yes, :now, :now)"
            ),
            {"id": user_id, "wd": weekdays_only, "yes": True, "no": False, "now": NOW},
        )


async def test_old_rows_keep_their_days_and_the_downgrade_gives_them_back(
    database_url: str,
) -> None:
    engine = create_engine(database_url)
    try:
        async with engine.begin() as connection:
            await connection.run_sync(_migrate, "0003")
            await connection.run_sync(_insert_old_users)
            await connection.run_sync(_migrate, "0008")
            rows = await connection.execute(
                text("SELECT id, nudge_days, weekly_goal FROM users ORDER BY id")
            )
            assert [tuple(row) for row in rows] == [(1, 31, 5), (2, 127, 7)]
            await connection.run_sync(_migrate, "0003", down=True)
            rows = await connection.execute(text("SELECT id, weekdays_only FROM users ORDER BY id"))
            assert [(row[0], bool(row[1])) for row in rows] == [(1, True), (2, False)]
    finally:
        await engine.dispose()
