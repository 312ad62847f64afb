"""Production topology: the real Caddy in front of two `python -m bot` replicas on PostgreSQL.

People walk whole routines through the proxy while one replica is rolled (SIGTERM, a new one
started in its slot) and the other is then killed with SIGKILL. Every update is acknowledged,
every walk finishes once, no step is applied or answered twice, and the proxy hides /healthz,
passes 403 for an unsigned post, and keeps the webhook secret out of its logs.
"""

from __future__ import annotations

import asyncio
import json
import signal
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from tests.conftest import postgres_url, reset_postgres
from tests.deploy.topology import FakeTelegram, Walker, caddy_proxy, replica_on
from tests.e2e.webhook import HOOK_PATH, SECRET, Replica, free_port
from tests.support.dbcheck import ratings_of, results_of, sessions_of
from tests.support.fakes import ThreadedFakeBotApi, UpdateFactory

pytestmark = [pytest.mark.e2e, pytest.mark.postgres]

WALKERS = range(8301, 8307)
EXERCISES = 7


def in_parallel(walkers: list[Walker], step: Callable[[Walker], None]) -> None:
    """One step for every walker at once; any failure fails the test."""
    with ThreadPoolExecutor(max_workers=len(walkers)) as pool:
        for future in [pool.submit(step, walker) for walker in walkers]:
            future.result()


def wait_serving(*replicas: Replica) -> None:
    """Each replica answers its own /healthz (it migrated and set the webhook)."""
    for replica in replicas:
        replica.wait_until_serving(timeout=30)


def done_buttons(server: ThreadedFakeBotApi, chat_id: int) -> int:
    """Exercise messages sent to one person (each card's ✅ Done retires once it is pressed)."""
    return sum(
        1
        for message in server.api.messages_to(chat_id)
        if (message.caption or message.text or "").startswith("🏋️")
    )


def check_the_edge(server: ThreadedFakeBotApi, proxy: str, replica: Replica) -> None:
    """/healthz is hidden outside (there inside); an unsigned post is refused with 403."""
    assert httpx.get(f"{proxy}/healthz", timeout=10).status_code == 404
    assert replica.health().status_code == 200
    stranger = UpdateFactory.shared().user(8399)
    unsigned = httpx.post(f"{proxy}{HOOK_PATH}", json=stranger.command("/help"), timeout=10)
    assert unsigned.status_code == 403
    assert server.api.messages_to(8399) == []


def rolling_restart(walkers: list[Walker], replica: Replica) -> None:
    """SIGTERM a replica while people keep walking; it finishes its updates and exits 0."""
    with ThreadPoolExecutor(max_workers=1) as background:
        walking = background.submit(in_parallel, walkers, lambda w: w.done(3, pause=0.05))
        time.sleep(0.1)
        replica.process.send_signal(signal.SIGTERM)
        assert replica.process.wait(timeout=30) == 0
        walking.result(timeout=60)


def test_walks_survive_a_rolling_restart_and_a_killed_replica_behind_caddy(
    tmp_path: Path,
) -> None:
    url = postgres_url()
    if url is None:
        pytest.skip("TEST_POSTGRES_URL is not set")
    asyncio.run(reset_postgres(url))
    started = time.monotonic()
    first_port, second_port = free_port(), free_port()
    with (
        ThreadedFakeBotApi() as server,
        replica_on(server, url, first_port, tmp_path / "a.log") as a,
        replica_on(server, url, second_port, tmp_path / "b.log") as b,
        caddy_proxy(tmp_path, [first_port, second_port]) as (proxy, caddy_log),
    ):
        wait_serving(a, b)
        telegram = FakeTelegram(proxy)
        try:
            check_the_edge(server, proxy, a)
            walkers = [Walker(server, telegram, uid) for uid in WALKERS]
            in_parallel(walkers, Walker.onboard)
            in_parallel(walkers, Walker.start_routine)
            rolling_restart(walkers, a)
            with replica_on(server, url, first_port, tmp_path / "c.log") as c:
                wait_serving(c)
                # SIGKILL replica B between steps: Caddy's dial to it is refused and retried
                # on C, so no post sees an error.
                b.process.send_signal(signal.SIGKILL)
                b.process.wait(timeout=10)
                time.sleep(2.5)  # C's slot is out of A's 503 penalty (2 s in this test)
                before_kill = telegram.seen()
                in_parallel(walkers, lambda w: w.done(EXERCISES - 3))
                in_parallel(walkers, lambda w: w.tap("5"))
                after_kill = telegram.seen() - before_kill
                assert set(after_kill) == {200}, f"not routed around: {after_kill}"
        finally:
            telegram.close()
        statuses = telegram.seen()
    for user_id in WALKERS:
        sessions = asyncio.run(sessions_of(url, user_id))
        assert len(sessions) == 1
        assert sessions[0].finished_at is not None
        results = asyncio.run(results_of(url, sessions[0].id))
        assert [r.position for r in results] == list(range(EXERCISES))
        assert {r.outcome for r in results} == {"done"}
        ratings = asyncio.run(ratings_of(url, user_id))
        assert sorted((r.kind, r.score) for r in ratings) == [("after", 5), ("before", 8)]
        assert done_buttons(server, user_id) == EXERCISES, "a step was answered twice"
        assert "Done: 7" in server.api.texts_to(user_id)[-2]  # then the function check's offer
    assert set(statuses) <= {200, 502, 503, 504}, statuses
    caddy_lines = caddy_log.read_text().splitlines()
    assert SECRET not in "\n".join(caddy_lines)
    proxied = [json.loads(line) for line in caddy_lines if HOOK_PATH in line]
    assert any(e.get("logger", "").startswith("http.log.access") for e in proxied)
    with_headers = [e for e in proxied if "headers" in e.get("request", {})]
    assert with_headers, "Caddy's logs show no request headers: the filter is not exercised"
    for log in ("a.log", "b.log", "c.log"):
        assert "Traceback" not in (tmp_path / log).read_text()
    assert time.monotonic() - started < 60
