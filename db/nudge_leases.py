"""Statements for nudge leases and the scheduler heartbeat (used by db/nudges.py).

A claimed nudge belongs to one process until its lease ends. Its request may start only while
that process still holds the lease: the conditional UPDATE in `start` is the gate, so a nudge
whose lease ran out (and that another replica may have claimed since) is never sent twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.fanout import Uptime
from db.models import Nudge, SchedulerBeat

BEAT_ROW = 1


async def lease(
    session: AsyncSession, nudge_ids: Sequence[int], owner: str, until: datetime
) -> None:
    """Mark nudges 'claimed' by `owner` until `until`."""
    if nudge_ids:
        statement = (
            update(Nudge)
            .where(Nudge.id.in_(nudge_ids))
            .values(status="claimed", lease_owner=owner, lease_until=until)
        )
        await session.execute(statement)


async def start(
    session: AsyncSession, nudge_ids: Sequence[int], owner: str, now: datetime
) -> set[int]:
    """'sending' (one more attempt) for the nudges this owner still holds; returns their ids."""
    if not nudge_ids:
        return set()
    statement = (
        update(Nudge)
        .where(
            Nudge.id.in_(nudge_ids),
            Nudge.status == "claimed",
            Nudge.lease_owner == owner,
            Nudge.lease_until > now,
        )
        .values(
            status="sending",
            attempts=Nudge.attempts + 1,
            updated_at=now,
            lease_owner=None,
            lease_until=None,
        )
        .returning(Nudge.id)
    )
    return set((await session.execute(statement)).scalars().all())


async def release_expired(session: AsyncSession, now: datetime) -> int:
    """Claimed nudges whose lease ran out were never attempted: pending again, same due time."""
    statement = (
        update(Nudge)
        .where(Nudge.status == "claimed", Nudge.lease_until <= now)
        .values(status="pending", lease_owner=None, lease_until=None, updated_at=now)
    )
    result = await session.execute(statement)
    return int(getattr(result, "rowcount", 0) or 0)


async def uptime(session: AsyncSession) -> Uptime:
    """The heartbeat row, locked until the transaction ends (one beat at a time)."""
    query = (
        select(SchedulerBeat.last_beat, SchedulerBeat.down_at, SchedulerBeat.resumed_at)
        .where(SchedulerBeat.id == BEAT_ROW)
        .with_for_update()
    )
    row = (await session.execute(query)).one_or_none()
    if row is None:
        # The first beat ever: replicas may race to create the row; one wins, all then lock it.
        insert = (
            postgresql_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
        )
        await session.execute(insert(SchedulerBeat).values(id=BEAT_ROW).on_conflict_do_nothing())
        row = (await session.execute(query)).one()
    return Uptime(*row)


async def save_uptime(session: AsyncSession, beat: Uptime) -> None:
    """Store the heartbeat row."""
    statement = (
        update(SchedulerBeat)
        .where(SchedulerBeat.id == BEAT_ROW)
        .values(last_beat=beat.last_beat, down_at=beat.down_at, resumed_at=beat.resumed_at)
    )
    await session.execute(statement)
