"""The first check of every update: a private chat belongs to the person who writes in it.

Real Telegram never sends a private-chat update whose chat is not the sender's own, and the
bot's buttons only ever sit in private chats. A forged update (say, with a leaked webhook
secret) could otherwise pair a victim's `from.id` with the attacker's chat, and get the victim's
data sent there, or drive the victim's routine from elsewhere. Such updates are refused before
anything reads or writes the database, and logged without their text.
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import ApplicationHandlerStop

from bot.context import BackCoachContext

logger = logging.getLogger(__name__)


def is_forged(update: Update) -> bool:
    """A private chat that is not the sender's, or a button press outside a private chat."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None:
        return False
    if chat.type == ChatType.PRIVATE:
        return chat.id != user.id
    return update.callback_query is not None


async def refuse_forged(update: Update, context: BackCoachContext) -> None:
    """Stop a forged update here: no handler runs, no reply goes out, nothing is recorded."""
    if not is_forged(update):
        return
    chat, user = update.effective_chat, update.effective_user
    logger.warning(
        "update refused: chat is not the sender's private chat update_id=%s kind=%s chat_type=%s "
        "user=%s",
        update.update_id,
        "callback_query" if update.callback_query is not None else "message",
        None if chat is None else chat.type,
        None if user is None else user.id,
    )
    raise ApplicationHandlerStop
