"""SIGKILL in the middle of a fan-out, then a restart: nobody twice, nobody lost for nothing.

`python -m bot` sends to 300 due users through a slow fake Bot API and is killed without
warning. Only requests in flight at that moment may end in doubt ('sending', later 'unknown');
every delivered nudge the bot heard back about is 'sent', and the claimed-but-never-attempted
ones go back to the pool when their lease runs out and are sent once by the restarted process.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from db.models import Nudge
from tests.e2e.process import bot_environment, bot_process, nudged_chats, seed_due_users
from tests.support.dbcheck import fetch_all
from tests.support.fakes import ThreadedFakeBotApi

pytestmark = pytest.mark.e2e

USERS = 300
FIRST_ID = 30_000
KILL_AFTER = 60
RATE = 100
LATENCY = 0.1
# Requests in flight at the kill: at most the 64 concurrent sends (a send's slot is held until
# its outcome is committed); about RATE x (LATENCY + one group-committed write) in practice.
IN_FLIGHT_BOUND = 64


def test_sigkill_mid_fan_out_then_restart_loses_and_doubles_nothing(
    fanout_url: str, tmp_path: Path
) -> None:
    asyncio.run(seed_due_users(fanout_url, USERS, FIRST_ID))
    everyone = set(range(FIRST_ID, FIRST_ID + USERS))
    with ThreadedFakeBotApi() as server:
        server.api.set_latency(LATENCY)
        env = bot_environment(
            server.base_url,
            fanout_url,
            NUDGE_TICK_SECONDS="0.3",
            NUDGE_BATCH_SIZE="25",
            NUDGE_LEASE_SECONDS="2",
            RATE_LIMIT_PER_SECOND=str(RATE),
            DEMOS_ENABLED="false",
            LOG_LEVEL="INFO",
        )
        with bot_process(env, tmp_path / "killed.log") as killed:
            assert server.wait_for(
                lambda calls: sum(nudged_chats(calls).values()) >= KILL_AFTER, 60
            )
            killed.kill()
            killed.wait(timeout=10)
        time.sleep(LATENCY * 3)  # requests the fake already took finish answering
        before_restart = set(nudged_chats(server.api.snapshot()))
        with bot_process(env, tmp_path / "restarted.log"):
            server.wait_for(lambda calls: everyone <= set(nudged_chats(calls)), 30)
            time.sleep(1.5)  # a few more ticks after the last nudge: none may repeat
        nudges = nudged_chats(server.api.snapshot())
    assert KILL_AFTER <= len(before_restart) < USERS, "the kill missed the fan-out"
    assert {chat for chat, count in nudges.items() if count > 1} == set()
    rows = {row.user_id: row for row in asyncio.run(fetch_all(fanout_url, Nudge))}
    assert set(rows) == everyone
    sent = {user for user, row in rows.items() if row.status == "sent"}
    in_doubt = {user for user, row in rows.items() if row.status != "sent"}
    assert sent <= set(nudges)  # 'sent' only for what really arrived
    assert {rows[user].status for user in in_doubt} <= {"sending", "unknown"}
    assert in_doubt <= before_restart | (everyone - set(nudges))  # attempted by the killed one
    assert len(in_doubt) <= IN_FLIGHT_BOUND, f"{len(in_doubt)} in doubt"
    print(f"in doubt after the kill: {len(in_doubt)} of {USERS}")  # shown with pytest -s
    assert everyone - set(nudges) <= in_doubt  # never-attempted ones were all sent after all
    assert {rows[user].attempts for user in everyone} == {1}
    assert "Traceback" not in (tmp_path / "restarted.log").read_text()
