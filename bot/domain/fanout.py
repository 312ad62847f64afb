"""Planning a crowded fan-out: which late nudges are still worth sending, and in what order.

A nudge can be late for two reasons. Our own send rate (a crowd due in one minute takes a while
at 30 messages a second) is never a reason to skip it. Downtime (no scheduler ran) is: after a
long outage a burst of stale "time for your routine" messages helps nobody.

Every tick records a heartbeat. When a tick finds the previous heartbeat older than the outage
gap, the scheduler was down from that heartbeat until now: `Uptime` keeps that last outage. A
nudge is late by downtime only for the part of that outage after it fell due.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta

# A prime just under 2**31: ids and salts below it multiply without overflowing a BIGINT.
ORDER_MODULUS = 2_147_483_647


@dataclass(frozen=True, slots=True)
class Uptime:
    """The scheduler's last heartbeat and its last outage (None: no outage seen yet)."""

    last_beat: datetime | None
    down_at: datetime | None
    resumed_at: datetime | None


def beat(previous: Uptime, now: datetime, gap: timedelta) -> Uptime:
    """The uptime after a heartbeat at `now`; silence longer than `gap` was an outage."""
    if previous.last_beat is None:
        # The very first tick: nothing is known about before it, so it counts as a restart
        # from an outage of unknown start.
        return Uptime(last_beat=now, down_at=None, resumed_at=now)
    if now - previous.last_beat > gap:
        return Uptime(last_beat=now, down_at=previous.last_beat, resumed_at=now)
    return Uptime(now, previous.down_at, previous.resumed_at)


def downtime_late(due_at: datetime, uptime: Uptime) -> timedelta:
    """How long a nudge waited while no scheduler ran (its lateness from our rate not counted).

    A nudge due after the last restart was seen on time. One due before it waited from the
    later of its due time and the outage's start until the restart; with no known start (the
    first tick ever) the whole wait counts, as it did before heartbeats existed.
    """
    if uptime.resumed_at is None or due_at >= uptime.resumed_at:
        return timedelta(0)
    waited_from = due_at if uptime.down_at is None else max(due_at, uptime.down_at)
    return max(uptime.resumed_at - waited_from, timedelta(0))


def order_salt(day: date) -> int:
    """A per-day multiplier in [1, ORDER_MODULUS): the crowd's order changes every day."""
    digest = hashlib.blake2b(day.isoformat().encode(), digest_size=8).digest()
    return 1 + int.from_bytes(digest, "big") % (ORDER_MODULUS - 1)


def fair_rank(user_id: int, salt: int) -> int:
    """A user's place in a crowded minute: the same formula the due query orders by."""
    return (user_id % ORDER_MODULUS) * salt % ORDER_MODULUS


def crowd_delay(count: int, per_second: float) -> timedelta:
    """How long the last of `count` nudges due together waits at `per_second`."""
    if count <= 0 or per_second <= 0:
        return timedelta(0)
    return timedelta(seconds=count / per_second)
