"""Typed text and everything else people send: answered by what the bot is waiting for.

Typing is forgiving: "7pm" is a time, "Berlin" a zone, "about 6" a rating. Only text that
reads as none of them gets a hint, and the hint shows an example that works.
"""

from __future__ import annotations

import asyncio

from telegram import Update

from bot.content import TextKey
from bot.context import BackCoachContext
from bot.domain.located_zone import zone_at
from bot.domain.typed_rating import OutOfRange, Rating, read_rating
from bot.domain.typed_time import parse_typed_time
from bot.handlers import psfs
from bot.handlers.commands import REMINDERS_OFF_WORDS
from bot.handlers.safety import answer_symptom
from bot.handlers.sending import send_all, send_one, sender_of
from bot.services.expectations import Expecting
from bot.services.profile_reply import ProfileReply
from bot.views.outgoing import OutMessage, ReplyKeys

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
    if expecting is Expecting.PAIN:
        rating = read_rating(text, services.catalog.numbers)
        if isinstance(rating, Rating):
            reply = await services.routine.walk.rate_typed(
                user.id, rating.value, receipt=context.receipt
            )
            rendered = services.views.routine.render(reply)
            rendered = await psfs.with_offer(context, user.id, reply, rendered)  # issue 19
            await send_all(context, chat_id, rendered.messages)
            return
        if isinstance(rating, OutOfRange):
            await _say(context, chat_id, TextKey.SETTINGS_PAIN_OUT_OF_RANGE)
            return
    if expecting is Expecting.TIMEZONE:
        profile = await services.profile.setup.set_timezone(user.id, text, receipt=context.receipt)
        await _send_profile(context, chat_id, profile, user.first_name)
        return
    if expecting is Expecting.REMIND_TIME:
        off = text.strip().lower() in REMINDERS_OFF_WORDS
        at = None if off else parse_typed_time(text)
        if off or at is not None:
            profile = await services.profile.setup.set_reminder(
                user.id, at, receipt=context.receipt
            )
            await _send_profile(context, chat_id, profile, user.first_name)
            return
    # Issue 19: an activity name typed while a function check (PSFS) waits for one.
    if expecting in (Expecting.NOTHING, Expecting.EXERCISE_BUTTONS) and await psfs.typed_activity(
        context, user.id, chat_id, text
    ):
        return
    await _hint(context, chat_id, expecting)


async def on_location(update: Update, context: BackCoachContext) -> None:
    """A shared location sets the time zone, looked up on this machine; the place is not kept."""
    message = update.message
    if (sender := sender_of(update)) is None or message is None or message.location is None:
        return
    user, chat_id = sender
    where = message.location
    # The boundary data loads on first use: keep it off the event loop.
    zone = await asyncio.to_thread(zone_at, where.latitude, where.longitude)
    if zone is None:
        text = context.services.catalog.texts.render(TextKey.SETTINGS_LOCATION_UNKNOWN)
        await send_one(context, chat_id, OutMessage(text, reply_keys=ReplyKeys()))
        return
    profile = await context.services.profile.setup.set_timezone(
        user.id, zone, receipt=context.receipt
    )
    await _send_profile(context, chat_id, profile, user.first_name)


async def on_other(update: Update, context: BackCoachContext) -> None:
    """Stickers, photos, voice, edited messages: say what the bot is waiting for instead."""
    if (sender := sender_of(update)) is None:
        return
    expecting = await context.services.routine.expectations.expecting(
        sender[0].id, receipt=context.receipt
    )
    await _hint(context, sender[1], expecting)


async def _send_profile(
    context: BackCoachContext, chat_id: int, reply: ProfileReply, first_name: str
) -> None:
    """What an onboarding or settings answer says, in order."""
    await send_all(
        context, chat_id, context.services.views.profile.render(reply, first_name).messages
    )


async def _hint(context: BackCoachContext, chat_id: int, expecting: Expecting) -> None:
    """The hint that matches the current state."""
    await _say(context, chat_id, HINTS[expecting])


async def _say(context: BackCoachContext, chat_id: int, key: TextKey) -> None:
    """One fixed text."""
    await send_one(context, chat_id, OutMessage(context.services.catalog.texts.render(key)))
