"""The command menu Telegram shows beside the text box: cosmetic, so a failure only delays it.

One menu per language (issue 18): the default one in English, and one for each language whose
texts.ftl has command-* messages, set with that language_code so Telegram shows it to people
whose app speaks it. A 5xx (or a timeout) from `setMyCommands` at start is a WARNING, and a
named job tries again until Telegram takes every menu: commands work without a menu.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from telegram import Bot, BotCommand
from telegram.error import TelegramError
from telegram.ext import JobQueue

from bot.content.languages import ENGLISH, Languages
from bot.context import BackCoachContext

logger = logging.getLogger(__name__)

RETRY_JOB = "command-menu"
FIRST_RETRY_SECONDS = 5.0
RETRY_SECONDS = 60.0
# (language_code, commands); None is the default menu, for every language without its own.
Menu = tuple[str | None, tuple[BotCommand, ...]]


def menus(languages: Languages) -> tuple[Menu, ...]:
    """The default (English) menu, then one per language that describes its commands."""
    return tuple(
        (
            None if code == ENGLISH else code,
            tuple(BotCommand(*item) for item in catalog.commands.items()),
        )
        for code, catalog in languages.catalogs.items()
        if catalog.commands
    )


async def set_command_menu(bot: Bot, all_menus: Sequence[Menu]) -> bool:
    """Register every menu; False (and a WARNING) when Telegram did not take one."""
    try:
        for language_code, commands in all_menus:
            await bot.set_my_commands(commands, language_code=language_code)
    except TelegramError as error:
        logger.warning("command menu not set, will retry error=%s", type(error).__name__)
        return False
    return True


async def set_or_retry_later(
    bot: Bot, job_queue: JobQueue[Any] | None, all_menus: Sequence[Menu]
) -> None:
    """At start: try once; on failure retry after 5 s, then every minute, until it works."""
    if await set_command_menu(bot, all_menus) or job_queue is None:
        return
    job_queue.run_repeating(
        _retry, interval=RETRY_SECONDS, first=FIRST_RETRY_SECONDS, name=RETRY_JOB, data=all_menus
    )


async def _retry(context: BackCoachContext) -> None:
    """The retry job: stops itself once the menus are set."""
    job = context.job
    if job is None:
        return
    if await set_command_menu(context.bot, job.data):  # type: ignore[arg-type]
        job.schedule_removal()
        logger.info("command menu set")
