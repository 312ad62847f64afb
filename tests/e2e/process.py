"""Run `python -m bot` as a real subprocess against the HTTP fake Bot API."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.conftest import reset_postgres
from tests.support.fakes import TEST_TOKEN, TelegramUser, ThreadedFakeBotApi, UpdateFactory
from tests.support.fakes.records import ApiCall
from tests.support.seeding import fresh_schema, seed_users

REPO_ROOT = Path(__file__).resolve().parents[2]
# How long the bot must stay silent before a reply counts as complete.
SETTLE_SECONDS = 0.25


def bot_environment(base_url: str, database_url: str, **extra: str) -> dict[str, str]:
    """A clean environment: only what the bot documents, plus PATH."""
    return {
        "PATH": os.environ.get("PATH", ""),
        "TELEGRAM_BOT_TOKEN": TEST_TOKEN,
        "DATABASE_URL": database_url,
        "TELEGRAM_API_BASE_URL": base_url,
        "LOG_LEVEL": "DEBUG",
        "RATE_LIMIT_PER_SECOND": "0",
        **extra,
    }


async def seed_due_users(url: str, count: int, first_id: int) -> None:
    """A fresh schema with `count` users whose nudge fell due a minute ago."""
    if url.startswith("postgresql"):
        await reset_postgres(url)
    engine = await fresh_schema(url)
    await seed_users(engine, count, datetime.now(UTC) - timedelta(minutes=1), first_id=first_id)
    await engine.dispose()


@contextmanager
def bot_process(env: dict[str, str], log_path: Path) -> Iterator[subprocess.Popen[bytes]]:
    """Start the bot, and always stop it (SIGTERM, then SIGKILL) at the end."""
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot"], cwd=REPO_ROOT, env=env, stdout=log, stderr=log
        )
        try:
            yield process
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


class RemoteUser:
    """A simulated person talking to the bot through the HTTP fake's update queue."""

    def __init__(self, server: ThreadedFakeBotApi, user_id: int, factory: UpdateFactory) -> None:
        self.server = server
        self.person: TelegramUser = factory.user(user_id, first_name="Grace")

    def _sent_count(self) -> int:
        return len(self.server.api.messages_to(self.person.chat_id))

    def _await_reply(self, before: int, what: str) -> None:
        """Wait until the bot has replied and then gone quiet (a reply can be several calls)."""
        if not self.server.wait_for(lambda _calls: self._sent_count() > before, timeout=20):
            raise AssertionError(f"no reply to {what}")
        seen, quiet_since = len(self.server.api.snapshot()), time.monotonic()
        while time.monotonic() - quiet_since < SETTLE_SECONDS:
            time.sleep(0.02)
            now_seen = len(self.server.api.snapshot())
            if now_seen != seen:
                seen, quiet_since = now_seen, time.monotonic()

    def say(self, update: dict[str, object], what: str) -> None:
        """Queue an update and wait for the bot's reply."""
        before = self._sent_count()
        self.server.queue_update(update)
        self._await_reply(before, what)

    def command(self, text: str) -> None:
        """Send a command and wait for the reply."""
        self.say(self.person.command(text), text)

    def tap(self, label: str) -> None:
        """Tap a button the bot shows and wait for the reply."""
        self.say(self.person.press_button(self.server.api, label), label)

    def onboard(self, *, consent: bool, zone: str = "UTC", remind: str = "0900") -> None:
        """/start and answer every onboarding question with buttons, as a person would."""
        self.command("/start")
        self.tap("c:y" if consent else "c:n")
        self.tap("sc:0000:ok")
        self.tap(f"tz:{zone}")
        self.tap("gl:7")
        self.tap(f"rm:{remind}")
        self.tap("bd:y")

    def last_text(self) -> str:
        """The newest message's text."""
        last = self.server.api.last_message(self.person.chat_id)
        return last.text or last.caption or ""


def run_until_exit(env: dict[str, str], cwd: Path) -> tuple[int, str]:
    """Run `python -m bot` expecting it to stop by itself; return its exit code and stderr."""
    result = subprocess.run(
        [sys.executable, "-m", "bot"],
        cwd=cwd,
        env=env,
        capture_output=True,
        timeout=60,
        check=False,
    )
    return result.returncode, result.stderr.decode()


def calls_with_token(calls: list[ApiCall]) -> bool:
    """Whether the bot addressed the fake with the configured token."""
    return any(call.token == TEST_TOKEN for call in calls)


def nudged_chats(calls: list[ApiCall]) -> Counter[int]:
    """Daily nudges per chat (the nudge carries the skip-today button)."""
    return Counter(
        int(str(call.chat_id))
        for call in calls
        if call.method == "sendMessage"
        and call.ok
        and "skp:" in str(call.params.get("reply_markup"))
    )
