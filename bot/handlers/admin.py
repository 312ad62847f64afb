"""/stats for admins; to anyone else it is just an unknown command."""

from __future__ import annotations

from telegram import Update

from bot.context import BackCoachContext
from bot.handlers.commands import unknown_command
from bot.handlers.sending import send_one, sender_of
from bot.views.stats_view import stats_message


async def stats(update: Update, context: BackCoachContext) -> None:
    """Operational numbers; the command's existence is not revealed to non-admins."""
    if (sender := sender_of(update)) is None:
        return
    if sender[0].id not in context.services.infra.admin_ids:
        await unknown_command(update, context)
        return
    numbers = await context.services.data.stats.collect(receipt=context.receipt)
    await send_one(context, sender[1], stats_message(numbers))
