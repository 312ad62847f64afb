"""The /settings screen: every press edits that same message to show the settings as stored.

Presses are answered here rather than in buttons.py because the answer is not a new message
but the pressed message itself, rewritten: one edit, no stale copy left behind.
"""

from __future__ import annotations

import logging
import re
from datetime import time

from telegram import Update
from telegram.error import BadRequest, TelegramError

from bot.callback_data import parse
from bot.content import TextKey
from bot.context import BackCoachContext
from bot.domain.nudge_days import is_valid
from bot.domain.schedule import find_zone
from bot.domain.weekly_goal import WeeklyGoal
from bot.handlers import buttons
from bot.handlers.sending import answer_quietly, send_one, sender_of
from bot.presses import PrefPress
from bot.services.settings_screen import FLAGS, Page, SettingsScreen
from bot.views.outgoing import OutMessage, ptb_markup

logger = logging.getLogger(__name__)

_HHMM = re.compile(r"([01][0-9]|2[0-3])([0-5][0-9])")
_PAGES = {page.value: page for page in Page}
_LOCATION = "loc"
"""The zone page's 📍 button: the zone page stays, and the location keyboard is sent."""


def is_settings_press(data: object) -> bool:
    """Whether callback data is a /settings screen button (routes.py's pattern)."""
    return isinstance(data, str) and isinstance(parse(data), PrefPress)


async def show(update: Update, context: BackCoachContext) -> None:
    """/settings: the screen as a new message."""
    if (sender := sender_of(update)) is None:
        return
    screen = await context.services.profile.screen.show(sender[0].id, receipt=context.receipt)
    await send_one(context, sender[1], _message(context, screen))


async def on_press(update: Update, context: BackCoachContext) -> None:
    """Apply one settings press and edit the pressed message into the new screen."""
    query = update.callback_query
    sender = sender_of(update)
    press = None if query is None else parse(query.data)
    if query is None or sender is None or not isinstance(press, PrefPress):
        # PTB passes a press without data to the first handler: answer it as buttons.py does.
        await buttons.on_button(update, context)
        return
    texts = context.services.catalog.texts
    erased = False
    if press.name == "forget" and press.value == "1":
        erased = await context.services.data.user_data.forget_health(
            sender[0].id, receipt=context.receipt
        )
    screen, valid = await _apply(context, sender[0].id, press)
    if not valid:
        await answer_quietly(query, texts.render(TextKey.COMMON_BUTTON_EXPIRED))
        return
    await answer_quietly(query, None)
    message = _message(context, screen)
    try:
        await query.edit_message_text(message.text, reply_markup=ptb_markup(message.keyboard))
    except BadRequest as error:
        # "message is not modified": a double tap, already showing the same screen.
        logger.debug("settings screen not edited: %s", error.message)
    except TelegramError as error:
        logger.warning("settings screen not edited error=%s", type(error).__name__)
    if press.name == "page" and press.value == _LOCATION and screen is not None:
        await send_one(context, sender[1], context.services.views.profile.zones.location_ask())
    if erased:
        await send_one(context, sender[1], OutMessage(texts.render(TextKey.SETTINGS_HEALTH_ERASED)))


async def _apply(
    context: BackCoachContext, user_id: int, press: PrefPress
) -> tuple[SettingsScreen | None, bool]:
    """The service call a press stands for; False for a value no button of ours carries."""
    service = context.services.profile.screen
    receipt = context.receipt
    name, value = press.name, press.value
    if name in FLAGS and value in ("y", "n"):
        return await service.set_flag(user_id, name, value == "y", receipt=receipt), True
    if name == "page" and value == _LOCATION:
        return await service.show(user_id, Page.ZONE, receipt=receipt), True
    if name == "page" and value in _PAGES:
        return await service.show(user_id, _PAGES[value], receipt=receipt), True
    if name == "at" and (match := _HHMM.fullmatch(value)) is not None:
        at = time(int(match.group(1)), int(match.group(2)))
        return await service.set_time(user_id, at, receipt=receipt), True
    if name == "goal" and value in {str(int(goal)) for goal in WeeklyGoal}:
        return await service.set_goal(user_id, WeeklyGoal(int(value)), receipt=receipt), True
    if name == "days" and value.isdigit() and is_valid(int(value)):
        return await service.set_days(user_id, int(value), receipt=receipt), True
    if name == "tz" and (zone := find_zone(value)) is not None:
        return await service.set_zone(user_id, zone.key, receipt=receipt), True
    if name == "lang":  # issue 18: stored, then this update (and the screen) speaks it
        languages = context.services.infra.languages
        if value not in languages.supported:
            return None, False
        if await languages.choose(user_id, value, receipt=receipt):
            context.language = value
        return await service.show(user_id, receipt=receipt), True
    if name == "pause" and value == "7":
        return await service.pause(user_id, int(value), receipt=receipt), True
    if value != "1":
        return None, False
    if name == "resume":
        return await service.resume(user_id, receipt=receipt), True
    if name == "restore":
        return await service.restore_routine(user_id, receipt=receipt), True
    if name == "forget":  # erased by the caller; the screen drops the offer
        return await service.show(user_id, receipt=receipt), True
    return None, False


def _message(context: BackCoachContext, screen: SettingsScreen | None) -> OutMessage:
    """The screen, or "finish setting up first" for someone still onboarding."""
    if screen is None:
        return OutMessage(context.services.catalog.texts.render(TextKey.COMMON_FINISH_SETUP_FIRST))
    return context.services.views.settings.render(screen)
