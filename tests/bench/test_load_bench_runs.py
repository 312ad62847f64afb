"""bench.load stays runnable: two people walk the routine on SQLite, and two each echo bot."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.load_run import Options, render_animations, run_once

pytestmark = pytest.mark.e2e


async def test_two_people_finish_the_routine_and_the_echo_walk(tmp_path: Path) -> None:
    options = Options(tmp_path, tmp_path / "media", deadline=60)
    await render_animations(options.media_dir)
    url = f"sqlite+aiosqlite:///{tmp_path / 'load.sqlite3'}"
    routine = await run_once("routine", 2, url, options, "routine")
    echo = await run_once("echo", 2, None, options, "echo")
    reference = await run_once("echo-aiohttp", 2, None, options, "echo-aiohttp")
    for run in (routine, echo, reference):
        assert (run.finished, run.stalled, run.cut, run.errors) == (2, 0, 0, 0)
        assert run.updates == 20
        assert run.bot_cpu >= 0
        assert run.peak_rss_mb > 0


async def test_new_people_take_turns_until_the_minimum_is_timed(tmp_path: Path) -> None:
    options = Options(tmp_path, tmp_path / "media", deadline=60, min_updates=40)
    await render_animations(options.media_dir)
    url = f"sqlite+aiosqlite:///{tmp_path / 'turns.sqlite3'}"
    routine = await run_once("routine", 2, url, options, "routine")
    assert routine.walks == 2  # two places, two people each: 4 walks of 10 updates
    assert (routine.finished, routine.stalled, routine.cut, routine.errors) == (4, 0, 0, 0)
    assert routine.updates == 40
