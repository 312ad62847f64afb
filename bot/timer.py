"""The ▶ Timer countdown: a UI aid that edits one message every few seconds."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from telegram import Bot
from telegram.error import TelegramError

from bot.content import TextKey, Texts

logger = logging.getLogger(__name__)

Sleep = Callable[[float], Awaitable[None]]


class CountdownTimer:
    """Runs countdowns as background tasks, one per (chat, session, version) at a time."""

    def __init__(self, texts: Texts, tick_seconds: float, sleep: Sleep = asyncio.sleep) -> None:
        self._texts = texts
        self._tick = tick_seconds
        self._sleep = sleep
        self._running: set[tuple[int, int, int]] = set()
        self._tasks: set[asyncio.Task[None]] = set()

    def start(self, bot: Bot, chat_id: int, seconds: int, key: tuple[int, int, int]) -> bool:
        """Start a countdown unless the same one is already running (a double tap)."""
        if key in self._running:
            return False
        self._running.add(key)
        task = asyncio.create_task(self._run(bot, chat_id, seconds, key))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return True

    async def drain(self) -> None:
        """Wait for running countdowns (tests and shutdown)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def _run(self, bot: Bot, chat_id: int, seconds: int, key: tuple[int, int, int]) -> None:
        """Send the countdown, edit it at most every tick, and finish with a short line."""
        try:
            message = await bot.send_message(chat_id, self._remaining(seconds))
            remaining = seconds
            while remaining > 0:
                step = min(self._tick, remaining)
                await self._sleep(step)
                remaining = max(0, round(remaining - step))
                text = (
                    self._remaining(remaining)
                    if remaining
                    else self._texts.render(TextKey.ROUTINE_TIMER_DONE)
                )
                await bot.edit_message_text(text, chat_id=chat_id, message_id=message.message_id)
        except TelegramError as error:
            logger.warning("countdown stopped chat=%s error=%s", chat_id, type(error).__name__)
        finally:
            self._running.discard(key)

    def _remaining(self, seconds: int) -> str:
        """The countdown line."""
        return self._texts.render(TextKey.ROUTINE_TIMER_RUNNING, remaining=seconds)
