"""A crowded minute: N users due at 09:00, sent through the real limiter in simulated time.

Run: .venv/bin/python -m bench.crowd [--users 100000] [--rate 30] [--days 2] [--max-late 30]
The real Application (claims, leases, group-committed outcomes, PriorityRateLimiter) sends to
the in-process fake Bot API on SQLite, inside an event loop whose clock jumps to the next timer
whenever nothing else is ready: an hour of limiter waits takes seconds, while database work
costs no simulated time. Each day it prints how late the nudges went out (from each nudge's
recorded due and sent instants) against the ideal schedule measured in the same run (position
/ rate), how many the old rule (skip anything NUDGE_MAX_LATE_MINUTES late) would have skipped,
and, over two days, how fair the order is: the correlation between a user's place on day 1
and on day 2 (0: unrelated; the old order by id gave 1) and how many of day 1's last tenth
are last again.
"""

from __future__ import annotations

import argparse
import asyncio
import selectors
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from pydantic import SecretStr
from sqlalchemy import select

from bench.common import print_table
from bot.app import build_application
from bot.settings import Settings
from db.engine import create_engine
from db.models import Nudge
from tests.support.fakes import TEST_TOKEN, FakeBotApi, FakeRequest
from tests.support.seeding import fresh_schema, seed_users

NINE = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
LONG_WAIT = 1.0


class JumpingSelector(selectors.DefaultSelector):
    """A selector that, when nothing is ready, moves the simulated clock to the next timer."""

    def __init__(self) -> None:
        super().__init__()
        self.now = 0.0

    def select(self, timeout: float | None = None) -> list[tuple[selectors.SelectorKey, int]]:
        """Real I/O (database threads waking the loop) first; otherwise skip the wait."""
        ready = super().select(0)
        if ready or timeout == 0:
            return ready
        if timeout is None:  # nothing scheduled: wait for a database thread for real
            return super().select(None)
        if timeout > LONG_WAIT:
            # Only a pool or request timeout is this far off: give database threads real time
            # to answer first, so that a simulated jump never times them out.
            ready = super().select(LONG_WAIT)
            if ready:
                return ready
        self.now += timeout
        return []


class SimulatedLoop(asyncio.SelectorEventLoop):
    """An event loop whose time is the selector's simulated clock."""

    def __init__(self) -> None:
        self.selector = JumpingSelector()
        super().__init__(self.selector)

    def time(self) -> float:
        """Simulated seconds since the loop started."""
        return self.selector.now


@dataclass
class Day:
    """One day's fan-out: each user's delay and place in the order."""

    delays: dict[int, float]
    places: dict[int, int]
    statuses: dict[str, int]
    real_seconds: float


async def seed(url: str, users: int) -> None:
    """A fresh schema with `users` people due at 09:00 UTC."""
    engine = await fresh_schema(url)
    await seed_users(engine, users, NINE)
    await engine.dispose()


async def fan_out(url: str, days: int, rate: float, max_late: int) -> list[Day]:
    """Send every due nudge on each day, as the repeating tick would."""
    loop = asyncio.get_running_loop()
    offset = [NINE - datetime.fromtimestamp(0, UTC)]

    def clock() -> datetime:
        return datetime.fromtimestamp(loop.time(), UTC) + offset[0]

    settings = Settings(
        telegram_bot_token=SecretStr(TEST_TOKEN),
        database_url=url,
        rate_limit_per_second=rate,
        telegram_api_base_url="http://fake.invalid",
        nudge_max_late_minutes=max_late,
        demos_enabled=False,
    )
    app = build_application(settings, request=FakeRequest(FakeBotApi()), clock=clock, polling=False)
    await app.initialize()
    if app.post_init is not None:
        await app.post_init(app)
    results = []
    for day in range(days):
        offset[0] += (NINE + timedelta(days=day)) - clock()  # jump to 09:00 of that day
        started = time.perf_counter()
        while await app.bot_data.tick.nudges.tick(app.bot):
            pass
        results.append(await collect(url, (NINE + timedelta(days=day)).date(), started))
    await app.shutdown()
    if app.post_shutdown is not None:
        await app.post_shutdown(app)
    return results


async def collect(url: str, day: date, started: float) -> Day:
    """Delays (recorded 'sent' instant minus due) and places (claim order) of one day."""
    engine = create_engine(url)
    query = select(Nudge.user_id, Nudge.status, Nudge.due_at, Nudge.updated_at).where(
        Nudge.local_date == day
    )
    async with engine.connect() as connection:
        rows = (await connection.execute(query.order_by(Nudge.id))).all()
    await engine.dispose()
    statuses: dict[str, int] = {}
    for row in rows:
        statuses[row.status] = statuses.get(row.status, 0) + 1
    return Day(
        delays={r.user_id: (r.updated_at - r.due_at).total_seconds() for r in rows},
        places={row.user_id: place for place, row in enumerate(rows)},
        statuses=statuses,
        real_seconds=time.perf_counter() - started,
    )


def quantile(values: list[float], q: float) -> float:
    """The q-quantile of the values."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def fairness(first: Day, second: Day) -> tuple[float, float]:
    """Correlation of places across two days, and the share of day 1's last tenth last again."""
    users = sorted(first.places.keys() & second.places.keys())
    correlation = statistics.correlation(
        [float(first.places[u]) for u in users], [float(second.places[u]) for u in users]
    )
    tenth = max(1, len(users) // 10)
    last_first = set(sorted(users, key=first.places.__getitem__)[-tenth:])
    last_second = set(sorted(users, key=second.places.__getitem__)[-tenth:])
    return correlation, len(last_first & last_second) / tenth


def run(users: int, rate: float, days: int, max_late: int, workdir: Path) -> list[Day]:
    """Seed and fan out in the simulated loop."""
    url = f"sqlite+aiosqlite:///{workdir / 'crowd.sqlite3'}"
    asyncio.run(seed(url, users))
    loop_factory: Callable[[], asyncio.AbstractEventLoop] = SimulatedLoop
    with asyncio.Runner(loop_factory=loop_factory) as runner:
        return runner.run(fan_out(url, days, rate, max_late))


def main() -> None:
    """Print one row per day, and the fairness over the first two."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument("--rate", type=float, default=30.0)
    parser.add_argument("--days", type=int, default=2)
    parser.add_argument("--max-late", type=int, default=30, help="NUDGE_MAX_LATE_MINUTES")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as workdir:
        days = run(args.users, args.rate, args.days, args.max_late, Path(workdir))
    ideal = [place / args.rate for place in range(args.users)]
    rows = []
    for number, day in enumerate(days, start=1):
        delays = list(day.delays.values())
        rows.append(
            [
                number,
                args.users,
                day.statuses.get("sent", 0),
                args.users - len(delays),
                f"{quantile(delays, 0.5) / 60:.1f}",
                f"{quantile(ideal, 0.5) / 60:.1f}",
                f"{quantile(delays, 0.99) / 60:.1f}",
                f"{quantile(ideal, 0.99) / 60:.1f}",
                f"{max(delays) / 60:.1f}",
                sum(1 for d in delays if d > args.max_late * 60),
                f"{day.real_seconds:.0f}",
            ]
        )
    print_table(
        f"{args.users:,} users due at 09:00, {args.rate:g} msg/s, simulated time",
        [
            "day",
            "due",
            "sent",
            "skipped",
            "p50 min",
            "ideal p50",
            "p99 min",
            "ideal p99",
            "max min",
            f"old rule skips (>{args.max_late} min)",
            "real s",
        ],
        rows,
    )
    if len(days) >= 2:
        correlation, last_again = fairness(days[0], days[1])
        print(f"fairness: place correlation day 1 vs 2 = {correlation:+.3f} (order by id: +1.000)")
        print(f"fairness: of day 1's last tenth, {last_again:.1%} were last again (chance: 10%)")


if __name__ == "__main__":
    main()
