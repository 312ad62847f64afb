"""/learn, and the buttons of a programme that grows: feel answers, lessons, dose reset."""

from __future__ import annotations

from telegram import Update

from bot.content import TextKey
from bot.context import BackCoachContext
from bot.handlers.sending import send_one, sender_of
from bot.presses import (
    CallbackData,
    FeelPress,
    LessonPress,
    LessonsSwitchPress,
    ResetLevelsPress,
)
from bot.views.outgoing import OutMessage, Rendered


async def learn(update: Update, context: BackCoachContext) -> None:
    """/learn: every lesson as a button, and the switch for lessons after sessions."""
    if (sender := sender_of(update)) is None:
        return
    user, chat_id = sender
    services = context.services
    overview = await services.growth.lessons.overview(user.id, receipt=context.receipt)
    if overview is None:
        text = services.catalog.texts.render(TextKey.COMMON_FINISH_SETUP_FIRST)
        await send_one(context, chat_id, OutMessage(text))
        return
    await send_one(context, chat_id, services.growth.view.learn(overview))


async def growth_button(context: BackCoachContext, user_id: int, data: CallbackData) -> Rendered:
    """Answer "How did it feel?", open a lesson, switch lessons, or reset the doses."""
    services = context.services
    growth, receipt = services.growth, context.receipt
    expired = Rendered(toast=services.catalog.texts.render(TextKey.COMMON_BUTTON_EXPIRED))
    match data:
        case FeelPress(session_id, feel):
            reply = await growth.progression.feel(user_id, session_id, feel, receipt=receipt)
            return growth.view.feel_reply(reply)
        case LessonPress(lesson_id):
            message = growth.view.lesson(lesson_id)
            if message is None or not await growth.lessons.read(
                user_id, lesson_id, receipt=receipt
            ):
                return expired
            return Rendered(messages=(message,))
        case LessonsSwitchPress(enabled):
            overview = await growth.lessons.set_enabled(user_id, enabled, receipt=receipt)
            if overview is None:
                return expired
            return Rendered(messages=(growth.view.learn(overview),), advanced=True)
        case ResetLevelsPress():
            return growth.view.reset(
                await growth.progression.reset_levels(user_id, receipt=receipt)
            )
    return expired
