"""bench.load's verdict: each BackCoach run is judged against the echo run of its own round."""

from __future__ import annotations

import pytest

from bench.load_report import ECHO, Rounds, median_run, ratios, verdicts
from bench.load_run import RunResult


def run(bot: str, rate: float, *, errors: int = 0) -> RunResult:
    """A saturating run of one person that answered `rate` updates in one second."""
    return RunResult(
        bot=bot,
        users=1,
        finished=1,
        stalled=0,
        cut=0,
        updates=int(rate),
        errors=errors,
        wall=1.0,
        p50_ms=1.0,
        p95_ms=2.0,
        p99_ms=3.0,
        bot_cpu=0.5,
        peak_rss_mb=100.0,
        fake_cpu=0.2,
    )


def rounds(echo: list[float], sqlite: list[float], *, errors: int = 0) -> Rounds:
    """Interleaved rounds of the echo bot and BackCoach on SQLite, one person."""
    return {
        ECHO: {1: [run("echo", rate) for rate in echo]},
        "sqlite": {1: [run("routine", rate, errors=errors) for rate in sqlite]},
    }


def throughput_verdict(saturated: Rounds) -> list[object]:
    """The one throughput row of the verdict table."""
    (row,) = verdicts(saturated, {}, 0.0)
    return row


def test_the_median_run_is_the_middle_rate_or_the_lower_of_two() -> None:
    runs = [run("echo", rate) for rate in (300, 460, 450)]
    assert median_run(runs).rate == 450
    assert median_run(runs[:2]).rate == 300


def test_ratios_pair_the_runs_of_each_round() -> None:
    echo = [run("echo", rate) for rate in (400, 200)]
    bot = [run("routine", rate) for rate in (200, 150)]
    assert ratios(bot, echo) == [0.5, 0.75]


@pytest.mark.parametrize(
    ("echo", "sqlite", "shown", "verdict"),
    [
        pytest.param([400], [200], "200/s = 50%", "PASS", id="one round at the target"),
        pytest.param([400], [196], "196/s = 49%", "FAIL", id="one round just short"),
        # Medians of the rates alone (160 / 450 = 36%) would compare a slow minute of
        # BackCoach with a fast minute of the echo bot.
        pytest.param(
            [300, 460, 450],
            [160, 240, 150],
            "160/s = 52% (53%/52%/33%)",
            "PASS",
            id="judged round by round",
        ),
        pytest.param(
            [300, 300, 300],
            [200, 140, 100],
            "140/s = 47% (67%/47%/33%)",
            "FAIL",
            id="one good round does not pass",
        ),
    ],
)
def test_throughput_is_the_median_of_the_per_round_ratios(
    echo: list[float], sqlite: list[float], shown: str, verdict: str
) -> None:
    row = throughput_verdict(rounds(echo, sqlite))
    assert row[1:3] == ["sqlite N=1", shown]
    assert row[4] == verdict


def test_a_round_with_failed_updates_fails_the_target() -> None:
    row = throughput_verdict(rounds([300, 300, 300], [290, 290, 290], errors=1))
    assert row[4] == "FAIL (updates failed)"
