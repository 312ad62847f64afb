"""The command menu Telegram shows beside the text box: cosmetic, so a failure only delays it.

A 5xx (or a timeout) from `setMyCommands` at start is a WARNING, and a named job tries again
until Telegram takes the menu: the bot serves people meanwhile, commands work without a menu.
"""

from __future__ import annotations

import logging
from typing import Any

from telegram import Bot, BotCommand
from telegram.error import TelegramError
from telegram.ext import JobQueue

from bot.context import BackCoachContext

logger = logging.getLogger(__name__)

COMMANDS = (
    ("routine", "Start or resume today's routine"),
    ("quick", "The 2-minute version"),
    ("stop", "Leave the session; /routine picks it up"),
    ("safety", "Warning signs, and what to do"),
    ("settings", "Time zone, reminder, pain tracking"),
    ("timezone", "Set your time zone, e.g. Europe/Berlin"),
    ("remind", "Set your reminder, e.g. 08:30, or off"),
    ("progress", "Your pain chart and numbers"),
    ("history", "Your last sessions"),
    ("pause", "Pause reminders, e.g. /pause 7"),
    ("resume", "Resume reminders"),
    ("export", "All your data as files"),
    ("delete", "Erase all your data"),
    ("help", "What I can do"),
    ("start", "Welcome and safety check"),
    ("function", "A 1-minute check of everyday activities"),
    ("report", "A PDF report for your physio or doctor"),
    ("learn", "Short lessons about your back"),
)
RETRY_JOB = "command-menu"
FIRST_RETRY_SECONDS = 5.0
RETRY_SECONDS = 60.0


async def set_command_menu(bot: Bot) -> bool:
    """Register the menu; False (and a WARNING) when Telegram did not take it."""
    try:
        await bot.set_my_commands([BotCommand(name, text) for name, text in COMMANDS])
    except TelegramError as error:
        logger.warning("command menu not set, will retry error=%s", type(error).__name__)
        return False
    return True


async def set_or_retry_later(bot: Bot, job_queue: JobQueue[Any] | None) -> None:
    """At start: try once; on failure retry after 5 s, then every minute, until it works."""
    if await set_command_menu(bot) or job_queue is None:
        return
    job_queue.run_repeating(
        _retry, interval=RETRY_SECONDS, first=FIRST_RETRY_SECONDS, name=RETRY_JOB
    )


async def _retry(context: BackCoachContext) -> None:
    """The retry job: stops itself once the menu is set."""
    if await set_command_menu(context.bot) and context.job is not None:
        context.job.schedule_removal()
        logger.info("command menu set")
