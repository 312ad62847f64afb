"""What /healthz reports: the database answers and this replica's scheduler is ticking."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from bot.services.ports import Clock


class DatabaseCheck(Protocol):
    """Whether the database answers; implemented in db/health.py, wired in by bot/app.py."""

    async def answers(self) -> bool: ...
    async def close(self) -> None: ...


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

    def __init__(self, database: DatabaseCheck, clock: Clock, stale_after: timedelta) -> None:
        self._database = database
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
            database_ok=await self._database.answers(),
            last_tick_at=self._last_tick_at,
            tick_ok=now - reference <= self._stale_after,
            stopping=self._stopping,
        )

    async def close(self) -> None:
        """Release the database check's connections at shutdown."""
        await self._database.close()
