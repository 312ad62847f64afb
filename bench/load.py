"""Load: N people walk the whole routine at once against `python -m bot`, beside a bare echo bot.

Run: .venv/bin/python -m bench.load [--users 1 10 100 1000] [--backends sqlite postgres]
     [--think-ms 0]   (or scripts/bench, which also runs the other benchmarks)

Three processes on 127.0.0.1: this one (seeds, starts, reads /proc), the fake Bot API with the
simulated people (`python -m bench.load_fake`), and the bot under test: `python -m bot`, or the
bare PTB echo bot `python -m bench.echo_bot` with the same number of people and updates.
People are onboarded by seeding the database (screening clear, pain tracking on); one extra
person walks first, untimed, to warm the bot up and upload the seven animations. Then every
person walks at once: /routine, pain 6, ✅ Done x7, pain 3, summary = 10 updates each, the next
sent only when the reply to the last one has arrived (no think time unless --think-ms: then
people start at random moments and pause 0.5-1.5 x that long before each next update; their
pace, not the bot, then sets the throughput, so the throughput target is judged at 0 only).
Latency: from the fake answering the getUpdates that carries an update to the fake receiving
the message that completes its reply: the one with the next buttons, or the summary (for a
button, after answerCallbackQuery and the keyboard edit). CPU and peak RSS are the bot process's
(/proc utime+stime, VmHWM). A timed walk stops after --deadline seconds (60): at N=1,000 that
cuts it short, and throughput and latency are those of the updates answered until then.
--log-dir keeps the bots' logs; --py-spy PATH also records a py-spy profile of each timed walk.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import signal
import sys
import tempfile
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import update

from bench.common import database_urls, fresh_schema, print_table, seed_users
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
from tests.fakes import TEST_TOKEN

THROUGHPUT_TARGET = 0.5
P95_TARGET_MS = 50.0
P95_TARGET_USERS = 100
P95_TARGET_BACKEND = "sqlite"
FAKE_BUSY = 0.9
START_SECONDS = 120.0


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


@dataclass(frozen=True)
class Options:
    """How to run: think time, the run deadline, where logs and animations live."""

    workdir: Path
    media_dir: Path
    think_ms: float = 0.0
    deadline: float = 60.0
    py_spy: str | None = None


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
    mode, module = ("echo", "bench.echo_bot") if bot == "echo" else ("routine", "bot")
    if database_url is not None:
        await seed(database_url, users)
    log_path = options.workdir / f"{label}.log"
    fake = await FakeProcess.start(mode, users, options.think_ms, options.deadline)
    process: asyncio.subprocess.Process | None = None
    spy: asyncio.subprocess.Process | None = None
    try:
        listening = await fake.event("listening", START_SECONDS)
        env = bot_environment(listening["base_url"], database_url, options)
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


def _cells(run: RunResult) -> list[object]:
    """The columns both tables share."""
    return [
        f"{run.users:,}",
        run.done,
        f"{run.updates:,}",
        f"{run.rate:,.0f}",
        f"{run.p50_ms:.1f}",
        f"{run.p95_ms:.1f}",
        f"{run.p99_ms:.1f}",
        f"{run.cpu_ms_per_update:.2f}",
        f"{run.peak_rss_mb:.0f}",
        f"{run.errors:,}",
        f"{run.fake_share:.0%}",
    ]


SHARED_HEADER = [
    "users",
    "done",
    "updates",
    "updates/s",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "CPU ms/update",
    "peak RSS MB",
    "errors",
    "fake CPU",
]


def print_results(
    echo: dict[int, RunResult], routine: dict[str, dict[int, RunResult]], think_ms: float
) -> None:
    """The echo table, one table per backend, and the verdict on each target."""
    pace = f"think time {think_ms:g} ms" if think_ms else "no think time"
    print_table(
        f"Bare PTB echo bot (python -m bench.echo_bot), 10 updates per person, {pace}",
        SHARED_HEADER,
        [_cells(run) for run in echo.values()],
    )
    for backend, runs in routine.items():
        print_table(
            f"BackCoach full routine (python -m bot) on {backend}, 10 updates per person, {pace}",
            [*SHARED_HEADER, "echo updates/s", "vs echo"],
            [
                [*_cells(run), f"{echo[n].rate:,.0f}", f"{run.rate / echo[n].rate:.0%}"]
                for n, run in runs.items()
            ],
        )
    print(
        "\nupdates: answered with the expected reply (a person whose update failed gets an "
        "apology, counted\nin errors, and sends /routine to resume). done: walks finished; "
        "cut: still walking at the\ndeadline. fake CPU: the share of one core the fake Bot API "
        f"used (above {FAKE_BUSY:.0%} it may limit a run)."
    )
    rows = verdicts(echo, routine)
    if think_ms:
        rows = [row for row in rows if not str(row[0]).startswith("throughput")]
    print_table("Targets", ["target", "run", "measured", "verdict"], rows)


def verdicts(
    echo: dict[int, RunResult], routine: dict[str, dict[int, RunResult]]
) -> list[list[object]]:
    """PASS/FAIL per target and run; an incomplete or fake-bound run cannot pass."""
    rows: list[list[object]] = []
    for backend, runs in routine.items():
        for users, run in runs.items():
            ratio = run.rate / echo[users].rate
            ok = ratio >= THROUGHPUT_TARGET and run.clean and echo[users].clean
            rows.append(
                [
                    f"throughput >= {THROUGHPUT_TARGET:.0%} of echo",
                    f"{backend} N={users:,}",
                    f"{ratio:.0%}",
                    _verdict(ok, run, echo[users]),
                ]
            )
    target_run = routine.get(P95_TARGET_BACKEND, {}).get(P95_TARGET_USERS)
    if target_run is not None:
        ok = target_run.p95_ms < P95_TARGET_MS and target_run.clean
        rows.append(
            [
                f"p95 < {P95_TARGET_MS:g} ms",
                f"{P95_TARGET_BACKEND} N={P95_TARGET_USERS}",
                f"{target_run.p95_ms:.1f} ms",
                _verdict(ok, target_run),
            ]
        )
    return rows


def _verdict(ok: bool, *runs: RunResult) -> str:
    """PASS or FAIL, with the reason a number cannot be trusted."""
    notes = []
    if any(run.errors for run in runs):
        notes.append("updates failed")
    if any(run.stalled for run in runs):
        notes.append("people stuck")
    if any(run.fake_share > FAKE_BUSY for run in runs):
        notes.append("fake busy")
    return ("PASS" if ok else "FAIL") + (f" ({', '.join(notes)})" if notes else "")


def _progress(run: RunResult, label: str) -> RunResult:
    """One line on stderr per finished run, so a long benchmark shows it is alive."""
    print(
        f"  {label} N={run.users:,}: {run.updates:,} updates in {run.wall:.1f} s, "
        f"{run.errors} failed, done {run.done}",
        file=sys.stderr,
        flush=True,
    )
    return run


async def run_all(
    users_list: list[int], backends: list[str], options: Options
) -> tuple[dict[int, RunResult], dict[str, dict[int, RunResult]]]:
    """For each N: the echo bot, then BackCoach on each backend (so each trio runs side by side)."""
    urls = database_urls(options.workdir, backends)
    echo: dict[int, RunResult] = {}
    routine: dict[str, dict[int, RunResult]] = {backend: {} for backend in urls}
    for users in users_list:
        run = await run_once("echo", users, None, options, f"echo-{users}")
        echo[users] = _progress(run, "echo")
        for backend, url in urls.items():
            run = await run_once("routine", users, url, options, f"{backend}-{users}")
            routine[backend][users] = _progress(run, f"BackCoach on {backend}")
    return echo, routine


async def main() -> None:
    """Run every combination and print the tables and the verdicts."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--users", type=int, nargs="+", default=[1, 10, 100, 1_000])
    parser.add_argument("--backends", nargs="+", default=["sqlite", "postgres"])
    parser.add_argument("--think-ms", type=float, default=0.0, help="pause before each next step")
    parser.add_argument("--deadline", type=float, default=60.0, help="seconds per timed walk")
    parser.add_argument("--media-dir", type=Path, help="rendered animations (default: a temp dir)")
    parser.add_argument("--log-dir", type=Path, help="keep the bots' logs here (default: discard)")
    parser.add_argument("--py-spy", metavar="PATH", help="profile each timed walk with py-spy")
    args = parser.parse_args()
    load = os.getloadavg()[0]
    with ExitStack() as stack:
        workdir = args.log_dir or Path(
            stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-load-"))
        )
        workdir.mkdir(parents=True, exist_ok=True)
        media_dir = args.media_dir or workdir / "media"
        await render_animations(media_dir)
        options = Options(workdir, media_dir, args.think_ms, args.deadline, args.py_spy)
        echo, routine = await run_all(args.users, args.backends, options)
    print(
        f"\nMachine: {os.cpu_count()} CPUs; load average before the run {load:.2f} "
        "(anything well above 0 is other work competing with the bot, the fake and the database)."
    )
    print_results(echo, routine, args.think_ms)


if __name__ == "__main__":
    asyncio.run(main())
