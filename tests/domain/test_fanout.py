"""Crowd planning: late by downtime is skipped, late by our own send rate never; a fair order."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from bot.domain.fanout import Uptime, beat, crowd_delay, downtime_late, fair_rank, order_salt

NINE = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
GAP = timedelta(minutes=2)
MIN = timedelta(minutes=1)


@pytest.mark.parametrize(
    ("previous", "now", "expected"),
    [
        # The first beat ever: an outage of unknown start, ending now.
        (Uptime(None, None, None), NINE, Uptime(NINE, None, NINE)),
        # Ticking steadily: the last outage is kept.
        (Uptime(NINE, None, NINE), NINE + MIN, Uptime(NINE + MIN, None, NINE)),
        # Silent for longer than the gap: down from the last beat until now.
        (Uptime(NINE, None, NINE), NINE + 30 * MIN, Uptime(NINE + 30 * MIN, NINE, NINE + 30 * MIN)),
    ],
)
def test_a_beat_notices_an_outage_only_after_a_silence_longer_than_the_gap(
    previous: Uptime, now: datetime, expected: Uptime
) -> None:
    assert beat(previous, now, GAP) == expected


@pytest.mark.parametrize(
    ("due_at", "uptime", "late"),
    [
        # Due while running (a crowd sends it 90 minutes later): never late by downtime.
        (NINE, Uptime(NINE + 90 * MIN, None, NINE - 60 * MIN), timedelta(0)),
        # Due during an outage from 08:50 to 10:30: late by 90 minutes.
        (NINE, Uptime(NINE + 90 * MIN, NINE - 10 * MIN, NINE + 90 * MIN), 90 * MIN),
        # Due before a short outage (a crowd at 09:00, down 10:50-10:52): 2 minutes.
        (NINE, Uptime(NINE + 112 * MIN, NINE + 110 * MIN, NINE + 112 * MIN), 2 * MIN),
        # The first tick ever: all of its lateness counts, as before heartbeats existed.
        (NINE, Uptime(NINE + 70 * MIN, None, NINE + 70 * MIN), 70 * MIN),
        # No beat at all yet.
        (NINE, Uptime(None, None, None), timedelta(0)),
    ],
)
def test_only_time_without_a_running_scheduler_counts_as_late(
    due_at: datetime, uptime: Uptime, late: timedelta
) -> None:
    assert downtime_late(due_at, uptime) == late


def test_the_crowd_order_is_a_different_permutation_every_day() -> None:
    users = range(1, 10_001)
    monday = sorted(users, key=lambda u: fair_rank(u, order_salt(date(2026, 11, 23))))
    tuesday = sorted(users, key=lambda u: fair_rank(u, order_salt(date(2026, 11, 24))))
    assert sorted(monday) == list(users)
    assert monday != tuesday
    last_tenth = set(monday[-1000:]) & set(tuesday[-1000:])
    assert 50 <= len(last_tenth) <= 150  # about a tenth of a tenth: independent days
    assert order_salt(date(2026, 11, 23)) == order_salt(date(2026, 11, 23))


def test_the_crowd_delay_is_its_size_over_the_rate() -> None:
    assert crowd_delay(100_000, 30) == timedelta(seconds=3333.333333)
    assert crowd_delay(0, 30) == timedelta(0)
    assert crowd_delay(10, 0) == timedelta(0)
