"""Where a walk's database time goes: each of its ten units of work, timed one at a time.

Run: .venv/bin/python -m bench.steps [--walks 200] [--backends sqlite postgres]

One person after another (a fresh user for each walk, as in bench.load) walks the routine
straight through RoutineService: /routine, pain 6, Done x7, pain 3. For each of the ten steps
it prints the median wall time and CPU time of this process (the database server's CPU not
included) and how many statements SQLAlchemy ran. Nothing else runs, so unlike bench.load
this isolates the database work; use it to A/B a change to one step.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import statistics
import tempfile
import time
from collections.abc import Awaitable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import event

from bench.common import database_urls, routine_walkers
from bot.domain.routine import Action, Event, Press, Rate
from bot.services.replies import RoutineReply
from bot.services.routine import RoutineService
from bot.services.update_receipt import UpdateReceipt

STEPS = ("/routine", "pain", *(f"done {n}" for n in range(1, 8)), "pain after")
EVENTS: tuple[Event, ...] = (Rate(6), *([Press(Action.DONE)] * 7), Rate(3))


class StepClock:
    """Times each step and counts the statements SQLAlchemy's cursor ran in it."""

    def __init__(self) -> None:
        self.wall: dict[str, list[float]] = {name: [] for name in STEPS}
        self.cpu: dict[str, list[float]] = {name: [] for name in STEPS}
        self.statements: dict[str, int] = dict.fromkeys(STEPS, 0)
        self._seen = 0
        self._update_ids = itertools.count(1)

    def count(self, *_args: Any) -> None:
        """A before_cursor_execute listener."""
        self._seen += 1

    def receipt(self) -> UpdateReceipt:
        """A new update's receipt, as the bot opens one per update."""
        return UpdateReceipt(next(self._update_ids), datetime.now(UTC))

    async def step(self, name: str, unit: Awaitable[RoutineReply]) -> RoutineReply:
        """Run one unit of work (not yet started) as the bot would."""
        self._seen = 0
        cpu, wall = time.process_time(), time.perf_counter()
        reply = await unit
        self.wall[name].append(time.perf_counter() - wall)
        self.cpu[name].append(time.process_time() - cpu)
        self.statements[name] = self._seen
        return reply


async def walk(service: RoutineService, user_id: int, clock: StepClock) -> None:
    """One person's whole routine, step by step."""
    reply = await clock.step(STEPS[0], service.start(user_id, "full", receipt=clock.receipt()))
    for name, tap in zip(STEPS[1:], EVENTS, strict=True):
        prompt = reply.prompt
        if prompt is None:
            raise RuntimeError(f"walk of user {user_id} ended early: {reply}")
        pressed = service.press(
            user_id, prompt.session_id, prompt.version, tap, receipt=clock.receipt()
        )
        reply = await clock.step(name, pressed)
    if reply.summary is None:
        raise RuntimeError(f"walk of user {user_id} did not finish: {reply}")


async def run(url: str, walks: int) -> StepClock:
    """`walks` fresh users, one after another, on a fresh schema."""
    engine, service = await routine_walkers(url, walks)
    clock = StepClock()
    event.listen(engine.sync_engine, "before_cursor_execute", clock.count)
    try:
        for user_id in range(1, walks + 1):
            await walk(service, user_id, clock)
    finally:
        await engine.dispose()
    return clock


def report(backend: str, clock: StepClock) -> None:
    """One line per step: medians in ms, and SQLAlchemy cursor statements."""
    print(f"\n{backend}: median per step, ms (this process)")
    print(f"{'step':>10}  {'wall':>6}  {'CPU':>6}  SQLAlchemy statements")
    for name in STEPS:
        wall = 1000 * statistics.median(clock.wall[name])
        cpu = 1000 * statistics.median(clock.cpu[name])
        print(f"{name:>10}  {wall:6.2f}  {cpu:6.2f}  {clock.statements[name]}")


async def main() -> None:
    """Parse arguments and run each backend in turn."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--walks", type=int, default=200)
    parser.add_argument("--backends", nargs="+", default=["sqlite", "postgres"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as workdir:
        for backend, url in database_urls(Path(workdir), args.backends).items():
            report(backend, await run(url, args.walks))


if __name__ == "__main__":
    asyncio.run(main())
