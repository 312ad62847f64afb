"""Numbers for the people who run the bot (admin /stats)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from bot.services.ports import Clock, UnitOfWorkFactory
from bot.services.update_receipt import UpdateReceipt

ACTIVE_DAYS = 7
CHART_DAYS = 14


@dataclass(frozen=True, slots=True)
class BotStats:
    """What /stats reports."""

    users: int
    active_7_days: int
    blocked: int
    sessions_per_day: tuple[tuple[date, int], ...]
    average_relief: float | None
    nudges_sent: int
    nudges_failed: int


class StatsService:
    """One read-only unit of work."""

    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow_factory = uow_factory
        self._clock = clock

    async def collect(self, *, receipt: UpdateReceipt | None) -> BotStats:
        """Users, activity, sessions per day over 14 days, relief, nudge outcomes."""
        now = self._clock()
        first_day = now.date() - timedelta(days=CHART_DAYS - 1)
        async with self._uow_factory(receipt) as uow:
            users, blocked = await uow.stats.users()
            active = await uow.stats.active_since(now - timedelta(days=ACTIVE_DAYS))
            per_day = await uow.stats.sessions_per_day(first_day)
            relief = await uow.stats.average_relief()
            nudges = await uow.stats.nudges_by_status()
        days = tuple(
            (first_day + timedelta(days=n), per_day.get(first_day + timedelta(days=n), 0))
            for n in range(CHART_DAYS)
        )
        failed = sum(nudges.get(status, 0) for status in ("failed", "blocked", "unknown"))
        return BotStats(users, active, blocked, days, relief, nudges.get("sent", 0), failed)
