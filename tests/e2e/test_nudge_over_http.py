"""The whole reminder path once over HTTP: `python -m bot`, /timezone, /remind, and the nudge."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.e2e.process import RemoteUser, bot_environment, bot_process
from tests.support.fakes import ThreadedFakeBotApi, UpdateFactory

pytestmark = pytest.mark.e2e
TICK_SECONDS = 1.0


def test_a_reminder_set_for_the_next_minute_arrives_within_it(tmp_path: Path) -> None:
    database_url = f"sqlite+aiosqlite:///{tmp_path / 'nudge.sqlite3'}"
    with ThreadedFakeBotApi() as server:
        env = bot_environment(server.base_url, database_url, NUDGE_TICK_SECONDS=str(TICK_SECONDS))
        with bot_process(env, tmp_path / "bot.log"):
            assert server.wait_for(
                lambda calls: any(c.method == "setMyCommands" for c in calls), 30
            )
            lin = RemoteUser(server, 9101, UpdateFactory())
            lin.onboard(consent=False)
            now = datetime.now(UTC)
            next_minute = (now + timedelta(minutes=1)).replace(second=0, microsecond=0)
            lin.command(f"/remind {next_minute:%H:%M}")
            assert f"{next_minute:%H:%M}" in lin.last_text()
            deadline = (next_minute - datetime.now(UTC)).total_seconds() + 60 + TICK_SECONDS + 5
            arrived = server.wait_for(
                lambda calls: any(
                    c.method == "sendMessage"
                    and c.chat_id == 9101
                    and "skp:" in str(c.params.get("reply_markup"))
                    for c in calls
                ),
                timeout=deadline,
            )
            assert arrived, "the nudge did not arrive in time"
            nudge = next(
                c for c in server.api.snapshot() if "skp:" in str(c.params.get("reply_markup"))
            )
            assert nudge.at > 0
            assert datetime.now(UTC) >= next_minute
