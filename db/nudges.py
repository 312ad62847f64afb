"""The nudges outbox: due users, pending nudges, and the done-today check.

Claims use SKIP LOCKED on PostgreSQL, so replicas never take the same user or nudge.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, fields
from datetime import date, datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.fanout import ORDER_MODULUS, Uptime
from bot.services.records import (
    NewNudge,
    NextNudge,
    NextWeekly,
    NudgeOutcome,
    NudgeRecord,
    ScheduleChange,
    UserBlocked,
    UserRecord,
)
from db import nudge_leases
from db.models import Base, Nudge, RoutineSession, User
from db.users import SELECT_USERS, USERS

_NUDGES = Base.metadata.tables[Nudge.__tablename__]
_NUDGE_FIELDS = tuple(field.name for field in fields(NudgeRecord))
_SELECT_NUDGES = select(*(_NUDGES.c[name] for name in _NUDGE_FIELDS))


class NudgeRepository:
    """Due users, the nudges outbox, and the done-today check."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def claim_due_users(self, now: datetime, limit: int, salt: int = 1) -> list[UserRecord]:
        """Lock a chunk of users whose nudge is due; rows locked by another replica are skipped.

        Within one due instant the order is a per-day permutation of user ids (`salt`, see
        bot/domain/fanout.py), so the same people are not always last in a crowded minute.
        """
        rank = (USERS.c.id % ORDER_MODULUS) * salt % ORDER_MODULUS
        query = (
            SELECT_USERS.where(USERS.c.next_nudge_at <= now)
            .order_by(USERS.c.next_nudge_at, rank, USERS.c.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        return [UserRecord(*row) for row in await self._session.execute(query)]

    async def claim_weekly_users(self, now: datetime, limit: int) -> list[UserRecord]:
        """Lock a batch of users whose weekly summary is due."""
        query = (
            SELECT_USERS.where(USERS.c.next_weekly_at <= now)
            .order_by(USERS.c.next_weekly_at)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        return [UserRecord(*row) for row in await self._session.execute(query)]

    async def claim_pending(
        self, now: datetime, limit: int, kinds: Sequence[str]
    ) -> list[NudgeRecord]:
        """Lock a batch of due pending nudges of these kinds (snoozes, retries, released)."""
        query = (
            _SELECT_NUDGES.where(
                _NUDGES.c.status == "pending", _NUDGES.c.due_at <= now, _NUDGES.c.kind.in_(kinds)
            )
            .order_by(_NUDGES.c.due_at)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        return [NudgeRecord(*row) for row in await self._session.execute(query)]

    async def existing_keys(
        self, keys: Sequence[tuple[int, date, str]]
    ) -> set[tuple[int, date, str]]:
        """Which (user, local date, kind) nudges already exist (IN lists, exact match in Python)."""
        if not keys:
            return set()
        wanted = set(keys)
        query = select(Nudge.user_id, Nudge.local_date, Nudge.kind).where(
            Nudge.user_id.in_({k[0] for k in wanted}),
            Nudge.local_date.in_({k[1] for k in wanted}),
            Nudge.kind.in_({k[2] for k in wanted}),
        )
        found = {(u, d, k) for u, d, k in (await self._session.execute(query)).all()}
        return found & wanted

    async def done_days(self, pairs: Sequence[tuple[int, date]]) -> set[tuple[int, date]]:
        """Which (user, local date) pairs already have a session that counts."""
        if not pairs:
            return set()
        wanted = set(pairs)
        query = select(RoutineSession.user_id, RoutineSession.local_date).where(
            RoutineSession.counted.is_(True),
            RoutineSession.user_id.in_({p[0] for p in wanted}),
            RoutineSession.local_date.in_({p[1] for p in wanted}),
        )
        return {(u, d) for u, d in (await self._session.execute(query)).all()} & wanted

    async def insert_many(self, nudges: Sequence[NewNudge]) -> list[int]:
        """Insert nudges in one statement; ids come back in the order of `nudges`."""
        return await self._insert([asdict(nudge) for nudge in nudges])

    async def update_many(self, outcomes: Sequence[NudgeOutcome]) -> None:
        """Store sends' outcomes in one bulk UPDATE by id."""
        await self._update([_outcome_columns(outcome) for outcome in outcomes])

    async def set_next_nudges(self, changes: Sequence[ScheduleChange]) -> None:
        """Bulk UPDATE of users' schedule (next_nudge_at, next_weekly_at, blocked) by id."""
        if changes:
            rows = [_schedule_columns(change) for change in changes]
            await self._session.execute(update(User), rows)

    async def save_many(self, nudges: Sequence[NudgeRecord]) -> None:
        """Store claimed nudges' new status, attempts and times, by id."""
        await self._update(
            [
                {
                    "id": n.id,
                    "status": n.status,
                    "attempts": n.attempts,
                    "due_at": n.due_at,
                    "updated_at": n.updated_at,
                }
                for n in nudges
            ]
        )

    async def get_many(self, nudge_ids: Sequence[int]) -> dict[int, NudgeRecord]:
        """Nudges by id, in one query."""
        if not nudge_ids:
            return {}
        query = _SELECT_NUDGES.where(_NUDGES.c.id.in_(nudge_ids))
        found = [NudgeRecord(*row) for row in await self._session.execute(query)]
        return {nudge.id: nudge for nudge in found}

    async def for_user_on(self, user_id: int, day: date) -> list[NudgeRecord]:
        """A user's nudges of one local day."""
        query = _SELECT_NUDGES.where(_NUDGES.c.user_id == user_id, _NUDGES.c.local_date == day)
        return [NudgeRecord(*row) for row in await self._session.execute(query)]

    async def add(self, nudge: NudgeRecord) -> int:
        """Store a new nudge; returns its id."""
        columns = asdict(nudge)
        del columns["id"]
        return (await self._insert([columns]))[0]

    async def forget_stuck(self, before: datetime, now: datetime) -> int:
        """Nudges left 'sending' by a killed process: their fate is unknown, so never resend."""
        statement = (
            update(Nudge)
            .where(Nudge.status == "sending", Nudge.updated_at < before)
            .values(status="unknown", updated_at=now)
        )
        result = await self._session.execute(statement)
        return int(getattr(result, "rowcount", 0) or 0)

    async def lease(self, nudge_ids: Sequence[int], owner: str, until: datetime) -> None:
        """Mark nudges 'claimed' by `owner` until `until`."""
        await nudge_leases.lease(self._session, nudge_ids, owner, until)

    async def start(self, nudge_ids: Sequence[int], owner: str, now: datetime) -> set[int]:
        """'sending' for the nudges whose lease `owner` still holds; only these may be sent."""
        return await nudge_leases.start(self._session, nudge_ids, owner, now)

    async def release_expired(self, now: datetime) -> int:
        """Claimed but never attempted nudges whose lease ran out: pending again."""
        return await nudge_leases.release_expired(self._session, now)

    async def uptime(self) -> Uptime:
        """The scheduler heartbeat, locked until commit."""
        return await nudge_leases.uptime(self._session)

    async def save_uptime(self, beat: Uptime) -> None:
        """Store the scheduler heartbeat."""
        await nudge_leases.save_uptime(self._session, beat)

    async def _insert(self, rows: list[dict[str, Any]]) -> list[int]:
        """Insert nudge rows in one statement; ids come back in the order of `rows`."""
        if not rows:
            return []
        statement = insert(Nudge).returning(Nudge.id, sort_by_parameter_order=True)
        return list((await self._session.execute(statement, rows)).scalars().all())

    async def _update(self, rows: list[dict[str, Any]]) -> None:
        """Bulk UPDATE of nudges by primary key (each row carries 'id')."""
        if rows:
            await self._session.execute(update(Nudge), rows)


def _outcome_columns(outcome: NudgeOutcome) -> dict[str, Any]:
    """The nudge columns a send's outcome changes; attempts and due_at only when it sets them."""
    columns: dict[str, Any] = {
        "id": outcome.nudge_id,
        "updated_at": outcome.updated_at,
        "message_id": outcome.message_id,
        "status": outcome.status,
    }
    if outcome.attempts is not None:
        columns["attempts"] = outcome.attempts
    if outcome.due_at is not None:
        columns["due_at"] = outcome.due_at
    return columns


def _schedule_columns(change: ScheduleChange) -> dict[str, Any]:
    """The users columns a schedule change sets, with the user's id."""
    match change:
        case NextNudge(user_id, next_nudge_at):
            return {"id": user_id, "next_nudge_at": next_nudge_at}
        case NextWeekly(user_id, next_weekly_at):
            return {"id": user_id, "next_weekly_at": next_weekly_at}
        case UserBlocked(user_id, updated_at):
            return {"id": user_id, "blocked": True, "next_nudge_at": None, "updated_at": updated_at}
