"""Numbers for the people who run the bot (admin /stats)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from bot.domain.fanout import crowd_delay
from bot.services.ports import Clock, UnitOfWorkFactory
from bot.services.update_receipt import UpdateReceipt

ACTIVE_DAYS = 7
CHART_DAYS = 14
CROWD_WINDOW = timedelta(days=1)


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
    # The next 24 hours' most crowded due instant, its size, and how long its last person
    # waits at this replica's send rate (None: unlimited).
    crowd: tuple[datetime, int] | None = None
    crowd_delay: timedelta | None = None


class StatsService:
    """One read-only unit of work."""

    def __init__(
        self, uow_factory: UnitOfWorkFactory, clock: Clock, *, send_rate: float = 30.0
    ) -> None:
        self._uow_factory = uow_factory
        self._clock = clock
        self._send_rate = send_rate

    async def collect(self, *, receipt: UpdateReceipt | None) -> BotStats:
        """Users, activity, sessions per day over 14 days, relief, nudges, the next crowd."""
        now = self._clock()
        first_day = now.date() - timedelta(days=CHART_DAYS - 1)
        async with self._uow_factory(receipt) as uow:
            users, blocked = await uow.stats.users()
            active = await uow.stats.active_since(now - timedelta(days=ACTIVE_DAYS))
            per_day = await uow.stats.sessions_per_day(first_day)
            relief = await uow.stats.average_relief()
            nudges = await uow.stats.nudges_by_status()
            crowd = await uow.stats.busiest_due_instant(now, now + CROWD_WINDOW)
        days = tuple(
            (first_day + timedelta(days=n), per_day.get(first_day + timedelta(days=n), 0))
            for n in range(CHART_DAYS)
        )
        failed = sum(nudges.get(status, 0) for status in ("failed", "blocked", "unknown"))
        delay = None
        if crowd is not None and self._send_rate > 0:
            delay = crowd_delay(crowd[1], self._send_rate)
        sent = nudges.get("sent", 0)
        return BotStats(users, active, blocked, days, relief, sent, failed, crowd, delay)
