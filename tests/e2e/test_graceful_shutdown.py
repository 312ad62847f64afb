"""SIGTERM in the middle of a 1,000-user fan-out, then a restart: each user gets one nudge."""

from __future__ import annotations

import asyncio
import signal
import time
from collections import Counter
from pathlib import Path

import pytest

from db.models import Nudge
from tests.e2e.process import bot_environment, bot_process, nudged_chats, seed_due_users
from tests.support.dbcheck import fetch_all
from tests.support.fakes import ThreadedFakeBotApi

pytestmark = pytest.mark.e2e

USERS = 1000
FIRST_ID = 20_000
STOP_AFTER = 150


def test_sigterm_mid_fan_out_then_restart_sends_each_nudge_exactly_once(
    fanout_url: str, tmp_path: Path
) -> None:
    asyncio.run(seed_due_users(fanout_url, USERS, FIRST_ID))
    everyone = set(range(FIRST_ID, FIRST_ID + USERS))
    with ThreadedFakeBotApi() as server:
        env = bot_environment(
            server.base_url,
            fanout_url,
            NUDGE_TICK_SECONDS="0.5",
            RATE_LIMIT_PER_SECOND="150",
            NUDGE_BATCH_SIZE="500",  # one big claim, so SIGTERM surely lands inside it
            DEMOS_ENABLED="false",
            LOG_LEVEL="INFO",
        )
        with bot_process(env, tmp_path / "first.log") as first:
            assert server.wait_for(
                lambda calls: sum(nudged_chats(calls).values()) >= STOP_AFTER, 60
            )
            first.send_signal(signal.SIGTERM)
            assert first.wait(timeout=60) == 0
        sent_before_restart = nudged_chats(server.api.snapshot())
        with bot_process(env, tmp_path / "second.log"):
            assert server.wait_for(lambda calls: everyone <= set(nudged_chats(calls)), 60)
            time.sleep(1.5)  # a few more ticks after the last nudge: none may repeat
        nudges = nudged_chats(server.api.snapshot())
    assert STOP_AFTER <= sum(sent_before_restart.values()) < USERS, "SIGTERM missed the fan-out"
    assert set(nudges) == everyone
    assert {chat for chat, count in nudges.items() if count != 1} == set()
    rows = asyncio.run(fetch_all(fanout_url, Nudge))
    assert Counter(row.status for row in rows) == {"sent": USERS}
    # A released nudge gave its attempt back: every nudge went out on its first counted attempt.
    assert Counter(row.attempts for row in rows) == {1: USERS}
    first_log = (tmp_path / "first.log").read_text()
    assert "nudges released on shutdown" in first_log
    assert "msg=stopped" in first_log
