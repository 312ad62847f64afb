"""Reminder commands and the nudge's snooze and skip-today buttons."""

from __future__ import annotations

from datetime import date

from telegram import Update

from bot.content import TextKey
from bot.context import BackCoachContext
from bot.domain.nudge_days import EVERY_DAY, WEEKDAYS
from bot.handlers.sending import send_one, sender_of
from bot.services.reminder_prefs import ReminderReply
from bot.views.outgoing import OutMessage, Rendered

MAX_PAUSE_ARGUMENT = 365


async def pause(update: Update, context: BackCoachContext) -> None:
    """/pause stops nudges until /resume; /pause N for N days."""
    if (sender := sender_of(update)) is None:
        return
    services = context.services
    argument = " ".join(context.args or []).strip()
    if argument and not (
        argument.isascii() and argument.isdigit() and 1 <= int(argument) <= MAX_PAUSE_ARGUMENT
    ):
        await send_one(context, sender[1], services.views.reminders.usage())
        return
    reply = await services.reminders.prefs.pause(
        sender[0].id, int(argument) if argument else None, receipt=context.receipt
    )
    await send_one(context, sender[1], services.views.reminders.render(reply))


async def resume(update: Update, context: BackCoachContext) -> None:
    """/resume ends a pause."""
    if (sender := sender_of(update)) is None:
        return
    reply = await context.services.reminders.prefs.resume(sender[0].id, receipt=context.receipt)
    await send_one(context, sender[1], context.services.views.reminders.render(reply))


async def remind_switch(context: BackCoachContext, user_id: int, word: str) -> ReminderReply | None:
    """/remind on|weekdays|daily (off is a time-less reminder, handled with the times)."""
    prefs = context.services.reminders.prefs
    match word:
        case "on":
            return await prefs.set_enabled(user_id, True, receipt=context.receipt)
        case "weekdays":
            return await prefs.set_days(user_id, WEEKDAYS, receipt=context.receipt)
        case "daily" | "everyday":
            return await prefs.set_days(user_id, EVERY_DAY, receipt=context.receipt)
    return None


async def snooze_button(context: BackCoachContext, user_id: int, day: date) -> Rendered:
    """Snooze once per day; a second tap only gets a toast."""
    texts = context.services.catalog.texts
    if not await context.services.reminders.nudges.snooze(user_id, day, receipt=context.receipt):
        return Rendered(toast=texts.render(TextKey.COMMON_ALREADY_RECORDED))
    return Rendered(messages=(OutMessage(texts.render(TextKey.NUDGE_SNOOZED)),), advanced=True)


async def skip_today_button(context: BackCoachContext, user_id: int, day: date) -> Rendered:
    """No more nudges today; a stale button from another day only gets a toast."""
    texts = context.services.catalog.texts
    if not await context.services.reminders.nudges.skip_today(
        user_id, day, receipt=context.receipt
    ):
        return Rendered(toast=texts.render(TextKey.COMMON_BUTTON_EXPIRED))
    return Rendered(
        messages=(OutMessage(texts.render(TextKey.NUDGE_SKIPPED_TODAY)),), advanced=True
    )


async def pause_button(context: BackCoachContext, user_id: int) -> Rendered:
    """⏸ under pain escalation advice: reminders pause until /resume."""
    reply = await context.services.reminders.prefs.pause(user_id, None, receipt=context.receipt)
    return Rendered(messages=(context.services.views.reminders.render(reply),), advanced=True)
