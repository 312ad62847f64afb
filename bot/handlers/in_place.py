"""Editing the pressed message in place: a range button or a history page replaces what it
shows instead of adding a copy to the chat."""

from __future__ import annotations

import logging
from typing import Any

from telegram import CallbackQuery, InputMediaPhoto, Message
from telegram.error import BadRequest, TelegramError
from telegram.ext import ExtBot

from bot.views.outgoing import OutMessage, ptb_markup

logger = logging.getLogger(__name__)

NOT_MODIFIED = "message is not modified"


async def send_photo(bot: ExtBot[Any], chat_id: int, message: OutMessage) -> Message:
    """A picture with its words as caption and its buttons."""
    return await bot.send_photo(
        chat_id,
        message.photo or b"",
        caption=message.text,
        reply_markup=ptb_markup(message.keyboard),
    )


async def replace_pressed(query: CallbackQuery, bot: ExtBot[Any], message: OutMessage) -> None:
    """Show `message` in place of the pressed one (never raises).

    A picture replaces a picture (editMessageMedia), words replace words (editMessageText).
    Telegram's "message is not modified" means it already shows this: nothing to do. A message
    that cannot be edited (deleted, or text where a picture is due) gets the content sent anew.
    """
    try:
        if message.photo is not None:
            media = InputMediaPhoto(message.photo, caption=message.text)
            await query.edit_message_media(media, reply_markup=ptb_markup(message.keyboard))
        else:
            await query.edit_message_text(message.text, reply_markup=ptb_markup(message.keyboard))
        return
    except BadRequest as error:
        if NOT_MODIFIED in error.message.lower():
            logger.debug("pressed message already shows this")
            return
        logger.warning("pressed message not edited, sending anew: %s", error.message)
    except TelegramError as error:
        logger.warning("pressed message not edited error=%s", type(error).__name__)
        return
    chat_id = query.message.chat.id if query.message is not None else None
    if chat_id is None:
        return
    try:
        if message.photo is not None:
            await send_photo(bot, chat_id, message)
        else:
            await bot.send_message(chat_id, message.text, reply_markup=ptb_markup(message.keyboard))
    except TelegramError as error:
        logger.warning("replacement not sent error=%s", type(error).__name__)
