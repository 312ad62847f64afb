"""/language: every language as a button in its own name; settings.py stores a tap."""

from __future__ import annotations

from telegram import Update

from bot.context import BackCoachContext
from bot.handlers.sending import send_one, sender_of
from bot.views.language_view import language_picker


async def language_command(update: Update, context: BackCoachContext) -> None:
    """Show the languages; the update's own language is ticked."""
    if (sender := sender_of(update)) is None:
        return
    names = context.services.views.settings.languages
    await send_one(context, sender[1], language_picker(names, context.language))
