"""The unit of work: one AsyncSession and one transaction per update or job."""

from __future__ import annotations

import logging
from types import TracebackType
from typing import Self

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.services.update_receipt import UpdateReceipt
from db.history import HistoryRepository
from db.lessons import LessonRepository
from db.levels import LevelRepository
from db.media import MediaRepository
from db.nudges import NudgeRepository
from db.pauses import PauseRepository
from db.preferences import PreferenceRepository
from db.psfs import PsfsRepository
from db.receipts import ReceiptRepository
from db.report import ReportRepository
from db.routine_sessions import SessionRepository, StepRepository
from db.safety_events import SafetyRepository
from db.stats import StatsRepository
from db.user_data import UserDataRepository
from db.users import UserRepository

logger = logging.getLogger(__name__)


class Repositories:
    """Every repository, bound to one session (they never commit)."""

    def __init__(self, session: AsyncSession) -> None:
        self.users = UserRepository(session)
        self.sessions = SessionRepository(session)
        self.steps = StepRepository(session)
        self.pauses = PauseRepository(session)
        self.nudges = NudgeRepository(session)
        self.media = MediaRepository(session)
        self.history = HistoryRepository(session)
        self.prefs = PreferenceRepository(session)
        self.safety = SafetyRepository(session)
        self.user_data = UserDataRepository(session)
        self.stats = StatsRepository(session)
        self.receipts = ReceiptRepository(session)
        self.psfs = PsfsRepository(session)
        self.reports = ReportRepository(session)
        self.levels = LevelRepository(session)
        self.lessons = LessonRepository(session)


class SqlUnitOfWork:
    """Owns the transaction; rolls back anything not explicitly committed.

    Given the receipt of the update it serves, the update's first unit of work inserts the
    update's id before anything else, in the same transaction as the update's effects: a
    redelivered update finds the id and stops with DuplicateUpdate before it changes or sends
    anything. Jobs pass no receipt.
    """

    def __init__(
        self,
        session_factory: async_sessionmaker[AsyncSession],
        receipt: UpdateReceipt | None = None,
    ) -> None:
        self._session_factory = session_factory
        self._receipt = receipt
        self._session: AsyncSession | None = None
        self._repositories: Repositories | None = None
        self._claimed: UpdateReceipt | None = None

    async def __aenter__(self) -> Self:
        """Open a session, bind the repositories to it, and claim the update's id if open."""
        session = self._session_factory()
        repositories = Repositories(session)
        receipt = self._receipt
        try:
            if receipt is not None and await repositories.receipts.claim(receipt):
                self._claimed = receipt
        except BaseException:
            await session.close()
            raise
        self._session, self._repositories = session, repositories
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        """Roll back what was not committed (closing the session does) and release the connection.

        When the unit of work is already failing (e.g. its connection was lost), a close that
        fails too is logged, so the first error is the one that propagates.
        """
        session = self._require_session()
        try:
            await session.close()
        except Exception as error:
            if exc is None:
                raise
            logger.warning("unit of work closed after a failure error=%s", type(error).__name__)
        finally:
            self._session = self._repositories = None
            if self._claimed is not None:
                self._claimed.rolled_back()
                self._claimed = None

    async def commit(self) -> None:
        """Make this update's changes durable, with its receipt, before the bot replies."""
        await self._require_session().commit()
        if self._claimed is not None:
            self._claimed.recorded()
            self._claimed = None

    def _require_session(self) -> AsyncSession:
        """Guard against using the unit of work outside `async with`."""
        if self._session is None:
            raise RuntimeError("the unit of work is not open")
        return self._session

    def _require(self) -> Repositories:
        """The repositories of this open unit of work."""
        if self._repositories is None:
            raise RuntimeError("the unit of work is not open")
        return self._repositories

    @property
    def users(self) -> UserRepository:
        """Users, within this transaction."""
        return self._require().users

    @property
    def sessions(self) -> SessionRepository:
        """Routine sessions, within this transaction."""
        return self._require().sessions

    @property
    def steps(self) -> StepRepository:
        """Routine steps on the press path, within this transaction."""
        return self._require().steps

    @property
    def pauses(self) -> PauseRepository:
        """Pauses, within this transaction."""
        return self._require().pauses

    @property
    def nudges(self) -> NudgeRepository:
        """Nudges, within this transaction."""
        return self._require().nudges

    @property
    def media(self) -> MediaRepository:
        """Uploaded media, within this transaction."""
        return self._require().media

    @property
    def history(self) -> HistoryRepository:
        """Finished sessions, within this transaction."""
        return self._require().history

    @property
    def prefs(self) -> PreferenceRepository:
        """Exercise preferences, within this transaction."""
        return self._require().prefs

    @property
    def safety(self) -> SafetyRepository:
        """Safety events, within this transaction."""
        return self._require().safety

    @property
    def user_data(self) -> UserDataRepository:
        """Export and erase, within this transaction."""
        return self._require().user_data

    @property
    def stats(self) -> StatsRepository:
        """Admin aggregates, within this transaction."""
        return self._require().stats

    @property
    def receipts(self) -> ReceiptRepository:
        """Processed update ids, within this transaction."""
        return self._require().receipts

    @property
    def psfs(self) -> PsfsRepository:
        """Function checks (PSFS), within this transaction."""
        return self._require().psfs

    @property
    def reports(self) -> ReportRepository:
        """The clinician report's reads, within this transaction."""
        return self._require().reports

    @property
    def levels(self) -> LevelRepository:
        """Dose levels and how sessions felt, within this transaction."""
        return self._require().levels

    @property
    def lessons(self) -> LessonRepository:
        """Seen lessons, within this transaction."""
        return self._require().lessons


class SqlUnitOfWorkFactory:
    """Makes a fresh unit of work per update, bound to one engine's sessions."""

    def __init__(self, session_factory: async_sessionmaker[AsyncSession]) -> None:
        self._session_factory = session_factory

    def __call__(self, receipt: UpdateReceipt | None = None) -> SqlUnitOfWork:
        """Return a new, unopened unit of work, serving the update of `receipt` if given."""
        return SqlUnitOfWork(self._session_factory, receipt)
