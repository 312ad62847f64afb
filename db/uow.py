"""The unit of work: one AsyncSession and one transaction per update or job."""

from __future__ import annotations

import logging
from contextvars import Token
from types import TracebackType
from typing import Self, TypeVar

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from db.driver_statements import SessionStatements
from db.progress_repositories import (
    HistoryRepository,
    PreferenceRepository,
    SafetyRepository,
    UserDataRepository,
)
from db.receipts import (
    ClaimHandOff,
    ReceiptRepository,
    ReceiptState,
    UpdateReceipt,
    current_receipt,
)
from db.reminder_repositories import NudgeRepository, PauseRepository
from db.repositories import MediaRepository, SessionRepository, UserRepository
from db.sqlite_driver import offload_to_worker_thread, stop_offloading
from db.stats_queries import StatsRepository
from db.step_uow import DriverStepUnitOfWork
from db.steps import StepRepository

R = TypeVar("R")
logger = logging.getLogger(__name__)


class SqlUnitOfWork:
    """Owns the transaction; rolls back anything not explicitly committed."""

    def __init__(
        self,
        session_factory: async_sessionmaker[AsyncSession],
        *,
        bulk: bool = False,
        claim_in_step_read: bool = False,
    ) -> None:
        self._session_factory = session_factory
        self._bulk = bulk
        self._claim_in_step_read = claim_in_step_read
        self._hand_off: ClaimHandOff | None = None
        self._offloaded: Token[bool] | None = None
        self._session: AsyncSession | None = None
        self._users: UserRepository | None = None
        self._sessions: SessionRepository | None = None
        self._steps: StepRepository | None = None
        self._pauses: PauseRepository | None = None
        self._nudges: NudgeRepository | None = None
        self._media: MediaRepository | None = None
        self._extra: dict[str, object] = {}
        self._claimed: UpdateReceipt | None = None

    async def __aenter__(self) -> Self:
        """Open a session and the repositories bound to it."""
        if self._bulk:
            self._offloaded = offload_to_worker_thread()
        self._session = self._session_factory()
        self._users = UserRepository(self._session)
        self._sessions = SessionRepository(self._session)
        self._steps = StepRepository(
            SessionStatements(self._session),
            postgresql=self._session.get_bind().dialect.name == "postgresql",
            claim=self._hand_off_claim(),
        )
        self._pauses = PauseRepository(self._session)
        self._nudges = NudgeRepository(self._session)
        self._media = MediaRepository(self._session)
        self._extra = {
            "history": HistoryRepository(self._session),
            "prefs": PreferenceRepository(self._session),
            "safety": SafetyRepository(self._session),
            "user_data": UserDataRepository(self._session),
            "stats": StatsRepository(self._session),
            "receipts": ReceiptRepository(self._session),
        }
        await self._claim_receipt()
        return self

    def _hand_off_claim(self) -> ClaimHandOff | None:
        """On PostgreSQL a press's locked read claims the update id in the same statement."""
        receipt = current_receipt.get()
        if not self._claim_in_step_read or receipt is None or receipt.state != ReceiptState.OPEN:
            return None
        if self._require_session().get_bind().dialect.name != "postgresql":
            return None
        self._hand_off = ClaimHandOff(receipt)
        return self._hand_off

    async def _claim_receipt(self) -> None:
        """Inside an update, its first transaction claims the update id before anything else."""
        receipt = current_receipt.get()
        if receipt is None or receipt.state is not ReceiptState.OPEN or self._hand_off is not None:
            return
        try:
            await self.receipts.claim(receipt)
        except BaseException:
            await self._require_session().close()
            self._session = None
            self._stop_offloading()
            raise
        self._claimed = receipt

    @property
    def users(self) -> UserRepository:
        """Users, within this transaction."""
        if self._users is None:
            raise RuntimeError("the unit of work is not open")
        return self._users

    @property
    def sessions(self) -> SessionRepository:
        """Routine sessions, within this transaction."""
        if self._sessions is None:
            raise RuntimeError("the unit of work is not open")
        return self._sessions

    @property
    def steps(self) -> StepRepository:
        """Routine steps on the press path, within this transaction."""
        if self._steps is None:
            raise RuntimeError("the unit of work is not open")
        return self._steps

    @property
    def pauses(self) -> PauseRepository:
        """Pauses, within this transaction."""
        if self._pauses is None:
            raise RuntimeError("the unit of work is not open")
        return self._pauses

    @property
    def nudges(self) -> NudgeRepository:
        """Nudges, within this transaction."""
        if self._nudges is None:
            raise RuntimeError("the unit of work is not open")
        return self._nudges

    @property
    def media(self) -> MediaRepository:
        """Uploaded media, within this transaction."""
        if self._media is None:
            raise RuntimeError("the unit of work is not open")
        return self._media

    @property
    def history(self) -> HistoryRepository:
        """Finished sessions, within this transaction."""
        return self._repository("history", HistoryRepository)

    @property
    def prefs(self) -> PreferenceRepository:
        """Exercise preferences, within this transaction."""
        return self._repository("prefs", PreferenceRepository)

    @property
    def safety(self) -> SafetyRepository:
        """Safety events, within this transaction."""
        return self._repository("safety", SafetyRepository)

    @property
    def user_data(self) -> UserDataRepository:
        """Export and erase, within this transaction."""
        return self._repository("user_data", UserDataRepository)

    def _repository(self, name: str, kind: type[R]) -> R:
        """A repository of this open unit of work, checked by type instead of cast."""
        repository = self._extra.get(name)
        if not isinstance(repository, kind):
            raise RuntimeError("the unit of work is not open")
        return repository

    @property
    def stats(self) -> StatsRepository:
        """Admin aggregates, within this transaction."""
        return self._repository("stats", StatsRepository)

    @property
    def receipts(self) -> ReceiptRepository:
        """Processed update ids, within this transaction."""
        return self._repository("receipts", ReceiptRepository)

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        """Roll back what was not committed and release the connection.

        Closing the session rolls its transaction back; a separate rollback first was one more
        greenlet hop per update for nothing. When the unit of work is already failing (e.g. its
        connection was lost under a statement run on asyncpg), a rollback that fails too is
        logged, so the first error is the one that propagates.
        """
        session = self._require_session()
        try:
            await session.close()
        except Exception as error:
            if exc is None:
                raise
            logger.warning("unit of work closed after a failure error=%s", type(error).__name__)
        finally:
            self._session = None
            handed_off = None if self._hand_off is None else self._hand_off.claimed
            for claimed in (self._claimed, handed_off):
                if claimed is not None:
                    claimed.rolled_back()
            self._claimed = None
            self._hand_off = None
            self._stop_offloading()

    def _stop_offloading(self) -> None:
        """A bulk unit of work hands SQLite calls back to the event loop when it closes."""
        if self._offloaded is not None:
            stop_offloading(self._offloaded)
            self._offloaded = None

    async def commit(self) -> None:
        """Make this update's changes durable before the bot replies, with its receipt."""
        if self._hand_off is not None:
            unclaimed, self._hand_off.pending = self._hand_off.pending, None
            if unclaimed is not None and unclaimed.state is ReceiptState.OPEN:
                await self.receipts.claim(unclaimed)  # no statement took it: claim it now
                self._claimed = unclaimed
            else:
                self._claimed = self._hand_off.claimed
        await self._require_session().commit()
        if self._claimed is not None:
            self._claimed.state = ReceiptState.RECORDED
            self._claimed = None

    def _require_session(self) -> AsyncSession:
        """Guard against using the unit of work outside `async with`."""
        if self._session is None:
            raise RuntimeError("the unit of work is not open")
        return self._session


class SqlUnitOfWorkFactory:
    """Makes a fresh unit of work per update, bound to one engine's sessions."""

    def __init__(self, session_factory: async_sessionmaker[AsyncSession]) -> None:
        self._session_factory = session_factory
        engine = session_factory.kw.get("bind")
        postgresql = isinstance(engine, AsyncEngine) and engine.dialect.name == "postgresql"
        self._step_engine = engine if postgresql else None

    def __call__(self, *, bulk: bool = False, claim_in_step_read: bool = False) -> SqlUnitOfWork:
        """Return a new, unopened unit of work; `bulk` keeps long SQLite calls off the loop."""
        return SqlUnitOfWork(
            self._session_factory, bulk=bulk, claim_in_step_read=claim_in_step_read
        )

    def step_only(self) -> DriverStepUnitOfWork | None:
        """PostgreSQL: a bare asyncpg transaction (db/step_uow.py); SQLite: none."""
        return None if self._step_engine is None else DriverStepUnitOfWork(self._step_engine)
