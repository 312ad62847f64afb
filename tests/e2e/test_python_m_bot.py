"""`python -m bot` over real HTTP: settings from the environment, a whole routine, clean errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.e2e.process import (
    REPO_ROOT,
    RemoteUser,
    bot_environment,
    bot_process,
    calls_with_token,
    run_until_exit,
)
from tests.support.fakes import TEST_TOKEN, ThreadedFakeBotApi, UpdateFactory

pytestmark = pytest.mark.e2e


def test_a_user_walks_a_whole_routine_against_the_real_process(tmp_path: Path) -> None:
    database_url = f"sqlite+aiosqlite:///{tmp_path / 'e2e.sqlite3'}"
    with ThreadedFakeBotApi() as server:
        env = bot_environment(server.base_url, database_url)
        with bot_process(env, tmp_path / "bot.log") as process:
            assert server.wait_for(
                lambda calls: any(c.method == "setMyCommands" for c in calls), 30
            )
            grace = RemoteUser(server, 9001, UpdateFactory())
            grace.onboard(consent=True)
            grace.command("/routine")
            grace.tap("8")
            for _ in range(7):
                grace.tap("✅ Done")
            grace.tap("5")
            # The summary, then the function check's offer (issue 19).
            summary = server.api.texts_to(grace.person.chat_id)[-2]
            assert "Done: 7" in summary
            assert "8 → 5" in summary
            assert process.poll() is None
        assert calls_with_token(server.api.snapshot())
    log = (tmp_path / "bot.log").read_text()
    assert TEST_TOKEN not in log
    assert TEST_TOKEN.split(":")[1] not in log


@pytest.mark.parametrize(
    ("token", "expected"),
    [(None, "TELEGRAM_BOT_TOKEN is missing"), ("not-a-token", "does not look like a bot token")],
    ids=["missing", "malformed"],
)
def test_a_missing_or_malformed_token_exits_2_with_one_clear_line(
    tmp_path: Path, token: str | None, expected: str
) -> None:
    env = bot_environment("http://127.0.0.1:9", f"sqlite+aiosqlite:///{tmp_path / 'x.sqlite3'}")
    env.pop("TELEGRAM_BOT_TOKEN")
    if token is not None:
        env["TELEGRAM_BOT_TOKEN"] = token
    exit_code, stderr = run_until_exit(env, tmp_path)
    assert exit_code == 2
    assert expected in stderr
    assert "Traceback" not in stderr
    assert len(stderr.strip().splitlines()) == 1
    assert REPO_ROOT.exists()


def test_broken_content_stops_the_bot_with_the_file_and_field_named(tmp_path: Path) -> None:
    broken = tmp_path / "content"
    shutil.copytree(REPO_ROOT / "content", broken)
    exercises = broken / "exercises.toml"
    exercises.write_text(exercises.read_text().replace('dose = "3 sets', 'dosage = "3 sets', 1))
    env = bot_environment("http://127.0.0.1:9", f"sqlite+aiosqlite:///{tmp_path / 'x.sqlite3'}")
    env["CONTENT_DIR"] = str(broken)
    exit_code, stderr = run_until_exit(env, tmp_path)
    assert exit_code == 2
    assert "exercises.toml" in stderr
    assert "dose" in stderr
    assert "Traceback" not in stderr
