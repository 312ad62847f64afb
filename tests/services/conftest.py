"""Service tests run on the fake unit of work: no database, no Telegram, a fixed clock."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest

from bot.content import load_catalog
from bot.services.ports import UnitOfWorkFactory
from bot.services.records import UserRecord
from tests.services.fakes import FakeUnitOfWorkFactory

# A Wednesday morning; the users below live in UTC.
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


def as_port(units: FakeUnitOfWorkFactory) -> UnitOfWorkFactory:
    """The fake as the services see it (mypy checks that it implements the ports)."""
    return units


def onboarded(user_id: int, *, consent: bool = True) -> UserRecord:
    """A user who finished onboarding and a clear screen today, with a 09:00 reminder."""
    return UserRecord(
        id=user_id,
        chat_id=user_id,
        created_at=NOW,
        updated_at=NOW,
        remind_at=time(9, 0),
        pain_consent=consent,
        screening_status="clear",
        screened_at=NOW,
        onboarding_step="done",
    )


@pytest.fixture
def units() -> FakeUnitOfWorkFactory:
    """A fresh in-memory store with one onboarded user (id 1) who tracks pain."""
    factory = FakeUnitOfWorkFactory()
    factory.store.users[1] = onboarded(1)
    return factory


@pytest.fixture
def plans() -> dict[str, tuple[str, ...]]:
    """Each routine's exercises, as the bot wires them."""
    return {rid: routine.exercises for rid, routine in load_catalog(None).routines.items()}
