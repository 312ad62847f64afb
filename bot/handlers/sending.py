"""Sending rendered replies, and the small guards every handler needs."""

from __future__ import annotations

import asyncio
import logging

from telegram import CallbackQuery, Update, User
from telegram.error import BadRequest, TelegramError, TimedOut

from bot.context import BackCoachContext
from bot.handlers.in_place import replace_pressed, send_photo
from bot.views.outgoing import Keyboard, OutMessage, Rendered, markup_of, ptb_markup

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
        if message.demo is not None and await send_with_demo(context, chat_id, message):
            continue
        if message.photo is not None:
            await send_photo(context.bot, chat_id, message)
            continue
        await context.bot.send_message(chat_id, message.text, reply_markup=markup_of(message))


async def send_with_demo(context: BackCoachContext, chat_id: int, message: OutMessage) -> bool:
    """The exercise as one message: its animation, the steps as caption, the buttons below.

    The first upload's file_id is kept and reused ever after. Returns False when the steps still
    have to go out as text (no animation, or the send failed): an animation never blocks them.
    """
    media = context.services.routine.media
    exercise_id = message.demo or ""
    source = await media.source_for(exercise_id)
    if source is None:
        return False
    uploading = not isinstance(source, str)
    try:
        sent = await context.bot.send_animation(
            chat_id,
            source,
            caption=message.text,
            reply_markup=ptb_markup(message.keyboard),
            filename=f"{exercise_id}.gif" if uploading else None,
        )
    except TimedOut:
        # It may well have arrived: a text copy would show the step twice, with two keyboards.
        logger.warning("animation timed out, assumed sent exercise=%s", exercise_id)
        return True
    except TelegramError as error:
        logger.warning("animation not sent exercise=%s error=%s", exercise_id, type(error).__name__)
        return False
    if uploading and sent.animation is not None:
        await media.remember(exercise_id, sent.animation.file_id)
    return True


async def send_one(context: BackCoachContext, chat_id: int, message: OutMessage) -> None:
    """Send a single message."""
    await send_all(context, chat_id, (message,))


async def answer_and_send(
    query: CallbackQuery, context: BackCoachContext, chat_id: int, rendered: Rendered
) -> None:
    """Answer the press and retire its keyboard while the reply goes out: one round trip, not three.

    The press is already committed, so neither side call holds the reply back. The answer only
    stops the button's spinner (or shows a toast); one lost to a network blip or a 5xx is tried
    once more after the reply, and Telegram refuses to answer a query older than about 15 seconds
    (an update that waited in a long queue), while the reply still goes out. A keyboard left on
    an old message is harmless (its buttons are stale and say so), so failing to retire it never
    stops the reply. If the reply fails, the error handler answers the query with its apology.
    """
    answering = asyncio.create_task(answer_quietly(query, rendered.toast))
    retiring = None
    if rendered.in_place is not None and query.message is not None:
        retiring = asyncio.create_task(replace_pressed(query, context.bot, rendered.in_place))
    elif (rendered.advanced or rendered.rekeyed) and query.message is not None:
        retiring = asyncio.create_task(_retire_keyboard(query, rendered.rekeyed))
    try:
        await send_all(context, chat_id, rendered.messages)
    finally:
        if retiring is not None:
            await retiring
        settled = await answering
    if not settled:
        await answer_quietly(query, rendered.toast)


async def _retire_keyboard(query: CallbackQuery, replacement: Keyboard | None = None) -> None:
    """Take the buttons off the message that was pressed, or put new ones on (never raises)."""
    try:
        await query.edit_message_reply_markup(reply_markup=ptb_markup(replacement))
    except BadRequest as error:
        # The keyboard is already gone (e.g. removed by another replica): nothing to do.
        logger.debug("keyboard not retired: %s", error.message)
    except TelegramError as error:
        logger.warning("keyboard not retired error=%s", type(error).__name__)


async def answer_quietly(query: CallbackQuery, toast: str | None) -> bool:
    """Answer a callback query; False when it may be worth another try (never raises).

    Telegram refuses to answer a query older than about 15 seconds ("query is too old"): that
    is a WARNING, never an error with an apology, since the person only misses a spinner stop.
    """
    try:
        await query.answer(toast)
    except BadRequest as error:
        logger.warning("callback query not answered: %s", error.message)
    except TelegramError as error:
        logger.warning("callback query not answered error=%s", type(error).__name__)
        return False
    return True
