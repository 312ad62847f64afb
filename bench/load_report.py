"""The tables bench.load prints, and its PASS/FAIL verdict on each target of issue #6."""

from __future__ import annotations

import statistics

from bench.common import print_table
from bench.load_run import RunResult

# Keyed by what ran ("echo", "sqlite", "postgres"), then by the number of people.
Runs = dict[str, dict[int, RunResult]]
# The same, with every round's run, in the order they ran (interleaved with the other bots').
Rounds = dict[str, dict[int, list[RunResult]]]

THROUGHPUT_TARGET = 0.5
P95_TARGET_MS = 50.0
P95_TARGET_USERS = 100
P95_TARGET_BACKEND = "sqlite"
FAKE_BUSY = 0.9
ECHO = "echo"
ECHO_AIOHTTP = "echo-aiohttp"
ECHOES = {
    ECHO: "Bare PTB echo bot (python -m bench.echo_bot, PTB's default httpx transport)",
    ECHO_AIOHTTP: "Reference: that echo bot on BackCoach's transport (ECHO_TRANSPORT=aiohttp)",
}

SHARED_HEADER = [
    "users",
    "walks",
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


def _cells(run: RunResult) -> list[object]:
    """The columns every table shares."""
    return [
        f"{run.users:,}",
        run.walks,
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


def _pace(think_ms: float) -> str:
    """How people were paced in a run."""
    if not think_ms:
        return "no think time (saturating: the next tap goes as soon as the reply arrives)"
    return f"think time {think_ms:g} ms (0.5-1.5x before each tap)"


def median_run(runs: list[RunResult]) -> RunResult:
    """The run with the median throughput of its rounds (the lower one of two)."""
    return sorted(runs, key=lambda run: run.rate)[(len(runs) - 1) // 2]


def median_runs(rounds: Rounds) -> Runs:
    """Each bot's median run, for each number of people."""
    return {
        name: {users: median_run(runs) for users, runs in by_users.items() if runs}
        for name, by_users in rounds.items()
    }


def ratios(runs: list[RunResult], echoes: list[RunResult]) -> list[float]:
    """BackCoach's throughput over the echo bot's, round by round (each pair ran back to back)."""
    return [run.rate / echo.rate for run, echo in zip(runs, echoes, strict=True)]


def print_runs(rounds: Rounds, think_ms: float) -> None:
    """The echo table and one table per backend, for one pacing (median rounds)."""
    runs = median_runs(rounds)
    pace = _pace(think_ms)
    for name, title in ECHOES.items():
        if runs.get(name):
            print_table(
                f"{title}, 10 updates per person, {pace}",
                SHARED_HEADER,
                [_cells(run) for run in runs[name].values()],
            )
    echo, reference = rounds.get(ECHO, {}), rounds.get(ECHO_AIOHTTP, {})
    extra = ["echo updates/s", "vs echo", "echo p95 ms"]
    if reference:
        extra += ["aiohttp echo updates/s", "vs aiohttp echo"]
    for backend, backend_runs in runs.items():
        if backend in ECHOES:
            continue
        rows = []
        for n, run in backend_runs.items():
            every = rounds[backend][n]
            cells = [*_cells(run), *_echo_cells(every, echo.get(n, []))]
            if reference:
                cells += _echo_cells(every, reference.get(n, []))[:2]
            rows.append(cells)
        print_table(
            f"BackCoach full routine (python -m bot) on {backend}, 10 updates per person, {pace}",
            [*SHARED_HEADER, *extra],
            rows,
        )


STEP_NAMES = ["/routine", "pain", *(f"done {n}" for n in range(1, 8)), "pain after"]


def print_step_latency(rounds: Rounds, think_ms: float) -> None:
    """Median latency of each of the ten updates of a walk: where a walk's time goes."""
    runs = median_runs(rounds)
    rows = [
        [name, f"{users:,}", *(f"{ms:.1f}" for ms in run.step_p50_ms[: len(STEP_NAMES)])]
        for name, by_users in runs.items()
        for users, run in by_users.items()
        if run.step_p50_ms
    ]
    if rows:
        print_table(
            f"p50 ms of each update of a walk, {_pace(think_ms)}",
            ["bot", "users", *STEP_NAMES],
            rows,
        )


def _echo_cells(runs: list[RunResult], echoes: list[RunResult]) -> list[object]:
    """An echo bot's numbers in the same run (median round), beside BackCoach's."""
    if not runs or not echoes:
        return ["-", "-", "-"]
    echo = median_run(echoes)
    return [f"{echo.rate:,.0f}", _ratio_text(ratios(runs, echoes)), f"{echo.p95_ms:.1f}"]


def _ratio_text(each: list[float]) -> str:
    """The median of the per-round ratios, and every round's when there were several."""
    median = f"{statistics.median(each):.0%}"
    if len(each) < 2:
        return median
    return f"{median} ({'/'.join(f'{ratio:.0%}' for ratio in each)})"


def print_results(saturated: Rounds, paced: Rounds, think_ms: float) -> None:
    """Both pacings, the notes, and the verdict on each target."""
    if saturated:
        print_runs(saturated, 0.0)
        print_step_latency(saturated, 0.0)
    if paced:
        print_runs(paced, think_ms)
        print_step_latency(paced, think_ms)
    print(
        "\nupdates: answered with the expected reply (a person whose update failed gets an "
        "apology, counted\nin errors, and sends /routine to resume). done: walks finished; "
        "cut: still walking at the\ndeadline. fake CPU: the share of one core the fake Bot API "
        f"used (above {FAKE_BUSY:.0%} it may limit a run)."
    )
    print_table(
        "Targets (issue #6), each against the echo bot in the same run",
        ["target", "run", "BackCoach", "echo", "verdict"],
        verdicts(saturated, paced, think_ms),
    )


def verdicts(saturated: Rounds, paced: Rounds, think_ms: float) -> list[list[object]]:
    """PASS/FAIL per target and run; an incomplete or fake-bound run cannot pass.

    Throughput is the median of the per-round ratios: each round runs the echo bot and
    BackCoach back to back, so a ratio never compares minutes of different machine speed.

    Throughput is judged where people do not think (the bot is saturated). The p95 target is
    judged with think time (people tapping at a human pace, the latency they feel); the same
    percentile without think time is shown too: a closed loop of 100 people with no pause
    measures the queue in front of a saturated bot, which even the echo bot cannot keep short.
    """
    rows: list[list[object]] = []
    for echo_name, label in ((ECHO, "echo"), (ECHO_AIOHTTP, "aiohttp echo (reference)")):
        echo = saturated.get(echo_name, {})
        for backend, by_users in saturated.items():
            if backend in ECHOES:
                continue
            for users, runs in by_users.items():
                bases = echo.get(users, [])
                if not runs or not bases:
                    continue
                each = ratios(runs, bases)
                ok = statistics.median(each) >= THROUGHPUT_TARGET and all(
                    every.clean for every in (*runs, *bases)
                )
                rows.append(
                    [
                        f"throughput >= {THROUGHPUT_TARGET:.0%} of {label}",
                        f"{backend} N={users:,}",
                        f"{median_run(runs).rate:,.0f}/s = {_ratio_text(each)}",
                        f"{median_run(bases).rate:,.0f}/s",
                        _verdict(ok, *runs, *bases),
                    ]
                )
    medians = median_runs(saturated), median_runs(paced)
    for pacing, pace in ((medians[1], f"think {think_ms:g} ms"), (medians[0], "no think time")):
        target = pacing.get(P95_TARGET_BACKEND, {}).get(P95_TARGET_USERS)
        if target is None:
            continue
        base = pacing.get(ECHO, {}).get(P95_TARGET_USERS)
        ok = target.p95_ms < P95_TARGET_MS and target.clean and target.cut == 0
        rows.append(
            [
                f"p95 < {P95_TARGET_MS:g} ms",
                f"{P95_TARGET_BACKEND} N={P95_TARGET_USERS}, {pace}",
                f"{target.p95_ms:,.1f} ms",
                "-" if base is None else f"{base.p95_ms:,.1f} ms",
                _verdict(ok, target),
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
    if any(run.cut for run in runs):
        notes.append("cut at the deadline")
    if any(run.fake_share > FAKE_BUSY for run in runs):
        notes.append("fake busy")
    return ("PASS" if ok else "FAIL") + (f" ({', '.join(notes)})" if notes else "")
