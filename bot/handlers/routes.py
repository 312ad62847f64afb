"""Which handler answers which update: commands, buttons, typed text, and receipts around all."""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.handlers import (
    admin,
    buttons,
    commands,
    identity,
    language,
    learn,
    membership,
    messages,
    progress,
    psfs,
    receipts,
    reminders,
    report,
    safety,
    settings,
)
from bot.handlers.errors import on_error

# Handler groups around the default group 0: forged chats are refused before anything, the
# receipt opens first and closes last.
GUARD_GROUP, FIRST_GROUP, LAST_GROUP = -2, -1, 1


def register_handlers(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Receipts around everything; commands first, then buttons, typed text, and a catch-all."""
    private = filters.ChatType.PRIVATE
    application.add_handler(TypeHandler(Update, identity.refuse_forged), group=GUARD_GROUP)
    application.add_handler(TypeHandler(Update, receipts.open_receipt), group=FIRST_GROUP)
    application.add_handler(TypeHandler(Update, receipts.close_receipt), group=LAST_GROUP)
    for name, callback in (
        ("start", commands.start),
        ("help", commands.help_command),
        ("routine", commands.routine),
        ("quick", commands.quick),
        ("cancel", commands.cancel),
        ("settings", settings.show),
        ("timezone", commands.timezone),
        ("remind", commands.remind),
        ("progress", progress.progress),
        ("history", progress.history),
        ("export", progress.export),
        ("delete", progress.delete),
        ("stats", admin.stats),
        ("pause", reminders.pause),
        ("resume", reminders.resume),
        ("safety", safety.safety_command),
        ("function", psfs.function_command),
        ("report", report.report),
        ("stop", commands.stop),
        ("learn", learn.learn),
        ("language", language.language_command),  # issue 18
    ):
        application.add_handler(
            CommandHandler(name, callback, filters=private & filters.UpdateType.MESSAGE)
        )
    application.add_handler(CallbackQueryHandler(settings.on_press, settings.is_settings_press))
    application.add_handler(CallbackQueryHandler(buttons.on_button))
    application.add_handler(
        ChatMemberHandler(membership.on_membership, ChatMemberHandler.MY_CHAT_MEMBER)
    )
    application.add_handler(
        MessageHandler(
            private & filters.UpdateType.MESSAGE & filters.COMMAND, commands.unknown_command
        )
    )
    application.add_handler(
        MessageHandler(private & filters.UpdateType.MESSAGE & filters.TEXT, messages.on_text)
    )
    application.add_handler(
        MessageHandler(
            private & filters.UpdateType.MESSAGE & filters.LOCATION, messages.on_location
        )
    )
    application.add_handler(MessageHandler(private, messages.on_other))
    application.add_error_handler(on_error)
