"""One timed walk of bench.load: seed, start the fake and the bot, walk, read /proc, stop."""

from __future__ import annotations

import asyncio
import math
import os
import signal
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import update

from bench.load_procs import (
    REPO_ROOT,
    FakeProcess,
    cpu_seconds,
    log_tail,
    peak_rss_mb,
    start_bot,
    stop_process,
)
from db.models import User
from tests.support.fakes import TEST_TOKEN
from tests.support.seeding import fresh_schema, seed_users

START_SECONDS = 120.0
UPDATES_PER_WALK = 10


@dataclass(frozen=True)
class RunResult:
    """One timed walk of `users` people against one bot."""

    bot: str
    users: int
    finished: int
    stalled: int
    cut: int
    updates: int
    errors: int
    wall: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    bot_cpu: float
    peak_rss_mb: float
    fake_cpu: float
    think_ms: float = 0.0
    walks: int = 1
    step_p50_ms: tuple[float, ...] = ()

    @property
    def rate(self) -> float:
        """Updates answered per second of wall time."""
        return self.updates / self.wall if self.wall > 0 else math.nan

    @property
    def cpu_ms_per_update(self) -> float:
        """Bot CPU milliseconds per answered update."""
        return self.bot_cpu * 1000 / self.updates if self.updates else math.nan

    @property
    def fake_share(self) -> float:
        """Share of one core the fake used; near 1 would mean the fake limits the numbers."""
        return self.fake_cpu / self.wall if self.wall > 0 else math.nan

    @property
    def clean(self) -> bool:
        """No update failed and nobody was left without an answer."""
        return self.errors == 0 and self.stalled == 0

    @property
    def done(self) -> str:
        """People who finished the walk, and why the others did not."""
        notes = [f"{self.stalled} stuck"] if self.stalled else []
        if self.cut:
            notes.append(f"{self.cut} cut")
        return f"{self.finished:,}" + (f" ({', '.join(notes)})" if notes else "")


# The two echo bots: PTB as it comes (httpx), and PTB on BackCoach's own aiohttp transport.
ECHO_TRANSPORTS = {"echo": "httpx", "echo-aiohttp": "aiohttp"}


@dataclass(frozen=True)
class Options:
    """How to run: think time, the run deadline, where logs and animations live."""

    workdir: Path
    media_dir: Path
    think_ms: float = 0.0
    deadline: float = 60.0
    py_spy: str | None = None
    min_updates: int = 0

    def walks_for(self, users: int) -> int:
        """People who take turns in each of the N places, so a run times `min_updates` updates."""
        return max(1, math.ceil(self.min_updates / (users * UPDATES_PER_WALK)))


async def seed(url: str, users: int) -> None:
    """A fresh schema with users 1..users+1 onboarded, pain tracking on, nobody due a nudge."""
    engine = await fresh_schema(url)
    tomorrow = datetime.now(UTC).replace(microsecond=0) + timedelta(days=1)
    await seed_users(engine, users + 1, tomorrow)
    async with engine.begin() as connection:
        await connection.execute(update(User).values(pain_consent=True))
    await engine.dispose()


async def render_animations(media_dir: Path) -> None:
    """Render the GIFs once, so no bot start pays for it (they are a disk cache)."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.demos",
        "--render",
        str(media_dir),
        cwd=REPO_ROOT,
        stdout=asyncio.subprocess.DEVNULL,
    )
    if await asyncio.wait_for(process.wait(), START_SECONDS) != 0:
        raise RuntimeError("python -m bot.demos --render failed")


def bot_environment(base_url: str, database_url: str | None, options: Options) -> dict[str, str]:
    """Only the documented settings: unthrottled, INFO logging, animations on, no nudge ticks."""
    env = {
        "PATH": os.environ.get("PATH", ""),
        "TELEGRAM_BOT_TOKEN": TEST_TOKEN,
        "TELEGRAM_API_BASE_URL": base_url,
        "LOG_LEVEL": "INFO",
        "RATE_LIMIT_PER_SECOND": "0",
        "NUDGE_TICK_SECONDS": "3600",
        "DEMOS_ENABLED": "true",
        "MEDIA_CACHE_DIR": str(options.media_dir),
    }
    if database_url is not None:
        env["DATABASE_URL"] = database_url
    return env


async def run_once(
    bot: str, users: int, database_url: str | None, options: Options, label: str
) -> RunResult:
    """Start the fake and the bot, warm up, time one walk of every person, stop both."""
    mode, module = ("routine", "bot") if bot == "routine" else ("echo", "bench.echo_bot")
    walks = options.walks_for(users)
    if database_url is not None:
        await seed(database_url, users * walks)
    log_path = options.workdir / f"{label}.log"
    fake = await FakeProcess.start(mode, users, options.think_ms, options.deadline, walks)
    process: asyncio.subprocess.Process | None = None
    spy: asyncio.subprocess.Process | None = None
    try:
        listening = await fake.event("listening", START_SECONDS)
        env = bot_environment(listening["base_url"], database_url, options)
        if bot in ECHO_TRANSPORTS:
            env["ECHO_TRANSPORT"] = ECHO_TRANSPORTS[bot]
        process = await start_bot(module, env, log_path)
        await fake.event("warm", START_SECONDS)
        spy = await start_profiler(options, process.pid, label)
        before = cpu_seconds(process.pid)
        await fake.go()
        result = await fake.event("result", options.deadline + START_SECONDS)
        bot_cpu = cpu_seconds(process.pid) - before
        peak = peak_rss_mb(process.pid)
    except (RuntimeError, TimeoutError) as error:
        raise RuntimeError(f"{label}: {error}\n--- {log_path}:\n{log_tail(log_path)}") from error
    finally:
        await stop_profiler(spy)
        if process is not None:
            await stop_process(process)
        await fake.stop()
    return RunResult(
        bot=bot,
        users=users,
        finished=result["finished"],
        stalled=result["stalled"],
        cut=result["cut"],
        updates=result["answered"],
        errors=result["errors"],
        wall=result["wall"],
        p50_ms=result["p50"] * 1000,
        p95_ms=result["p95"] * 1000,
        p99_ms=result["p99"] * 1000,
        bot_cpu=bot_cpu,
        peak_rss_mb=peak,
        fake_cpu=result["fake_cpu"],
        think_ms=options.think_ms,
        walks=walks,
        step_p50_ms=tuple(seconds * 1000 for seconds in result["step_p50"]),
    )


async def start_profiler(
    options: Options, pid: int, label: str
) -> asyncio.subprocess.Process | None:
    """With --py-spy: sample the bot during the timed walk, into <log dir>/<label>.pyspy.txt."""
    if options.py_spy is None:
        return None
    return await asyncio.create_subprocess_exec(
        options.py_spy,
        "record",
        "--pid",
        str(pid),
        "--nonblocking",
        "--threads",
        "--gil",
        "--rate",
        "250",
        "--format",
        "raw",
        "--output",
        str(options.workdir / f"{label}.pyspy.txt"),
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )


async def stop_profiler(spy: asyncio.subprocess.Process | None) -> None:
    """Ask py-spy to write its samples (SIGINT) and wait for it."""
    if spy is not None and spy.returncode is None:
        spy.send_signal(signal.SIGINT)
        try:
            await asyncio.wait_for(spy.wait(), START_SECONDS)
        except TimeoutError:
            await stop_process(spy)
