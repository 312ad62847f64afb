"""The benchmarks stay runnable: a tiny fan-out sends every nudge, three people walk the press
bench (no timing is asserted; bench.press raises if a walk does not finish)."""

from __future__ import annotations

from pathlib import Path

from bench import crowd, press, steps
from bench.nudge_fanout import fanout


async def test_a_small_fan_out_sends_one_nudge_per_due_user(tmp_path: Path) -> None:
    row = await fanout(f"sqlite+aiosqlite:///{tmp_path / 'fan.sqlite3'}", 120, tmp_path)
    users, _query_ms, sent = row[0], row[1], row[2]
    assert (users, sent) == (120, 120)


async def test_the_press_benchmark_walks_every_routine(tmp_path: Path) -> None:
    rate, cpu_ms = await press.run(f"sqlite+aiosqlite:///{tmp_path / 'press.sqlite3'}", 3, 1)
    assert rate > 0
    assert cpu_ms > 0


async def test_the_steps_benchmark_times_every_step_of_every_walk(database_url: str) -> None:
    clock = await steps.run(database_url, 3)
    assert all(len(clock.wall[name]) == 3 == len(clock.cpu[name]) for name in steps.STEPS)
    assert all(clock.statements[name] > 0 for name in steps.STEPS)


def test_the_crowd_benchmark_sends_everyone_late_but_never_skips(tmp_path: Path) -> None:
    days = crowd.run(users=300, rate=2, days=2, max_late=1, workdir=tmp_path)
    assert [day.statuses for day in days] == [{"sent": 300}, {"sent": 300}]
    assert max(days[0].delays.values()) > 60 * 2  # 150 s of sending: far past max_late
    correlation, _last_again = crowd.fairness(days[0], days[1])
    assert correlation < 0.5
