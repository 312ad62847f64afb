"""The daily nudge: claim who is due, decide, and record outcomes, each step one transaction."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from bot.domain.schedule import local_date
from bot.services.ports import Clock, UnitOfWork, UnitOfWorkFactory
from bot.services.users import current_streak, reschedule, user_today, zone_of
from db.models import Nudge, User

logger = logging.getLogger(__name__)

SNOOZE = timedelta(hours=1)
STUCK_AFTER = timedelta(minutes=10)
RETRY_BASE = timedelta(seconds=30)
MAX_ATTEMPTS = 5


class Kind(StrEnum):
    """Nudge kinds; each may go out once per user and local day."""

    DAILY = "daily"
    SNOOZE = "snooze"


class Outcome(StrEnum):
    """What happened to a send."""

    SENT = "sent"
    BLOCKED = "blocked"
    RETRY = "retry"
    UNKNOWN = "unknown"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class NudgeJob:
    """One message to send, already recorded as 'sending'."""

    nudge_id: int
    user_id: int
    chat_id: int
    local_date: date
    kind: Kind
    streak: int


@dataclass(frozen=True, slots=True)
class NudgeResult:
    """The outcome of one send."""

    nudge_id: int
    outcome: Outcome
    message_id: int | None = None


class NudgeService:
    """Exactly one nudge per user and local day, even with several replicas and restarts."""

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        clock: Clock,
        *,
        max_lateness: timedelta = timedelta(minutes=60),
        batch_size: int = 500,
    ) -> None:
        self._uow_factory = uow_factory
        self._clock = clock
        self._max_lateness = max_lateness
        self._batch_size = batch_size

    async def claim(self) -> list[NudgeJob]:
        """Lock due users and pending nudges, record them as 'sending', plan the next, commit."""
        now = self._clock()
        async with self._uow_factory() as uow:
            forgotten = await uow.nudges.forget_stuck(now - STUCK_AFTER, now)
            if forgotten:
                logger.warning("nudges of unknown fate not resent count=%s", forgotten)
            users = await uow.nudges.claim_due_users(now, self._batch_size)
            due = [(user, local_date(user.next_nudge_at or now, zone_of(user))) for user in users]
            done = await uow.nudges.done_days([(user.id, day) for user, day in due])
            existing = await uow.nudges.existing_keys([(u.id, d, Kind.DAILY) for u, d in due])
            new: list[tuple[User, Nudge]] = []
            for user, day in due:
                due_at = user.next_nudge_at or now
                await reschedule(
                    uow,
                    user,
                    max(due_at, now - self._max_lateness),
                    done_on=day if (user.id, day) in done else None,
                )
                if now - due_at > self._max_lateness:
                    logger.info(
                        "nudge skipped as too late user=%s due=%s", user.id, due_at.isoformat()
                    )
                elif (user.id, day) not in done and (user.id, day, Kind.DAILY) not in existing:
                    nudge = Nudge(
                        user_id=user.id,
                        local_date=day,
                        kind=Kind.DAILY,
                        status="sending",
                        due_at=due_at,
                        attempts=1,
                        updated_at=now,
                    )
                    uow.nudges.add(nudge)
                    new.append((user, nudge))
            retries = await self._claim_pending(uow, now)
            await uow.nudges.flush()
            jobs = [await self._job(uow, user, nudge, now) for user, nudge in [*new, *retries]]
            await uow.commit()
        return jobs

    async def _job(self, uow: UnitOfWork, user: User, nudge: Nudge, now: datetime) -> NudgeJob:
        """What the sender needs; the cached streak is trusted only while it cannot be stale."""
        streak = user.streak_current
        fresh = user.streak_day is not None and (nudge.local_date - user.streak_day).days <= 1
        if streak and not fresh:
            streak = (await current_streak(uow, user, now)).current
            if streak == 0:
                user.streak_current = 0
        return NudgeJob(
            nudge_id=nudge.id,
            user_id=user.id,
            chat_id=user.chat_id,
            local_date=nudge.local_date,
            kind=Kind(nudge.kind),
            streak=streak,
        )

    async def _claim_pending(self, uow: UnitOfWork, now: datetime) -> list[tuple[User, Nudge]]:
        """Snoozes and retries due now; dropped if the user is gone, blocked or done today."""
        nudges = await uow.nudges.claim_pending(now, self._batch_size)
        done = await uow.nudges.done_days([(n.user_id, n.local_date) for n in nudges])
        claimed: list[tuple[User, Nudge]] = []
        for nudge in nudges:
            user = await uow.users.get(nudge.user_id)
            nudge.updated_at = now
            if user is None or user.blocked or (nudge.user_id, nudge.local_date) in done:
                nudge.status = "cancelled"
            elif now - nudge.due_at > self._max_lateness:
                nudge.status = "skipped"
            else:
                nudge.status, nudge.attempts = "sending", nudge.attempts + 1
                claimed.append((user, nudge))
        return claimed

    async def record(self, results: list[NudgeResult]) -> None:
        """Store outcomes; a blocked user is marked and never nudged again until /start."""
        if not results:
            return
        now = self._clock()
        async with self._uow_factory() as uow:
            for result in results:
                nudge = await uow.nudges.get(result.nudge_id)
                if nudge is None:
                    continue
                nudge.updated_at = now
                nudge.message_id = result.message_id
                if (
                    result.outcome is Outcome.RETRY
                    and nudge.attempts < MAX_ATTEMPTS
                    and (now - nudge.due_at < self._max_lateness)
                ):
                    nudge.status = "pending"
                    nudge.due_at = now + RETRY_BASE * 2 ** (nudge.attempts - 1)
                    continue
                nudge.status = "failed" if result.outcome is Outcome.RETRY else result.outcome.value
                if result.outcome is Outcome.BLOCKED:
                    user = await uow.users.get(nudge.user_id, for_update=True)
                    if user is not None:
                        user.blocked, user.next_nudge_at, user.updated_at = True, None, now
            await uow.commit()

    async def snooze(self, user_id: int, day: date) -> bool:
        """One more nudge an hour from now; a second tap changes nothing."""
        now = self._clock()
        async with self._uow_factory() as uow:
            user = await uow.users.get(user_id, for_update=True)
            if user is None or any(
                n.kind == Kind.SNOOZE for n in await uow.nudges.for_user_on(user_id, day)
            ):
                return False
            uow.nudges.add(
                Nudge(
                    user_id=user_id,
                    local_date=day,
                    kind=Kind.SNOOZE,
                    status="pending",
                    due_at=now + SNOOZE,
                    attempts=0,
                    updated_at=now,
                )
            )
            await uow.commit()
            return True

    async def skip_today(self, user_id: int, day: date) -> bool:
        """No more nudges today: cancel a pending snooze and move the next nudge past today."""
        now = self._clock()
        async with self._uow_factory() as uow:
            user = await uow.users.get(user_id, for_update=True)
            if user is None or day != user_today(user, now):
                return False
            for nudge in await uow.nudges.for_user_on(user_id, day):
                if nudge.status == "pending":
                    nudge.status, nudge.updated_at = "cancelled", now
            await reschedule(uow, user, now, done_on=day)
            await uow.commit()
            return True
