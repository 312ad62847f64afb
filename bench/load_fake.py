"""The fake Bot API process of bench.load: an HTTP FakeBotApiServer that also plays N people.

Run by bench.load, not by hand: `python -m bench.load_fake --mode routine --users 100`.
It talks to its parent with JSON lines on stdout ({"event": "listening" | "warm" | "result" |
"error"}) and reads "go" on stdin; it stops at end of stdin or after its own deadlines.
Latency of an update: from the moment this process answers the getUpdates that carries it until
the bot's sendMessage that completes the reply reaches this process (both on one monotonic clock).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from bench.load_script import WALKS, Delivery, Step, Wants, percentile
from tests.fakes import FakeBotApi, FakeBotApiServer, TelegramUser, UpdateFactory
from tests.fakes.records import Reply, Upload, inline_buttons
from tests.fakes.update_queue import UpdateQueue

WARMUP_USER_ID = 1
FIRST_TIMED_USER_ID = 2
Json = dict[str, object]


@dataclass
class Waiter:
    """One person's open step: handed over to the bot at `handed_at`, answered at `arrived_at`."""

    wants: Wants
    future: asyncio.Future[Delivery]
    handed_at: float = 0.0
    arrived_at: float = 0.0


@dataclass
class WalkResult:
    """Latencies (seconds) of the steps a person got answers to, and whether the walk finished."""

    latencies: list[float] = field(default_factory=list)
    finished: bool = False


class StampingQueue(UpdateQueue):
    """The fake's update queue, noting when each update is first handed to the bot."""

    def __init__(self, handed: dict[int, Waiter]) -> None:
        super().__init__()
        self._handed = handed

    async def poll(
        self, offset: int, limit: int, wait_seconds: float, allowed: list[str] | None
    ) -> list[dict[str, object]]:
        """getUpdates as usual; the answer's time is the handing-over time of its updates."""
        batch = await super().poll(offset, limit, wait_seconds, allowed)
        now = time.monotonic()
        for update in batch:
            update_id = update.get("update_id")
            waiter = self._handed.pop(update_id, None) if isinstance(update_id, int) else None
            if waiter is not None:
                waiter.handed_at = now
        return batch


class LoadApi(FakeBotApi):
    """FakeBotApi that routes each sendMessage to the person waiting in that chat."""

    def __init__(self) -> None:
        super().__init__()
        self.waiting: dict[int, Waiter] = {}
        self.handed: dict[int, Waiter] = {}
        self.polled = asyncio.Event()
        self.state.queue = StampingQueue(self.handed)

    async def request(
        self,
        method: str,
        params: Mapping[str, object],
        files: Mapping[str, Upload] | None = None,
        *,
        token: str | None = None,
    ) -> Reply:
        """Answer as the fake does; a sendMessage may complete someone's step."""
        arrived = time.monotonic()
        if method == "getUpdates":
            self.polled.set()
        reply = await super().request(method, params, files, token=token)
        if method == "sendMessage" and reply.status == 200 and self.waiting:
            self._deliver(arrived, reply.body)
        return reply

    def _deliver(self, arrived: float, body: bytes) -> None:
        """Hand the sent message to the person whose step it answers, if it is the awaited one."""
        result: dict[str, Any] = json.loads(body)["result"]
        waiter = self.waiting.get(result["chat"]["id"])
        if waiter is None or waiter.future.done():
            return
        buttons = tuple(data for _label, data in inline_buttons(result.get("reply_markup")))
        delivery = Delivery(result["message_id"], result.get("text") or "", buttons, result)
        if waiter.wants(delivery):
            del self.waiting[result["chat"]["id"]]
            waiter.arrived_at = arrived
            waiter.future.set_result(delivery)


async def walk(
    api: LoadApi, person: TelegramUser, steps: Sequence[Step], think: float, step_timeout: float
) -> WalkResult:
    """One person: send a step, wait for the bot's reply, (think,) send the next."""
    loop = asyncio.get_running_loop()
    result = WalkResult()
    last: Delivery | None = None
    for step in steps:
        update = step.update(person, last)
        waiter = Waiter(step.wants, loop.create_future())
        api.waiting[person.chat_id] = waiter
        update_id = update["update_id"]
        if isinstance(update_id, int):
            api.handed[update_id] = waiter
        api.queue_update(update)
        try:
            last = await asyncio.wait_for(waiter.future, step_timeout)
        except TimeoutError:
            api.waiting.pop(person.chat_id, None)
            return result
        result.latencies.append(waiter.arrived_at - waiter.handed_at)
        if think > 0:
            await asyncio.sleep(think)
    result.finished = True
    return result


def emit(event: str, **fields: object) -> None:
    """One JSON line for the parent process."""
    print(json.dumps({"event": event, **fields}), flush=True)


async def stdin_reader() -> asyncio.StreamReader:
    """Standard input as an asyncio stream, so waiting on it never blocks the server."""
    reader = asyncio.StreamReader()
    loop = asyncio.get_running_loop()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    return reader


async def timed_phase(api: LoadApi, args: argparse.Namespace, factory: UpdateFactory) -> Json:
    """Every person walks at once; returns the counts, timings and this process's CPU share."""
    steps = WALKS[args.mode]()
    people = [factory.user(FIRST_TIMED_USER_ID + n) for n in range(args.users)]
    cpu, wall = time.process_time(), time.perf_counter()
    tasks = [
        asyncio.create_task(walk(api, person, steps, args.think_ms / 1000, args.step_timeout))
        for person in people
    ]
    done, pending = await asyncio.wait(tasks, timeout=args.deadline)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    results = [task.result() for task in done]
    samples = sorted(latency for result in results for latency in result.latencies)
    return {
        "users": args.users,
        "finished": sum(result.finished for result in results),
        "updates": len(samples),
        "expected_updates": args.users * len(steps),
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
        warm = await walk(
            api, factory.user(WARMUP_USER_ID), WALKS[args.mode](), 0, args.step_timeout
        )
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
        emit("result", **await timed_phase(api, args, factory))
        # Keep answering (the bot confirms its last updates when it stops) until stdin closes.
        try:
            await asyncio.wait_for(commands.read(), args.start_timeout)
        except TimeoutError:
            pass


def main() -> None:
    """Parse the arguments and serve until done."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mode", choices=sorted(WALKS), default="routine")
    parser.add_argument("--users", type=int, default=10)
    parser.add_argument("--think-ms", type=float, default=0.0)
    parser.add_argument("--step-timeout", type=float, default=60.0)
    parser.add_argument("--deadline", type=float, default=240.0)
    parser.add_argument("--start-timeout", type=float, default=90.0)
    asyncio.run(serve(parser.parse_args()))


if __name__ == "__main__":
    main()
