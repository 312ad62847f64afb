"""The daily nudge: lease who is due, start each send, record outcomes; each one transaction."""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta

from bot.domain.fanout import Uptime, beat, downtime_late, order_salt
from bot.domain.reminders import PauseSpan
from bot.domain.schedule import local_date
from bot.services.nudge_jobs import (
    Kind,
    Lease,
    NudgeJob,
    NudgeResult,
    Outcome,
    nudge_job,
    settle,
)
from bot.services.ports import Clock, UnitOfWork, UnitOfWorkFactory
from bot.services.records import (
    NewNudge,
    NextNudge,
    NudgeOutcome,
    NudgeRecord,
    UserBlocked,
    UserRecord,
)
from bot.services.update_receipt import UpdateReceipt
from bot.services.users import (
    planned_next_nudge,
    reschedule,
    safety_locked,
    user_today,
    zone_of,
)

logger = logging.getLogger(__name__)

SNOOZE = timedelta(hours=1)
STUCK_AFTER = timedelta(minutes=10)


class NudgeService:
    """Exactly one nudge per user and local day, even with several replicas and restarts.

    A tick claims a small chunk under a lease ('claimed'); a nudge is 'sending' only once its
    own request starts (`start`), and 'sent' once Telegram confirms it (`record`). A claim that
    runs out unattempted is pending again, for any replica; only a request that may or may not
    have reached Telegram ends 'unknown'.
    """

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        clock: Clock,
        *,
        max_lateness: timedelta = timedelta(minutes=60),
        batch_size: int = 50,
        lease: Lease | None = None,
        outage_gap: timedelta = timedelta(minutes=2),
    ) -> None:
        self._uow_factory = uow_factory
        self._clock = clock
        self._max_lateness = max_lateness
        self._batch_size = batch_size
        self.lease = lease or Lease()
        self._outage_gap = outage_gap

    async def heartbeat(self) -> Uptime:
        """Record that the scheduler runs now; returns its last outage (shared by replicas)."""
        now = self._clock()
        async with self._uow_factory() as uow:
            uptime = beat(await uow.nudges.uptime(), now, self._outage_gap)
            await uow.nudges.save_uptime(uptime)
            await uow.commit()
        return uptime

    def too_late(self, due_at: datetime, uptime: Uptime) -> bool:
        """Skipped only when late by downtime; late because of our own send rate never is."""
        return downtime_late(due_at, uptime) > self._max_lateness

    async def claim(self) -> list[NudgeJob]:
        """Lease a chunk of due users and pending nudges, plan each user's next one, commit."""
        uptime = await self.heartbeat()
        now = self._clock()
        async with self._uow_factory() as uow:
            forgotten = await uow.nudges.forget_stuck(now - STUCK_AFTER, now)
            if forgotten:
                logger.warning("nudges of unknown fate not resent count=%s", forgotten)
            released = await uow.nudges.release_expired(now)
            if released:
                logger.info("nudges whose claim ran out are pending again count=%s", released)
            salt = order_salt(now.date())
            users = await uow.nudges.claim_due_users(now, self._batch_size, salt)
            due = [(user, local_date(user.next_nudge_at or now, zone_of(user))) for user in users]
            done = await uow.nudges.done_days([(user.id, day) for user, day in due])
            existing = await uow.nudges.existing_keys([(u.id, d, Kind.DAILY) for u, d in due])
            pauses = await uow.pauses.for_users([user.id for user in users])
            next_due: list[NextNudge] = []
            to_send: list[tuple[UserRecord, NewNudge]] = []
            for user, day in due:
                due_at = user.next_nudge_at or now
                spans = tuple(PauseSpan(p.start_date, p.end_date) for p in pauses.get(user.id, ()))
                after = max(due_at, now - self._max_lateness)
                upcoming = planned_next_nudge(
                    user, after, done_on=day if (user.id, day) in done else None, pauses=spans
                )
                next_due.append(NextNudge(user.id, upcoming))
                if safety_locked(user):
                    logger.info("nudge withheld after a safety stop user=%s", user.id)
                elif self.too_late(due_at, uptime):
                    logger.info(
                        "nudge skipped after downtime user=%s due=%s", user.id, due_at.isoformat()
                    )
                elif (user.id, day) not in done and (user.id, day, Kind.DAILY) not in existing:
                    daily = NewNudge(
                        user_id=user.id,
                        local_date=day,
                        kind=Kind.DAILY,
                        status="claimed",
                        due_at=due_at,
                        attempts=0,
                        updated_at=now,
                    )
                    to_send.append((user, daily))
            await uow.nudges.set_next_nudges(next_due)
            ids = await uow.nudges.insert_many([daily for _, daily in to_send])
            jobs = [
                await nudge_job(uow, user, nudge_id, daily.local_date, Kind.DAILY, now)
                for (user, daily), nudge_id in zip(to_send, ids, strict=True)
            ]
            for user, nudge in await self._claim_pending(uow, now, uptime):
                kind = Kind(nudge.kind)
                jobs.append(await nudge_job(uow, user, nudge.id, nudge.local_date, kind, now))
            await uow.nudges.lease(
                [job.nudge_id for job in jobs], self.lease.owner, self.lease.until(now)
            )
            await uow.commit()
        return jobs

    async def start(self, nudge_ids: list[int]) -> set[int]:
        """'sending' for these nudges, as their requests start; only the returned ids may go.

        A nudge whose lease ran out (another replica may hold it now) or whose person was
        erased meanwhile is not returned, so it is never sent twice and never after /delete.
        """
        if not nudge_ids:
            return set()
        async with self._uow_factory() as uow:
            started = await uow.nudges.start(nudge_ids, self.lease.owner, self._clock())
            await uow.commit()
        return started

    async def _claim_pending(
        self, uow: UnitOfWork, now: datetime, uptime: Uptime
    ) -> list[tuple[UserRecord, NudgeRecord]]:
        """Snoozes and retries due now; dropped if the user is gone, blocked or done today."""
        nudges = await uow.nudges.claim_pending(now, self._batch_size, (Kind.DAILY, Kind.SNOOZE))
        done = await uow.nudges.done_days([(n.user_id, n.local_date) for n in nudges])
        claimed: list[tuple[UserRecord, NudgeRecord]] = []
        for nudge in nudges:
            user = await uow.users.get(nudge.user_id)
            nudge.updated_at = now
            if (
                user is None
                or user.blocked
                or safety_locked(user)
                or (nudge.user_id, nudge.local_date) in done
            ):
                nudge.status = "cancelled"
            elif self.too_late(nudge.due_at, uptime):
                nudge.status = "skipped"
            else:
                nudge.status = "claimed"
                claimed.append((user, nudge))
        await uow.nudges.save_many(nudges)
        return claimed

    async def record(self, results: list[NudgeResult]) -> None:
        """Store outcomes in bulk; a blocked user is marked and never nudged again until /start."""
        if not results:
            return
        now = self._clock()
        async with self._uow_factory() as uow:
            nudges = await uow.nudges.get_many([result.nudge_id for result in results])
            updates: list[NudgeOutcome] = []
            blocked: list[UserBlocked] = []
            for result in results:
                nudge = nudges.get(result.nudge_id)
                outcome = None if nudge is None else settle(result, nudge, now)
                if nudge is None or outcome is None:
                    continue
                updates.append(outcome)
                if result.outcome is Outcome.BLOCKED:
                    blocked.append(UserBlocked(nudge.user_id, now))
            await uow.nudges.update_many(updates)
            await uow.nudges.set_next_nudges(blocked)
            await uow.commit()

    async def snooze(self, user_id: int, day: date, *, receipt: UpdateReceipt | None) -> bool:
        """One more nudge an hour from now; a second tap changes nothing."""
        now = self._clock()
        async with self._uow_factory(receipt) as uow:
            user = await uow.users.get(user_id, for_update=True)
            if user is None or any(
                n.kind == Kind.SNOOZE for n in await uow.nudges.for_user_on(user_id, day)
            ):
                return False
            await uow.nudges.add(
                NudgeRecord(
                    user_id=user_id,
                    local_date=day,
                    kind=Kind.SNOOZE,
                    status="pending",
                    due_at=now + SNOOZE,
                    attempts=0,
                    updated_at=now,
                )
            )
            await uow.users.save(user)
            await uow.commit()
            return True

    async def skip_today(self, user_id: int, day: date, *, receipt: UpdateReceipt | None) -> bool:
        """No more nudges today: cancel a pending snooze and move the next nudge past today."""
        now = self._clock()
        async with self._uow_factory(receipt) as uow:
            user = await uow.users.get(user_id, for_update=True)
            if user is None or day != user_today(user, now):
                return False
            pending = [
                n for n in await uow.nudges.for_user_on(user_id, day) if n.status == "pending"
            ]
            for nudge in pending:
                nudge.status, nudge.updated_at = "cancelled", now
            await uow.nudges.save_many(pending)
            await reschedule(uow, user, now, done_on=day)
            await uow.users.save(user)
            await uow.commit()
            return True
