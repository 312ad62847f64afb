"""A unit of work in memory: repositories over dicts and lists, and a `committed` flag.

It implements the ports of bot/services/ports.py with the same meaning as db/, only as far as
the service tests need: enough to start, walk and finish a routine, lock and unlock, screen,
and claim nudges. A read-only port answers with nothing stored.
"""

from __future__ import annotations

from types import TracebackType
from typing import Self

from bot.services.update_receipt import UpdateReceipt
from tests.services.fake_levels import FakeLessons, FakeLevels
from tests.services.fake_outbox import (
    FakeMedia,
    FakeNudges,
    FakePauses,
    FakeReceipts,
    FakeStats,
    FakeUserData,
)
from tests.services.fake_psfs import FakePsfs, FakeReports
from tests.services.fake_store import Store
from tests.services.fake_walks import (
    FakeHistory,
    FakePreferences,
    FakeSafety,
    FakeSessions,
    FakeSteps,
    FakeUsers,
)

__all__ = ["FakeUnitOfWork", "FakeUnitOfWorkFactory", "Store"]


class FakeUnitOfWork:
    """The repositories over a store; `committed` says whether the last use case committed.

    Changes go straight into the store (these tests never roll back); what they check is that
    a use case commits when it should and leaves `committed` False when it changes nothing.
    """

    def __init__(self, store: Store) -> None:
        self.committed = False
        self.users = FakeUsers(store)
        self.sessions = FakeSessions(store)
        self.steps = FakeSteps(store)
        self.pauses = FakePauses(store)
        self.nudges = FakeNudges(store)
        self.media = FakeMedia(store)
        self.history = FakeHistory(store)
        self.prefs = FakePreferences(store)
        self.safety = FakeSafety(store)
        self.user_data = FakeUserData(store)
        self.stats = FakeStats()
        self.receipts = FakeReceipts()
        self.psfs = FakePsfs(store)
        self.reports = FakeReports()
        self.levels = FakeLevels(store)
        self.lessons = FakeLessons(store)

    async def __aenter__(self) -> Self:
        self.committed = False
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        return None

    async def commit(self) -> None:
        self.committed = True


class FakeUnitOfWorkFactory:
    """Hands out one fake unit of work over one store, so a test can read `committed`."""

    def __init__(self) -> None:
        self.store = Store()
        self.uow = FakeUnitOfWork(self.store)

    def __call__(self, receipt: UpdateReceipt | None = None) -> FakeUnitOfWork:
        return self.uow
