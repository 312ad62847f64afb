"""The ▶ Timer: one tap runs the dose's whole sequence of holds, switches and rests.

It edits one message ("Round 2 of 3 / ⏱ Left side: 15 s") at most once a tick, so never more
than one edit every few seconds per chat (one timer per chat at a time; every call goes through
the bot's one rate limiter), and ends with a new message carrying ✅ Done, so the phone
notifies. It is a UI aid: it records nothing itself, and its Done button carries the session's
version like the exercise's own, so a second Done is only "already noted".
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence

from telegram import Bot, Message
from telegram.error import TelegramError

from bot.content import TextKey, Texts
from bot.content.plans import Interval
from bot.views.outgoing import OutMessage, ptb_markup

logger = logging.getLogger(__name__)

Sleep = Callable[[float], Awaitable[None]]
StillCurrent = Callable[[], Awaitable[bool]]


class CountdownTimer:
    """Runs timed sequences as background tasks, one per chat at a time."""

    def __init__(self, texts: Texts, tick_seconds: float, sleep: Sleep = asyncio.sleep) -> None:
        self._texts = texts
        self._tick = tick_seconds
        self._sleep = sleep
        self._running: set[int] = set()
        self._tasks: set[asyncio.Task[None]] = set()

    def start(
        self,
        bot: Bot,
        chat_id: int,
        intervals: Sequence[Interval],
        finish: OutMessage,
        still_current: StillCurrent,
    ) -> bool:
        """Start the sequence; False (and nothing started) while one already runs in this chat.

        `finish` is sent at the end if `still_current()` says the exercise is still on screen.
        """
        if chat_id in self._running or not intervals:
            return False
        self._running.add(chat_id)
        task = asyncio.create_task(self._run(bot, chat_id, intervals, finish, still_current))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return True

    async def drain(self) -> None:
        """Wait for running timers (tests and shutdown)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def _run(
        self,
        bot: Bot,
        chat_id: int,
        intervals: Sequence[Interval],
        finish: OutMessage,
        still_current: StillCurrent,
    ) -> None:
        """Count every interval down on one message, then send the finish as a new one."""
        try:
            message: Message | None = None
            for interval in intervals:
                remaining = interval.seconds
                message = await self._show(bot, chat_id, message, self._line(interval, remaining))
                while remaining > 0:
                    step = min(self._tick, remaining)
                    await self._sleep(step)
                    remaining = max(0, round(remaining - step))
                    if remaining:
                        line = self._line(interval, remaining)
                        message = await self._show(bot, chat_id, message, line)
            finished = self._texts.render(TextKey.ROUTINE_TIMER_FINISHED)
            await self._show(bot, chat_id, message, finished)
            if await still_current():
                markup = ptb_markup(finish.keyboard)
                await bot.send_message(chat_id, finish.text, reply_markup=markup)
        except TelegramError as error:
            logger.warning("timer stopped chat=%s error=%s", chat_id, type(error).__name__)
        finally:
            self._running.discard(chat_id)

    async def _show(self, bot: Bot, chat_id: int, message: Message | None, text: str) -> Message:
        """Send the timer's message the first time, edit it afterwards."""
        if message is None:
            return await bot.send_message(chat_id, text)
        await bot.edit_message_text(text, chat_id=chat_id, message_id=message.message_id)
        return message

    def _line(self, interval: Interval, remaining: int) -> str:
        """ "Round 2 of 3" (when there are rounds), then what to do now and the seconds left."""
        render = self._texts.render
        if interval.kind == "switch":
            line = render(TextKey.ROUTINE_TIMER_SWITCH, side=interval.side, remaining=remaining)
        elif interval.kind == "rest":
            line = render(TextKey.ROUTINE_TIMER_REST, remaining=remaining)
        elif interval.side is not None:
            line = render(TextKey.ROUTINE_TIMER_SIDE, side=interval.side, remaining=remaining)
        else:
            line = render(TextKey.ROUTINE_TIMER_RUNNING, remaining=remaining)
        if interval.rounds < 2:
            return line
        head = render(TextKey.ROUTINE_TIMER_ROUND, round=interval.number, rounds=interval.rounds)
        return f"{head}\n{line}"
