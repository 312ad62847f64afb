"""`python -m bot` when the start goes wrong: a cosmetic failure is a warning, a fatal one a line.

A 5xx from setMyCommands only delays the command menu. A refused token, an unreachable Bot API
or an unreachable database end the process with one clear line and a documented exit code,
after the Bot API sessions and the database pool are closed: no traceback, no unclosed session.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content.languages import load_languages
from bot.menu import menus
from bot.startup import EXIT_DATABASE_UNREACHABLE, EXIT_TELEGRAM_UNREACHABLE, EXIT_TOKEN_REFUSED
from tests.e2e.process import RemoteUser, bot_environment, bot_process, run_until_exit
from tests.e2e.webhook import free_port
from tests.support.fakes import TEST_TOKEN, ThreadedFakeBotApi, UpdateFactory
from tests.support.fakes.records import ApiCall

pytestmark = pytest.mark.e2e


def menu_calls(calls: list[ApiCall]) -> list[bool]:
    """Whether each setMyCommands call was accepted, in order."""
    return [call.ok for call in calls if call.method == "setMyCommands"]


def test_a_5xx_from_set_my_commands_is_a_warning_and_the_menu_is_set_later(
    tmp_path: Path,
) -> None:
    database_url = f"sqlite+aiosqlite:///{tmp_path / 'menu.sqlite3'}"
    with ThreadedFakeBotApi() as server:
        server.api.fail_next("setMyCommands", error_code=502, description="Bad Gateway")
        env = bot_environment(server.base_url, database_url)
        with bot_process(env, tmp_path / "bot.log") as process:
            assert server.wait_for(lambda calls: menu_calls(calls) == [False], 30)
            grace = RemoteUser(server, 9101, UpdateFactory())
            grace.command("/help")
            assert "/routine" in grace.last_text(), "the bot serves people without its menu"
            # The retry sets every language's menu: the default one and each translated one.
            every = [False] + [True] * len(menus(load_languages()))
            assert server.wait_for(lambda calls: menu_calls(calls) == every, 20)
            assert process.poll() is None
    log = (tmp_path / "bot.log").read_text()
    assert "level=WARNING logger=bot.menu msg=command menu not set" in log
    assert "msg=command menu set" in log
    assert "Traceback" not in log
    assert "level=ERROR" not in log


def assert_one_clear_line(stderr: str, expected: str) -> None:
    """Logs may precede it, but the reason is one line, and nothing is left open or leaked."""
    reasons = [line for line in stderr.splitlines() if line.startswith("backcoach:")]
    assert len(reasons) == 1, stderr
    assert expected in reasons[0]
    assert "Traceback" not in stderr
    assert "Unclosed" not in stderr
    assert "level=ERROR" not in stderr
    assert TEST_TOKEN.split(":")[1] not in stderr


def test_a_refused_token_exits_3_with_one_clear_line(tmp_path: Path) -> None:
    with ThreadedFakeBotApi() as server:
        server.api.fail_next("getMe", error_code=401, description="Unauthorized", times=5)
        env = bot_environment(server.base_url, f"sqlite+aiosqlite:///{tmp_path / 't.sqlite3'}")
        exit_code, stderr = run_until_exit(env, tmp_path)
    assert exit_code == EXIT_TOKEN_REFUSED == 3
    assert_one_clear_line(stderr, "Telegram refused the bot token")


def test_an_unreachable_bot_api_exits_4_with_one_clear_line(tmp_path: Path) -> None:
    nobody = f"http://127.0.0.1:{free_port()}"
    env = bot_environment(nobody, f"sqlite+aiosqlite:///{tmp_path / 'u.sqlite3'}")
    exit_code, stderr = run_until_exit(env, tmp_path)
    assert exit_code == EXIT_TELEGRAM_UNREACHABLE == 4
    assert_one_clear_line(stderr, f"the Bot API at {nobody} failed while calling getMe")


def test_an_unreachable_database_exits_5_with_one_clear_line(tmp_path: Path) -> None:
    database_url = f"postgresql+asyncpg://backcoach:pw-4471@127.0.0.1:{free_port()}/nowhere"
    with ThreadedFakeBotApi() as server:
        env = bot_environment(server.base_url, database_url)
        exit_code, stderr = run_until_exit(env, tmp_path)
    assert exit_code == EXIT_DATABASE_UNREACHABLE == 5
    assert_one_clear_line(stderr, "the database failed while migrating the database")
    assert "pw-4471" not in stderr
