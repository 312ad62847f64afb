"""The benchmarks stay runnable: a tiny fan-out sends every nudge (no timing is asserted)."""

from __future__ import annotations

from pathlib import Path

from bench.nudge_fanout import fanout


async def test_a_small_fan_out_sends_one_nudge_per_due_user(tmp_path: Path) -> None:
    row = await fanout(f"sqlite+aiosqlite:///{tmp_path / 'fan.sqlite3'}", 120, tmp_path)
    users, _query_ms, sent = row[0], row[1], row[2]
    assert (users, sent) == (120, 120)
