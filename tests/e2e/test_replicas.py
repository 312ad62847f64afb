"""Two webhook replicas, one PostgreSQL, one fake Telegram: any replica serves any user, once."""

from __future__ import annotations

import asyncio
import re
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from db.engine import create_engine
from db.models import Nudge
from tests.conftest import postgres_url
from tests.e2e.process import nudged_chats
from tests.e2e.webhook import Replica, WebhookUser, webhook_replica
from tests.support.dbcheck import fetch_all, ratings_of, results_of, sessions_of
from tests.support.fakes import ThreadedFakeBotApi, UpdateFactory
from tests.support.seeding import fresh_schema, seed_users

pytestmark = [pytest.mark.e2e, pytest.mark.postgres]

WALKERS = range(8101, 8109)
DUE_USERS = 300
FIRST_DUE_ID = 60_000
EXERCISES = 7
# The default claim size (NUDGE_BATCH_SIZE=50) at a rate that makes the fan-out last a while.
SHARED_FAN_OUT = {"NUDGE_TICK_SECONDS": "0.3", "RATE_LIMIT_PER_SECOND": "200"}


async def prepare(url: str) -> None:
    """A fresh schema."""
    await (await fresh_schema(url)).dispose()


async def make_due(url: str) -> None:
    """Users whose nudge is due right now, added once both replicas run."""
    engine = create_engine(url)
    await seed_users(
        engine, DUE_USERS, datetime.now(UTC) - timedelta(minutes=1), first_id=FIRST_DUE_ID
    )
    await engine.dispose()


def walk(server: ThreadedFakeBotApi, user_id: int, replicas: list[Replica]) -> None:
    """Onboard and do the full routine, each update posted to the other replica than the last."""
    user = WebhookUser(server, user_id, UpdateFactory.shared())
    user.onboard(replicas)
    a, b = replicas if user_id % 2 else replicas[::-1]
    user.command(a, "/routine")
    user.tap(b, "8")
    for step in range(EXERCISES):
        user.tap((a, b)[step % 2], "✅ Done")
    user.tap(a, "5")


def test_two_replicas_complete_every_routine_and_share_the_fan_out_sending_each_once(
    tmp_path: Path,
) -> None:
    url = postgres_url()
    if url is None:
        pytest.skip("TEST_POSTGRES_URL is not set")
    asyncio.run(prepare(url))
    with (
        ThreadedFakeBotApi() as server,
        webhook_replica(server, url, tmp_path / "a.log", **SHARED_FAN_OUT) as first,
        webhook_replica(server, url, tmp_path / "b.log", **SHARED_FAN_OUT) as second,
    ):
        asyncio.run(make_due(url))
        with ThreadPoolExecutor(max_workers=len(WALKERS)) as pool:
            for finished in [pool.submit(walk, server, uid, [first, second]) for uid in WALKERS]:
                finished.result()
        due = set(range(FIRST_DUE_ID, FIRST_DUE_ID + DUE_USERS))
        assert server.wait_for(lambda calls: due <= set(nudged_chats(calls)), 60)
        time.sleep(1.5)  # let both replicas tick a few more times: no repeats may follow
        nudges = nudged_chats(server.api.snapshot())
    assert {chat for chat, count in nudges.items() if count > 1} == set()
    assert due <= set(nudges)
    rows = asyncio.run(fetch_all(url, Nudge))
    assert Counter(row.status for row in rows if row.user_id in due) == {"sent": DUE_USERS}
    for user_id in WALKERS:
        sessions = asyncio.run(sessions_of(url, user_id))
        assert len(sessions) == 1
        assert sessions[0].finished_at is not None
        results = asyncio.run(results_of(url, sessions[0].id))
        assert [r.position for r in results] == list(range(EXERCISES))
        assert {r.outcome for r in results} == {"done"}
        ratings = asyncio.run(ratings_of(url, user_id))
        assert sorted((r.kind, r.score) for r in ratings) == [("after", 5), ("before", 8)]
    logs = [(tmp_path / name).read_text() for name in ("a.log", "b.log")]
    assert "Traceback" not in "".join(logs)
    shares = [sum(map(int, re.findall(r"msg=nudges sent count=(\d+)", log))) for log in logs]
    assert sum(shares) == DUE_USERS
    assert min(shares) > 0, f"one replica sent them all: {shares}"
