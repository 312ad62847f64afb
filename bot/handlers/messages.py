"""Typed text and everything else people send: answered by what the bot is waiting for."""

from __future__ import annotations

from telegram import Update

from bot.content import TextKey
from bot.context import BackCoachContext
from bot.domain.pain import parse_rating
from bot.domain.schedule import parse_clock_time
from bot.handlers import psfs
from bot.handlers.commands import REMINDERS_OFF_WORDS
from bot.handlers.safety import answer_symptom
from bot.handlers.sending import send_all, send_one, sender_of
from bot.services.expectations import Expecting
from bot.views.outgoing import OutMessage

HINTS = {
    Expecting.NOT_STARTED: TextKey.COMMON_FINISH_SETUP_FIRST,
    Expecting.ONBOARDING_BUTTONS: TextKey.COMMON_FINISH_SETUP_FIRST,
    Expecting.TIMEZONE: TextKey.COMMON_HINT_TIMEZONE,
    Expecting.REMIND_TIME: TextKey.COMMON_HINT_TIME,
    Expecting.PAIN: TextKey.COMMON_HINT_PAIN,
    Expecting.EXERCISE_BUTTONS: TextKey.COMMON_HINT_BUTTONS,
    Expecting.NOTHING: TextKey.COMMON_HINT_IDLE,
}


async def on_text(update: Update, context: BackCoachContext) -> None:
    """A typed answer: a pain rating, a time zone, a reminder time, or a friendly hint."""
    message = update.message
    if (sender := sender_of(update)) is None or message is None or message.text is None:
        return
    user, chat_id = sender
    services = context.services
    text = message.text
    expecting = await services.routine.expectations.expecting(user.id, receipt=context.receipt)
    # Safety first: a symptom is heard in every state, before anything else is read.
    if await answer_symptom(context, user.id, chat_id, text, expecting):
        return
    if expecting is Expecting.PAIN and (score := parse_rating(text)) is not None:
        reply = await services.routine.walk.rate_typed(user.id, score, receipt=context.receipt)
        rendered = services.views.routine.render(reply)
        rendered = await psfs.with_offer(context, user.id, reply, rendered)  # issue 19
        await send_all(context, chat_id, rendered.messages)
        return
    if expecting is Expecting.TIMEZONE:
        profile = await services.profile.setup.set_timezone(user.id, text, receipt=context.receipt)
        await send_all(
            context, chat_id, services.views.profile.render(profile, user.first_name).messages
        )
        return
    if expecting is Expecting.REMIND_TIME:
        wanted = text.strip().lower()
        off = wanted in REMINDERS_OFF_WORDS
        at = None if off else parse_clock_time(wanted)
        if off or at is not None:
            profile = await services.profile.setup.set_reminder(
                user.id, at, receipt=context.receipt
            )
            await send_all(
                context, chat_id, services.views.profile.render(profile, user.first_name).messages
            )
            return
    # Issue 19: an activity name typed while a function check (PSFS) waits for one.
    if expecting in (Expecting.NOTHING, Expecting.EXERCISE_BUTTONS) and await psfs.typed_activity(
        context, user.id, chat_id, text
    ):
        return
    await _hint(context, chat_id, expecting)


async def on_other(update: Update, context: BackCoachContext) -> None:
    """Stickers, photos, voice, edited messages: say what the bot is waiting for instead."""
    if (sender := sender_of(update)) is None:
        return
    expecting = await context.services.routine.expectations.expecting(
        sender[0].id, receipt=context.receipt
    )
    await _hint(context, sender[1], expecting)


async def _hint(context: BackCoachContext, chat_id: int, expecting: Expecting) -> None:
    """The hint that matches the current state."""
    text = context.services.catalog.texts.render(HINTS[expecting])
    await send_one(context, chat_id, OutMessage(text))
