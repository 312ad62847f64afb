"""Load: N people walk the whole routine at once against `python -m bot`, beside a bare echo bot.

Run: .venv/bin/python -m bench.load [--users 1 10 100 1000] [--backends sqlite postgres]
     [--think-ms 3000] [--latency-users ...]   (or scripts/bench, which runs every benchmark)

Three processes on 127.0.0.1: this one (seeds, starts, reads /proc), the fake Bot API with the
simulated people (`python -m bench.load_fake`), and the bot under test: `python -m bot`, or the
bare PTB echo bot `python -m bench.echo_bot` with the same number of people and updates.
People are onboarded by seeding the database (screening clear, pain tracking on); one extra
person walks first, untimed, to warm the bot up and upload the seven animations. Then every
person walks at once: /routine, pain 6, ✅ Done x7, pain 3, summary = 10 updates each. In the
saturating runs a new person takes the place of each one who finished, until the run has timed
at least --min-updates updates (2,000: 200 people one after another at N=1, 20 per place at
N=10, 2 at N=100, 1 at N=1,000), so N people are always walking and small N are not judged on
their first 10 updates; "walks" in the tables is the number of people per place.

The saturating runs repeat in --rounds rounds (3), interleaved: echo, aiohttp echo, BackCoach on
each backend, then all again. A machine's speed drifts over a day (the README's benchmark
section has an example), so each BackCoach run is judged against the echo run of its own round:
the throughput verdict is the median of the per-round ratios, printed with every round's ratio;
the tables show each bot's median round.

Each N runs twice, paced two ways:
- saturating (the throughput rows): no think time, each person's next update goes as soon as
  the reply to the last one has arrived, so the bot is never idle; updates/s is its capacity.
  Latency here is mostly the queue in front of a busy bot (Little's law: about N / throughput).
- at a human pace (the latency rows, --think-ms, default 3000): people start at random moments
  within one think time and pause 0.5-1.5 x that long before each next update (seeded per
  person). The bot then has headroom (unless N / think time exceeds its capacity, as with
  1,000 people tapping every 3 s), and the latency is what a person waits after a tap.
Latency: from the fake answering the getUpdates that carries an update to the fake receiving
the message that completes its reply: the one with the next buttons, or the summary (for a
button, after answerCallbackQuery). CPU and peak RSS are the bot process's (/proc utime+stime,
VmHWM). A timed walk stops after --deadline seconds (60): at N=1,000 that cuts it short, and
throughput and latency are those of the updates answered until then.
The targets (issue #6) are printed with PASS/FAIL, each beside the echo bot of the same run:
throughput >= 50% of echo (saturating), p95 < 50 ms with 100 people on SQLite (at a human pace;
the saturating p95 is shown too). --log-dir keeps the bots' logs; --py-spy PATH also records a
py-spy profile of each timed walk into the log dir.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import os
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path

from bench.common import database_urls
from bench.load_report import ECHO, ECHO_AIOHTTP, Rounds, print_results
from bench.load_run import Options, RunResult, render_animations, run_once

DEFAULT_THINK_MS = 3000.0
DEFAULT_MIN_UPDATES = 2000
DEFAULT_ROUNDS = 3


def _progress(run: RunResult, label: str) -> RunResult:
    """One line on stderr per finished run, so a long benchmark shows it is alive."""
    pace = f", think {run.think_ms:g} ms" if run.think_ms else ""
    print(
        f"  {label} N={run.users:,}{pace}: {run.updates:,} updates in {run.wall:.1f} s, "
        f"{run.errors} failed, done {run.done}",
        file=sys.stderr,
        flush=True,
    )
    return run


async def run_paced(
    users_list: list[int], backends: list[str], options: Options, rounds: int = 1
) -> Rounds:
    """For each N: the echo bot(s), then BackCoach on each backend, side by side.

    With several rounds the whole line-up runs again, interleaved (echo, BackCoach, echo,
    BackCoach, ...), so each BackCoach run has an echo run of the same minutes to be judged
    against: this machine's speed drifts by a third over minutes.
    """
    if not users_list:
        return {}
    urls = database_urls(options.workdir, backends)
    # The echo bot on BackCoach's transport is a throughput reference: saturating runs only.
    echoes = [ECHO] if options.think_ms else [ECHO, ECHO_AIOHTTP]
    runs: Rounds = {name: {n: [] for n in users_list} for name in [*echoes, *urls]}
    tag = f"think{options.think_ms:g}-" if options.think_ms else ""
    for users in users_list:
        for turn in range(1, rounds + 1):
            suffix = f"-r{turn}" if rounds > 1 else ""
            for echo in echoes:
                run = await run_once(echo, users, None, options, f"{tag}{echo}-{users}{suffix}")
                runs[echo][users].append(_progress(run, echo))
            for backend, url in urls.items():
                label = f"{tag}{backend}-{users}{suffix}"
                run = await run_once("routine", users, url, options, label)
                runs[backend][users].append(_progress(run, f"BackCoach on {backend}"))
    return runs


def parse_arguments() -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--users", type=int, nargs="*", default=[1, 10, 100, 1_000])
    parser.add_argument("--backends", nargs="+", default=["sqlite", "postgres"])
    parser.add_argument(
        "--think-ms",
        type=float,
        default=DEFAULT_THINK_MS,
        help="mean pause before each tap in the latency runs (0: no latency runs)",
    )
    parser.add_argument(
        "--latency-users",
        type=int,
        nargs="*",
        help="N for the latency runs (default: the same as --users)",
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=DEFAULT_ROUNDS,
        help="saturating runs: repeat the echo/BackCoach line-up this often, interleaved",
    )
    parser.add_argument("--deadline", type=float, default=60.0, help="seconds per timed walk")
    parser.add_argument(
        "--min-updates",
        type=int,
        default=DEFAULT_MIN_UPDATES,
        help="saturating runs: new people take turns until this many updates are timed",
    )
    parser.add_argument("--media-dir", type=Path, help="rendered animations (default: a temp dir)")
    parser.add_argument("--log-dir", type=Path, help="keep the bots' logs here (default: discard)")
    parser.add_argument("--py-spy", metavar="PATH", help="profile each timed walk with py-spy")
    return parser.parse_args()


async def main() -> None:
    """Run every combination, saturating and paced, and print the tables and the verdicts."""
    args = parse_arguments()
    latency_users = args.users if args.latency_users is None else args.latency_users
    load = os.getloadavg()[0]
    with ExitStack() as stack:
        workdir = args.log_dir or Path(
            stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-load-"))
        )
        workdir.mkdir(parents=True, exist_ok=True)
        media_dir = args.media_dir or workdir / "media"
        await render_animations(media_dir)
        options = Options(
            workdir, media_dir, 0.0, args.deadline, args.py_spy, min_updates=args.min_updates
        )
        saturated = await run_paced(args.users, args.backends, options, args.rounds)
        paced: Rounds = {}
        if args.think_ms > 0 and latency_users:
            human = dataclasses.replace(options, think_ms=args.think_ms, min_updates=0)
            paced = await run_paced(latency_users, args.backends, human)
    print(
        f"\nMachine: {os.cpu_count()} CPUs; load average before the run {load:.2f} "
        "(anything well above 0 is other work competing with the bot, the fake and the database)."
    )
    print_results(saturated, paced, args.think_ms)


if __name__ == "__main__":
    asyncio.run(main())
