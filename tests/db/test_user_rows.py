"""A user read under lock for the routine's start and finish: untracked, stored column by column."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from sqlalchemy import select

from bench.common import fresh_schema, seed_users
from db.engine import create_session_factory
from db.models import User
from db.uow import SqlUnitOfWorkFactory

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


async def test_only_the_progress_columns_of_a_read_locked_user_are_stored(
    database_url: str,
) -> None:
    engine = await fresh_schema(database_url)
    try:
        await seed_users(engine, 1, NOW)
        units = SqlUnitOfWorkFactory(create_session_factory(engine))
        async with units() as uow:
            user = await uow.users.read_locked(1)
            assert user is not None
            assert (user.id, user.timezone, user.onboarding_step) == (1, "UTC", "done")
            assert user.next_nudge_at == NOW
            user.streak_current, user.streak_best, user.streak_day = 3, 5, date(2026, 11, 26)
            await uow.users.save_progress(user)
            await uow.commit()
        async with units() as uow:
            untouched = await uow.users.read_locked(1)
            assert untouched is not None
            untouched.streak_current = 99  # not saved: the row keeps 3
            await uow.commit()
        async with engine.connect() as connection:
            columns = (User.streak_current, User.streak_best, User.streak_day, User.remind_at)
            row = (await connection.execute(select(*columns))).one()
        assert tuple(row) == (3, 5, date(2026, 11, 26), time(9, 0))
        async with units() as uow:
            assert await uow.users.read_locked(2) is None
            changed = await uow.users.read_locked(1)
            assert changed is not None
            changed.remind_at = time(6, 30)  # not a progress column: refused, not dropped
            with pytest.raises(ValueError, match="remind_at"):
                await uow.users.save_progress(changed)
    finally:
        await engine.dispose()
