"""Drive the real Application with real Update JSON; only Telegram's transport is fake."""

from __future__ import annotations

import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import SecretStr

from bot.app import BackCoachApp, build_application
from bot.content.languages import Languages, load_languages
from bot.settings import Settings
from bot.timer import Sleep
from tests.support.fakes import (
    TEST_TOKEN,
    FakeBotApi,
    FakeRequest,
    TelegramUser,
    UpdateFactory,
    to_update,
)
from tests.support.fakes.records import SentMessage

START = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)


@dataclass
class FakeClock:
    """A clock tests move by hand; no test sleeps."""

    now: datetime = START

    def __call__(self) -> datetime:
        """The current instant."""
        return self.now

    def advance(self, delta: timedelta) -> None:
        """Move time forward."""
        self.now += delta


async def instant_sleep(_seconds: float) -> None:
    """Countdowns finish at once in tests."""


@dataclass
class BotHarness:
    """The bot under test plus the fake Telegram it talks to."""

    app: BackCoachApp
    api: FakeBotApi
    clock: FakeClock
    factory: UpdateFactory = field(default_factory=UpdateFactory)

    def person(self, user_id: int, first_name: str = "Ada") -> TelegramUser:
        """A simulated Telegram user."""
        return self.factory.user(user_id, first_name=first_name)

    async def send(self, update: dict[str, object]) -> None:
        """Deliver one update through every handler, as polling would."""
        await self.app.process_update(to_update(update, self.app.bot))
        for bundle in self.app.bot_data.bundles.values():  # one ▶ timer per language
            await bundle.routine.timer.drain()

    async def tap(self, person: TelegramUser, label: str, message_id: int | None = None) -> None:
        """Press a button the bot actually shows this person."""
        await self.send(person.press_button(self.api, label, message_id))

    async def tick(self) -> int:
        """Run one nudge tick now (the JobQueue is not started in tests); returns nudges sent."""
        return await self.app.bot_data.tick.nudges.tick(self.app.bot)

    async def weekly_tick(self) -> int:
        """Run one weekly-summary tick now; returns summaries sent."""
        return await self.app.bot_data.tick.summaries.tick(self.app.bot)

    def texts(self, person: TelegramUser) -> list[str]:
        """What this person reads, in order: message texts and captions (exercises are captions)."""
        return [m.text or m.caption or "" for m in self.api.messages_to(person.chat_id)]

    def last_text(self, person: TelegramUser) -> str:
        """The newest message's text or caption."""
        last = self.last(person)
        return last.text or last.caption or ""

    def last(self, person: TelegramUser) -> SentMessage:
        """The newest message sent to this person."""
        return self.api.last_message(person.chat_id)

    def labels(self, person: TelegramUser) -> list[str]:
        """Button labels of the newest message with buttons."""
        for message in reversed(self.api.messages_to(person.chat_id)):
            if message.buttons:
                return [label for label, _ in message.buttons]
        return []


@cache
def shipped_languages() -> Languages:
    """The real content, loaded and checked once for every bot the tests start.

    A test that edits content starts its bot with its own `content_dir`, which is loaded anew.
    """
    return load_languages()


def make_settings(database_url: str, **overrides: Any) -> Settings:
    """Settings for tests; the base URL is never dialled because the transport is in-process."""
    values: dict[str, Any] = {
        "telegram_bot_token": SecretStr(TEST_TOKEN),
        "database_url": database_url,
        "telegram_api_base_url": "http://fake-bot-api.invalid",
        "rate_limit_per_second": 0,
        # Rendered animations are keyed by content, so every test run can share them.
        "media_cache_dir": Path(tempfile.gettempdir()) / "backcoach-test-media",
        **overrides,
    }
    return Settings(**values)


@asynccontextmanager
async def running_bot(
    database_url: str,
    *,
    clock: FakeClock | None = None,
    api: FakeBotApi | None = None,
    sleep: Sleep = instant_sleep,
    **settings: Any,
) -> AsyncIterator[BotHarness]:
    """Start the application as polling would (initialize + post_init), stop it afterwards.

    `sleep`: what the ▶ Timer waits with (default: no wait at all).
    """
    api = api or FakeBotApi()
    clock = clock or FakeClock()
    wanted = make_settings(database_url, **settings)
    app = build_application(
        wanted,
        request=FakeRequest(api),
        clock=clock,
        sleep=sleep,
        languages=shipped_languages() if wanted.content_dir is None else None,
        polling=False,
    )
    await app.initialize()
    if app.post_init is not None:
        await app.post_init(app)
    try:
        yield BotHarness(app=app, api=api, clock=clock)
    finally:
        await app.shutdown()
        if app.post_shutdown is not None:
            await app.post_shutdown(app)
