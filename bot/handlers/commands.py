"""Slash commands."""

from __future__ import annotations

from telegram import Update

from bot.content import FULL_ROUTINE_ID, QUICK_ROUTINE_ID, TextKey
from bot.context import BackCoachContext
from bot.domain.typed_time import parse_typed_time
from bot.handlers import reminders
from bot.handlers.sending import send_all, send_one, sender_of
from bot.views.outgoing import OutMessage

REMINDERS_OFF_WORDS = frozenset({"off", "none", "stop"})


async def start(update: Update, context: BackCoachContext) -> None:
    """/start: onboarding for newcomers, a short welcome back for everyone else."""
    if (sender := sender_of(update)) is None:
        return
    user, chat_id = sender
    reply = await context.services.profile.setup.begin(user.id, chat_id, receipt=context.receipt)
    rendered = context.services.views.profile.render(reply, user.first_name)
    await send_all(context, chat_id, rendered.messages)


async def help_command(update: Update, context: BackCoachContext) -> None:
    """/help: the list of commands."""
    if (sender := sender_of(update)) is not None:
        await _say(context, sender[1], TextKey.COMMON_HELP)


async def routine(update: Update, context: BackCoachContext) -> None:
    """/routine: resume the paused session, whichever routine it is, or start the full one."""
    await _start_routine(update, context, FULL_ROUTINE_ID, resume_any=True)


async def quick(update: Update, context: BackCoachContext) -> None:
    """/quick: the 2-minute version, which counts for the streak too."""
    await _start_routine(update, context, QUICK_ROUTINE_ID)


async def stop(update: Update, context: BackCoachContext) -> None:
    """/stop: leave the session for now; it stays resumable (/pause is for reminders)."""
    if (sender := sender_of(update)) is None:
        return
    reply = await context.services.routine.walk.pause(sender[0].id, receipt=context.receipt)
    await send_all(context, sender[1], context.services.views.routine.render(reply).messages)


# /cancel, the conventional name and this command's old one, still works.
cancel = stop


async def timezone(update: Update, context: BackCoachContext) -> None:
    """/timezone Berlin, /timezone Europe/Berlin or /timezone UTC+2 (which suggests zones)."""
    if (sender := sender_of(update)) is None:
        return
    user, chat_id = sender
    if not context.args:
        await _say(context, chat_id, TextKey.SETTINGS_TIMEZONE_USAGE)
        return
    reply = await context.services.profile.setup.set_timezone(
        user.id, " ".join(context.args), receipt=context.receipt
    )
    await send_all(
        context, chat_id, context.services.views.profile.render(reply, user.first_name).messages
    )


async def remind(update: Update, context: BackCoachContext) -> None:
    """/remind 7:30 (or 7pm, 19h), or /remind off|on|weekdays|daily."""
    if (sender := sender_of(update)) is None:
        return
    user, chat_id = sender
    argument = " ".join(context.args or []).strip().lower()
    switched = await reminders.remind_switch(context, user.id, argument)
    if switched is not None:
        await send_one(context, chat_id, context.services.views.reminders.render(switched))
        return
    if argument in REMINDERS_OFF_WORDS:
        reply = await context.services.profile.setup.set_reminder(
            user.id, None, receipt=context.receipt
        )
    elif (at := parse_typed_time(argument)) is not None:
        reply = await context.services.profile.setup.set_reminder(
            user.id, at, receipt=context.receipt
        )
    else:
        await _say(context, chat_id, TextKey.SETTINGS_REMIND_USAGE)
        return
    await send_all(
        context, chat_id, context.services.views.profile.render(reply, user.first_name).messages
    )


async def unknown_command(update: Update, context: BackCoachContext) -> None:
    """Any other /command."""
    if (sender := sender_of(update)) is not None:
        await _say(context, sender[1], TextKey.COMMON_UNKNOWN_COMMAND)


async def _start_routine(
    update: Update, context: BackCoachContext, routine_id: str, *, resume_any: bool = False
) -> None:
    """Shared by /routine and /quick."""
    if (sender := sender_of(update)) is None:
        return
    reply = await context.services.routine.walk.start(
        sender[0].id, routine_id, receipt=context.receipt, resume_any=resume_any
    )
    await send_all(context, sender[1], context.services.views.routine.render(reply).messages)


async def _say(context: BackCoachContext, chat_id: int, key: TextKey) -> None:
    """Send one fixed text."""
    await send_one(context, chat_id, OutMessage(context.services.catalog.texts.render(key)))
