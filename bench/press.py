"""The routine's database cost alone: CPU per unit of work, with no Telegram and no HTTP.

Run: .venv/bin/python -m bench.press [--users 100] [--walks 3] [--backends sqlite postgres]

N people walk the routine at once straight through RoutineService (start, pain 6, Done x7,
pain 3: 10 units of work per walk, each with its update receipt, as the bot runs them), walks
repeated --walks times. Prints units of work per second and CPU ms per unit of work of this
process (the database server's own CPU not included). Use it to A/B a change to the press path
in seconds; bench.load measures the whole bot.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from bench.common import database_urls, routine_walkers
from bot.domain.routine import Action, Event, Press, Rate
from bot.services.routine import RoutineService
from bot.services.update_receipt import UpdateReceipt

ROUTINE = "full"
DONE_PRESSES = 7


async def walk(service: RoutineService, user_id: int, update_ids: itertools.count[int]) -> int:
    """One person's whole routine; returns how many units of work it ran."""

    def receipt() -> UpdateReceipt:
        return UpdateReceipt(next(update_ids), datetime.now(UTC))

    reply = await service.start(user_id, ROUTINE, receipt=receipt())
    units = 1
    events: tuple[Event, ...] = (Rate(6), *([Press(Action.DONE)] * DONE_PRESSES), Rate(3))
    for event in events:
        prompt = reply.prompt
        if prompt is None:
            raise RuntimeError(f"walk of user {user_id} ended early: {reply}")
        reply = await service.press(
            user_id, prompt.session_id, prompt.version, event, receipt=receipt()
        )
        units += 1
    if reply.summary is None:
        raise RuntimeError(f"walk of user {user_id} did not finish: {reply}")
    return units


async def run(url: str, users: int, walks: int) -> tuple[float, float]:
    """Units of work per second and CPU ms per unit of work, after one untimed warm-up walk."""
    engine, service = await routine_walkers(url, users)
    update_ids = itertools.count(1)
    await walk(service, 1, update_ids)
    units = 0
    cpu, wall = time.process_time(), time.perf_counter()
    for _ in range(walks):
        counts = await asyncio.gather(
            *(walk(service, user_id, update_ids) for user_id in range(1, users + 1))
        )
        units += sum(counts)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    await engine.dispose()
    return units / wall, 1000 * cpu / units


def main() -> None:
    """Parse the flags, run each backend, print one row each."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=100)
    parser.add_argument("--walks", type=int, default=3)
    parser.add_argument("--backends", nargs="+", default=["sqlite"])
    args = parser.parse_args()
    print("backend     users  units/s  CPU ms/unit")
    with tempfile.TemporaryDirectory(prefix="bench-press-") as workdir:
        for backend, url in database_urls(Path(workdir), args.backends).items():
            rate, cpu_ms = asyncio.run(run(url, args.users, args.walks))
            print(f"{backend:10} {args.users:6} {rate:8.0f} {cpu_ms:12.2f}")


if __name__ == "__main__":
    main()
