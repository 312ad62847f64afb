"""Fan-out: N users due in the same minute, sent unthrottled through the fake Bot API.

Run: .venv/bin/python -m bench.nudge_fanout [--users 10000 100000] [--backends sqlite postgres]
     [--batch 50]   (users per claim: NUDGE_BATCH_SIZE, 50 by default)
The fake answers in-process (at the transport boundary), so the numbers are the bot's own cost.
Baseline: a bare python-telegram-bot loop sending the same number of messages to the same fake.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pydantic import SecretStr

from bench.common import database_urls, due_query_ms, peak_rss_mb, print_table
from bot.app import build_application
from bot.settings import Settings
from tests.support.fakes import TEST_TOKEN, FakeBotApi, FakeRequest
from tests.support.seeding import fresh_schema, seed_users

NOW = datetime(2026, 11, 24, 8, 0, 30, tzinfo=UTC)
BATCH = Settings.model_fields["nudge_batch_size"].default


async def baseline(users: int) -> tuple[float, float]:
    """Messages/s and CPU ms per message of a bare PTB send loop over the same fake."""
    from telegram import Bot

    api = FakeBotApi()
    bot = Bot(TEST_TOKEN, request=FakeRequest(api))
    await bot.initialize()
    slots = asyncio.Semaphore(64)

    async def send(chat_id: int) -> None:
        async with slots:
            await bot.send_message(chat_id, "Time for your back routine!")

    wall, cpu = time.perf_counter(), time.process_time()
    await asyncio.gather(*(send(n) for n in range(1, users + 1)))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    await bot.shutdown()
    return users / wall, cpu * 1000 / users


async def fanout(url: str, users: int, workdir: Path, batch: int = BATCH) -> list[object]:
    """Seed, then time the ticks that send every due nudge."""
    engine = await fresh_schema(url)
    await seed_users(engine, users, NOW - timedelta(seconds=30))
    await engine.dispose()
    query_ms = await due_query_ms(url, NOW, batch)
    api = FakeBotApi()
    settings = Settings(
        telegram_bot_token=SecretStr(TEST_TOKEN),
        database_url=url,
        rate_limit_per_second=0,
        telegram_api_base_url="http://fake.invalid",
        nudge_batch_size=batch,
    )
    app = build_application(settings, request=FakeRequest(api), clock=lambda: NOW, polling=False)
    await app.initialize()
    if app.post_init is not None:
        await app.post_init(app)
    wall, cpu = time.perf_counter(), time.process_time()
    sent = 0
    while sent < users and (more := await app.bot_data.tick.nudges.tick(app.bot)):
        sent += more  # one tick takes at most 1,000 claims; the JobQueue would tick again
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    await app.shutdown()
    if app.post_shutdown is not None:
        await app.post_shutdown(app)
    base_rate, base_cpu = await baseline(users)
    rate = sent / wall
    return [
        users,
        f"{query_ms:.1f}",
        sent,
        f"{rate:,.0f}",
        f"{cpu * 1000 / max(sent, 1):.2f}",
        f"{base_rate:,.0f}",
        f"{base_cpu:.2f}",
        f"{rate / base_rate:.0%}",
        f"{peak_rss_mb():.0f}",
    ]


async def main() -> None:
    """Run every combination and print one table per backend."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--users", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--backends", nargs="+", default=["sqlite", "postgres"])
    parser.add_argument("--batch", type=int, default=BATCH)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as workdir:
        for backend, url in database_urls(Path(workdir), args.backends).items():
            rows = [await fanout(url, users, Path(workdir), args.batch) for users in args.users]
            print_table(
                f"Nudge fan-out on {backend} (unthrottled, in-process fake Bot API,"
                f" {args.batch} per claim)",
                [
                    "users",
                    "due query ms",
                    "sent",
                    "nudges/s",
                    "CPU ms/nudge",
                    "bare PTB msg/s",
                    "bare CPU ms/msg",
                    "vs bare",
                    "peak RSS MB",
                ],
                rows,
            )


if __name__ == "__main__":
    asyncio.run(main())
