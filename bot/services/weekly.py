"""The weekly summary: claimed exactly once per user and week, like the daily nudge."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from bot.domain.fanout import Uptime, downtime_late
from bot.domain.reminders import next_weekly_at
from bot.domain.schedule import local_date
from bot.services.nudge_jobs import Kind, Lease
from bot.services.ports import Clock, UnitOfWork, UnitOfWorkFactory
from bot.services.records import NextWeekly, NudgeRecord, UserRecord
from bot.services.users import WEEKLY_AT, WEEKLY_DAY, safety_locked, zone_of

logger = logging.getLogger(__name__)

WEEKLY = "weekly"


@dataclass(frozen=True, slots=True)
class WeeklyJob:
    """One summary to send, claimed under a lease; 'sending' once its request starts."""

    nudge_id: int
    user_id: int
    chat_id: int
    local_date: date
    # Issue 18: the chosen language, else Telegram's last reported one (None: English).
    language: str | None = None


class WeeklySummaryService:
    """Claims due summaries; the (user, local date, 'weekly') key forbids a second one.

    Lateness follows the daily nudges' rule (bot/domain/fanout.py): a summary is skipped only
    when downtime made it late, never because a crowd of summaries took a while to send.
    """

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        clock: Clock,
        *,
        max_lateness: timedelta = timedelta(minutes=60),
        batch_size: int = 100,
        lease: Lease | None = None,
    ) -> None:
        self.lease = lease or Lease()
        self._uow_factory = uow_factory
        self._clock = clock
        self._max_lateness = max_lateness
        self._batch_size = batch_size

    async def claim(self) -> list[WeeklyJob]:
        """Lock due users, plan next week's, lease this week's, commit."""
        now = self._clock()
        async with self._uow_factory() as uow:
            uptime = await uow.nudges.uptime()  # the tick's nudges just beat the heartbeat
            users = await uow.nudges.claim_weekly_users(now, self._batch_size)
            keys = [(u.id, local_date(u.next_weekly_at or now, zone_of(u)), WEEKLY) for u in users]
            existing = await uow.nudges.existing_keys(keys)
            staged: list[tuple[UserRecord, date, int]] = []
            schedules: list[NextWeekly] = []
            for user, key in zip(users, keys, strict=True):
                due_at = user.next_weekly_at or now
                after = max(due_at, now - self._max_lateness)
                upcoming = next_weekly_at(WEEKLY_AT, WEEKLY_DAY, zone_of(user), after)
                locked = safety_locked(user)
                schedules.append(NextWeekly(user.id, None if locked else upcoming))
                if locked:
                    continue
                if self._too_late(due_at, uptime) or key in existing:
                    continue
                nudge = NudgeRecord(
                    user_id=user.id,
                    local_date=key[1],
                    kind=Kind.WEEKLY,
                    status="claimed",
                    due_at=due_at,
                    attempts=0,
                    updated_at=now,
                )
                staged.append((user, key[1], await uow.nudges.add(nudge)))
            await uow.nudges.set_next_nudges(schedules)
            jobs = [
                WeeklyJob(n, user.id, user.chat_id, day, user.language or user.telegram_language)
                for user, day, n in staged
            ]
            jobs += await self._claim_pending(uow, now, uptime)
            await uow.nudges.lease(
                [job.nudge_id for job in jobs], self.lease.owner, self.lease.until(now)
            )
            await uow.commit()
        return jobs

    def _too_late(self, due_at: datetime, uptime: Uptime) -> bool:
        """Skipped only when late by downtime; late because of our own send rate never is."""
        return downtime_late(due_at, uptime) > self._max_lateness

    async def _claim_pending(
        self, uow: UnitOfWork, now: datetime, uptime: Uptime
    ) -> list[WeeklyJob]:
        """Summaries to retry or released at shutdown: sent as summaries again, never as nudges."""
        jobs: list[WeeklyJob] = []
        claimed: list[NudgeRecord] = []
        for nudge in await uow.nudges.claim_pending(now, self._batch_size, (Kind.WEEKLY,)):
            user = await uow.users.get(nudge.user_id)
            nudge.updated_at = now
            if user is None or user.blocked or not user.weekly_summary or safety_locked(user):
                nudge.status = "cancelled"
            elif self._too_late(nudge.due_at, uptime):
                nudge.status = "skipped"
            else:
                nudge.status = "claimed"
                jobs.append(
                    WeeklyJob(
                        nudge.id,
                        user.id,
                        user.chat_id,
                        nudge.local_date,
                        user.language or user.telegram_language,
                    )
                )
            claimed.append(nudge)
        await uow.nudges.save_many(claimed)
        return jobs
