"""Sending rendered replies, and the small guards every handler needs."""

from __future__ import annotations

import asyncio
import logging

from telegram import CallbackQuery, Message, Update, User
from telegram.error import BadRequest, TelegramError, TimedOut

from bot.context import BackCoachContext
from bot.handlers.in_place import replace_pressed, send_photo
from bot.views.answers import answered
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
    query: CallbackQuery,
    context: BackCoachContext,
    chat_id: int,
    rendered: Rendered,
    answer: str | None = None,
) -> None:
    """Answer the press and retire its keyboard while the reply goes out: one round trip, not three.

    A used button retires: its message is edited to show `answer` ("✅ Done", "→ 6") instead of
    its keyboard. A refused press (stale, already noted: a toast and nothing else) changes
    nothing on screen. The press is already committed, so neither side call holds the reply
    back. The answer only stops the button's spinner (or shows a toast); one lost to a network
    blip or a 5xx is tried once more after the reply, and Telegram refuses to answer a query
    older than about 15 seconds, while the reply still goes out. Failing to retire a keyboard
    never stops the reply (its buttons are stale and say so). If the reply fails, the error
    handler answers the query with its apology.
    """
    answering = asyncio.create_task(answer_quietly(query, rendered.toast))
    retiring = None
    used = bool(rendered.messages) or rendered.advanced
    if query.message is not None and rendered.in_place is not None:
        retiring = asyncio.create_task(replace_pressed(query, context.bot, rendered.in_place))
    elif query.message is not None and rendered.rekeyed is not None:
        retiring = asyncio.create_task(_retire_keyboard(query, rendered.rekeyed))
    elif query.message is not None and answer is not None and used:
        retiring = asyncio.create_task(_show_answer(query, answer))
    elif query.message is not None and rendered.advanced:
        retiring = asyncio.create_task(_retire_keyboard(query))
    try:
        await send_all(context, chat_id, rendered.messages)
    finally:
        if retiring is not None:
            await retiring
        settled = await answering
    if not settled:
        await answer_quietly(query, rendered.toast)


async def _show_answer(query: CallbackQuery, answer: str) -> None:
    """Replace the pressed message's keyboard with the answer below its text (never raises)."""
    message = query.message
    if not answer or not isinstance(message, Message):
        await _retire_keyboard(query)
        return
    try:
        if message.text is not None and (text := answered(message.text, answer, caption=False)):
            await query.edit_message_text(
                text, entities=message.entities or None, reply_markup=None
            )
        elif message.caption is not None and (
            caption := answered(message.caption, answer, caption=True)
        ):
            await query.edit_message_caption(
                caption, caption_entities=message.caption_entities or None, reply_markup=None
            )
        else:
            await _retire_keyboard(query)
    except BadRequest as error:
        # E.g. the message changed since (another replica answered it): at least retire it.
        logger.debug("answer not shown: %s", error.message)
        await _retire_keyboard(query)
    except TelegramError as error:
        logger.warning("answer not shown error=%s", type(error).__name__)


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
