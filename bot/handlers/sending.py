"""Sending rendered replies, and the small guards every handler needs."""

from __future__ import annotations

import logging

from telegram import CallbackQuery, Update, User
from telegram.error import BadRequest

from bot.context import BackCoachContext
from bot.views.outgoing import OutMessage, Rendered

logger = logging.getLogger(__name__)


def sender_of(update: Update) -> tuple[User, int] | None:
    """The person and the private chat an update came from; None for channel posts and the like."""
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None or user.is_bot:
        return None
    return user, chat.id


async def send_all(
    context: BackCoachContext, chat_id: int, messages: tuple[OutMessage, ...]
) -> None:
    """Send messages in order; the state they describe is already committed."""
    for message in messages:
        await context.bot.send_message(chat_id, message.text, reply_markup=message.keyboard)


async def send_one(context: BackCoachContext, chat_id: int, message: OutMessage) -> None:
    """Send a single message."""
    await send_all(context, chat_id, (message,))


async def answer_and_send(
    query: CallbackQuery, context: BackCoachContext, chat_id: int, rendered: Rendered
) -> None:
    """Answer the button press, retire the pressed keyboard if the press changed something, send."""
    await query.answer(rendered.toast)
    if rendered.advanced and query.message is not None:
        try:
            await query.edit_message_reply_markup(reply_markup=None)
        except BadRequest as error:
            # The keyboard is already gone (e.g. removed by another replica): nothing to do.
            logger.debug("keyboard not retired: %s", error.message)
    await send_all(context, chat_id, rendered.messages)
