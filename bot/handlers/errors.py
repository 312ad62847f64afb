"""The last line of defence: log the failure without user data and apologise to the user."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop

from bot.content import TextKey
from bot.context import BackCoachContext
from bot.services.update_receipt import DuplicateUpdate

logger = logging.getLogger(__name__)


async def on_error(update: object, context: BackCoachContext) -> None:
    """Apologise and point to /routine: the step may be saved even if its reply was lost."""
    error = context.error
    update_id = update.update_id if isinstance(update, Update) else None
    if isinstance(error, DuplicateUpdate):
        logger.info("duplicate update ignored update_id=%s", update_id)
        raise ApplicationHandlerStop
    logger.error(
        "update failed update_id=%s error=%s", update_id, type(error).__name__, exc_info=error
    )
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    if update.callback_query is not None:
        try:
            await update.callback_query.answer()
        except TelegramError:
            logger.debug("callback already answered update_id=%s", update_id)
    try:
        text = context.services.catalog.texts.render(TextKey.COMMON_ERROR)
        await context.bot.send_message(update.effective_chat.id, text)
    except TelegramError:
        logger.warning("could not send the error notice update_id=%s", update_id)
