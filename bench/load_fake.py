"""The fake Bot API process of bench.load: an HTTP FakeBotApiServer that also plays N people.

Run by bench.load, not by hand: `python -m bench.load_fake --mode routine --users 100`.
It talks to its parent with JSON lines on stdout ({"event": "listening" | "warm" | "result" |
"error"}) and reads "go" on stdin; it stops at end of stdin or after its own deadlines.
Latency of an update: from the moment this process answers the getUpdates that carries it until
the bot's message that completes the reply (the one with the next buttons, the summary, or the
echo: a sendMessage, or a sendAnimation with caption) reaches this process (one monotonic clock).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import random
import statistics
import sys
import time
from dataclasses import dataclass, field

from bench.load_api import LoadApi, Waiter
from bench.load_script import Answer, EchoPerson, Person, RoutinePerson, percentile
from bot.content import TextKey, load_catalog
from tests.support.fakes import FakeBotApiServer, TelegramUser, UpdateFactory

WARMUP_USER_ID = 1
FIRST_TIMED_USER_ID = 2
MAX_UPDATES_PER_WALK = 40
Json = dict[str, object]


@dataclass
class WalkResult:
    """What one person got: latencies (s) of answered updates, answers, apologies, the outcome."""

    latencies: list[float] = field(default_factory=list)
    answered: int = 0
    errors: int = 0
    finished: bool = False
    stalled: bool = False


async def walk(
    api: LoadApi, person: Person, think: float, step_timeout: float, result: WalkResult
) -> None:
    """One person: send an update, wait for the bot's answer, (think,) send the next.

    With a think time people start at random moments within one think time and pause 0.5-1.5
    times it between updates (seeded per person), so they do not arrive in lockstep waves.
    """
    loop = asyncio.get_running_loop()
    chat_id = person.user.chat_id
    pace = random.Random(chat_id)
    if think > 0:
        await asyncio.sleep(pace.uniform(0, think))
    update: Json | None = person.first()
    for _ in range(MAX_UPDATES_PER_WALK):
        if update is None:
            result.finished = person.finished
            return
        waiter = Waiter(person, loop.create_future())
        api.waiting[chat_id] = waiter
        # Ids are given on queueing: people who paused may queue in another order than they built.
        update.pop("update_id", None)
        api.handed[api.queue_update(update)] = waiter
        try:
            reply, delivery = await asyncio.wait_for(waiter.future, step_timeout)
        except TimeoutError:
            break
        result.latencies.append(waiter.arrived_at - waiter.handed_at)
        if reply is Answer.ERROR:
            result.errors += 1
        else:
            result.answered += 1
        update = person.next(reply, delivery)
        if update is not None and think > 0:
            await asyncio.sleep(pace.uniform(0.5, 1.5) * think)
    api.waiting.pop(chat_id, None)
    result.stalled = True


async def take_turns(
    api: LoadApi, turns: list[tuple[Person, WalkResult]], think: float, step_timeout: float
) -> None:
    """One of the N places: its people walk one after another."""
    for person, result in turns:
        try:
            await walk(api, person, think, step_timeout, result)
        except Exception:
            result.stalled = True
            raise


def step_medians(walks: list[list[float]]) -> list[float]:
    """Median latency (s) of each update's place in a walk: the 1st update, the 2nd, ..."""
    longest = max((len(latencies) for latencies in walks), default=0)
    return [
        statistics.median(latencies[step] for latencies in walks if len(latencies) > step)
        for step in range(longest)
    ]


def make_person(mode: str, user: TelegramUser, apology: str) -> Person:
    """A routine walker or an echo walker for this user."""
    return RoutinePerson(user, apology) if mode == "routine" else EchoPerson(user)


def apology_text() -> str:
    """The bot's apology for a failed update, as its content renders it."""
    return load_catalog(None).texts.render(TextKey.COMMON_ERROR)


def emit(event: str, **fields: object) -> None:
    """One JSON line for the parent process."""
    print(json.dumps({"event": event, **fields}), flush=True)


async def stdin_reader() -> asyncio.StreamReader:
    """Standard input as an asyncio stream, so waiting on it never blocks the server."""
    reader = asyncio.StreamReader()
    loop = asyncio.get_running_loop()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    return reader


async def timed_phase(
    api: LoadApi, args: argparse.Namespace, factory: UpdateFactory, apology: str
) -> Json:
    """N people walk at once; returns counts, latencies and this process's CPU share.

    With --walks above 1, each of the N places is taken by a new person as soon as its last
    person finished, so N people are always walking and the run times enough updates.
    """
    people = [
        make_person(args.mode, factory.user(FIRST_TIMED_USER_ID + n), apology)
        for n in range(args.users * args.walks)
    ]
    results = [WalkResult() for _ in people]
    places = [
        list(zip(people[place :: args.users], results[place :: args.users], strict=True))
        for place in range(args.users)
    ]
    cpu, wall = time.process_time(), time.perf_counter()
    tasks = [
        asyncio.create_task(take_turns(api, turns, args.think_ms / 1000, args.step_timeout))
        for turns in places
    ]
    _done, pending = await asyncio.wait(tasks, timeout=args.deadline)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    for task in tasks:
        if task.done() and not task.cancelled() and task.exception() is not None:
            print(f"load_fake: a walk crashed: {task.exception()!r}", file=sys.stderr)
    samples = sorted(latency for result in results for latency in result.latencies)
    return {
        "step_p50": step_medians([result.latencies for result in results]),
        "users": args.users,
        "finished": sum(result.finished for result in results),
        "stalled": sum(result.stalled for result in results),
        "cut": sum(not result.finished and not result.stalled for result in results),
        "answered": sum(result.answered for result in results),
        "errors": sum(result.errors for result in results),
        "wall": wall,
        "fake_cpu": cpu,
        "p50": percentile(samples, 50),
        "p95": percentile(samples, 95),
        "p99": percentile(samples, 99),
        "mean": statistics.fmean(samples) if samples else float("nan"),
    }


async def serve(args: argparse.Namespace) -> None:
    """Start the server, warm the bot up with one walk, wait for "go", run, report, wait for EOF."""
    api = LoadApi()
    factory = UpdateFactory()
    async with FakeBotApiServer(api) as server:
        emit("listening", base_url=server.base_url)
        commands = await stdin_reader()
        try:
            await asyncio.wait_for(api.polled.wait(), args.start_timeout)
        except TimeoutError:
            emit("error", reason="the bot never polled getUpdates")
            return
        apology = apology_text() if args.mode == "routine" else ""
        warm = WalkResult()
        person = make_person(args.mode, factory.user(WARMUP_USER_ID), apology)
        await walk(api, person, 0, args.step_timeout, warm)
        if not warm.finished:
            emit("error", reason="the warm-up walk did not finish")
            return
        emit("warm")
        try:
            go = await asyncio.wait_for(commands.readline(), args.start_timeout)
        except TimeoutError:
            go = b""
        if go.strip() != b"go":
            emit("error", reason="no go from the parent")
            return
        emit("result", **await timed_phase(api, args, factory, apology))
        # Keep answering (the bot confirms its last updates when it stops) until stdin closes.
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(commands.read(), args.start_timeout)


def main() -> None:
    """Parse the arguments and serve until done."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mode", choices=["routine", "echo"], default="routine")
    parser.add_argument("--users", type=int, default=10)
    parser.add_argument("--think-ms", type=float, default=0.0)
    parser.add_argument("--walks", type=int, default=1, help="people who take turns per place")
    parser.add_argument("--step-timeout", type=float, default=60.0)
    parser.add_argument("--deadline", type=float, default=240.0)
    parser.add_argument("--start-timeout", type=float, default=90.0)
    asyncio.run(serve(parser.parse_args()))


if __name__ == "__main__":
    main()
