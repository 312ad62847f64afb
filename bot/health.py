"""What /healthz reports: the database answers and this replica's scheduler is ticking."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from bot.services.ports import Clock
from db.engine import create_probe_engine

logger = logging.getLogger(__name__)

DATABASE_TIMEOUT_SECONDS = 3.0


@dataclass(frozen=True, slots=True)
class HealthReport:
    """One answer to GET /healthz."""

    database_ok: bool
    last_tick_at: datetime | None
    tick_ok: bool
    stopping: bool = False

    @property
    def healthy(self) -> bool:
        """Both parts must be fine, and the replica not shutting down, for a 200."""
        return self.database_ok and self.tick_ok and not self.stopping

    def as_json(self) -> dict[str, object]:
        """The body: plain facts, no user data."""
        return {
            "status": "ok" if self.healthy else "stopping" if self.stopping else "unhealthy",
            "database": "ok" if self.database_ok else "unreachable",
            "last_tick_at": None if self.last_tick_at is None else self.last_tick_at.isoformat(),
            "scheduler": "ok" if self.tick_ok else "stale",
        }


class HealthProbe:
    """Holds this process's last scheduler tick and checks the database on demand."""

    def __init__(self, database_url: str, clock: Clock, stale_after: timedelta) -> None:
        self._engine = create_probe_engine(database_url, DATABASE_TIMEOUT_SECONDS)
        self._clock = clock
        self._stale_after = stale_after
        self._started_at = clock()
        self._last_tick_at: datetime | None = None
        self._stopping = False

    def stopping(self) -> None:
        """SIGTERM arrived: report 503 so load balancers stop sending here while it drains."""
        self._stopping = True

    def tick_seen(self) -> None:
        """Called by the scheduler tick, and between batches of a long fan-out."""
        self._last_tick_at = self._clock()

    async def report(self) -> HealthReport:
        """Query the database with a timeout; judge the tick by its age (or start-up grace)."""
        now = self._clock()
        reference = self._last_tick_at or self._started_at
        return HealthReport(
            database_ok=await self._database_answers(),
            last_tick_at=self._last_tick_at,
            tick_ok=now - reference <= self._stale_after,
            stopping=self._stopping,
        )

    async def close(self) -> None:
        """Release the probe's engine at shutdown."""
        await self._engine.dispose()

    async def _database_answers(self) -> bool:
        """SELECT 1 within a few seconds; any failure is 'unreachable', logged without secrets."""
        try:
            # The drivers time out first; this only bounds a hung DNS lookup or the like.
            async with asyncio.timeout(2 * DATABASE_TIMEOUT_SECONDS):
                async with self._engine.connect() as connection:
                    await connection.execute(text("SELECT 1"))
        except (TimeoutError, SQLAlchemyError, OSError) as error:
            logger.warning("health check database unreachable error=%s", type(error).__name__)
            return False
        return True
