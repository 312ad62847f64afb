"""my_chat_member updates: a user who blocks the bot is never nudged until they /start again."""

from __future__ import annotations

from telegram import ChatMember, Update

from bot.context import BackCoachContext

GONE = frozenset({ChatMember.BANNED, ChatMember.LEFT})


async def on_membership(update: Update, context: BackCoachContext) -> None:
    """Record that the bot was blocked (or unblocked) in a private chat."""
    change = update.my_chat_member
    if change is None or change.chat.type != "private":
        return
    blocked = change.new_chat_member.status in GONE
    await context.services.reminders.prefs.set_blocked(
        change.from_user.id, blocked, receipt=context.receipt
    )
