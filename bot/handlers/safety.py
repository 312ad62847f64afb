"""Safety paths: typed symptoms in every state, /safety, and the two-step unlock."""

from __future__ import annotations

from telegram import Update

from bot.content import TextKey
from bot.context import BackCoachContext
from bot.domain.screening import ScreeningStatus
from bot.domain.symptoms import SymptomKind, detect_symptom
from bot.handlers.sending import send_all, sender_of
from bot.services.expectations import Expecting
from bot.services.profile_reply import Step
from bot.services.safety import Unlock
from bot.views.outgoing import OutMessage, Rendered

# Typed red flags: the lock's tier, and the event recorded (with consent; never the text).
_STOPS = {
    SymptomKind.EMERGENCY: (ScreeningStatus.URGENT, "typed_emergency"),
    SymptomKind.SEE_PROFESSIONAL: (ScreeningStatus.SEE_DOCTOR, "typed_see_professional"),
}
_UNLOCK_TEXTS = {
    Unlock.UNLOCKED: TextKey.COMMON_UNLOCK_DONE,
    Unlock.NOT_YET: TextKey.COMMON_UNLOCK_NOT_YET,
    Unlock.NOT_LOCKED: TextKey.COMMON_NOT_LOCKED,
}


async def safety_command(update: Update, context: BackCoachContext) -> None:
    """/safety: the warning signs, what to do, and the lock if routines are paused."""
    if (sender := sender_of(update)) is None:
        return
    state = await context.services.profile.safety.state(sender[0].id, receipt=context.receipt)
    locked = state.cause is not None or state.lock_stamp is not None
    await send_all(context, sender[1], context.services.views.safety.show(locked, state.cause))


async def answer_symptom(
    context: BackCoachContext, user_id: int, chat_id: int, text: str, expecting: Expecting
) -> bool:
    """Answer typed text that names a symptom; False when it names none.

    Emergency words get the emergency advice first; other red-flag words stop for today and
    send the person to a professional; "it hurts" mid-exercise opens the 😣 Hurts choices.
    """
    services = context.services
    kind = detect_symptom(text, services.catalog.symptoms)
    if kind is None:
        return False
    if kind in _STOPS:
        tier, reason = _STOPS[kind]
        reply = await services.routine.walk.stop_for_symptom(
            user_id, tier, reason, receipt=context.receipt
        )
        await send_all(context, chat_id, services.views.routine.render(reply).messages)
        return True
    if expecting is Expecting.EXERCISE_BUTTONS:
        hurts = await services.routine.walk.hurts_typed(user_id, receipt=context.receipt)
        if hurts is not None:
            await send_all(context, chat_id, services.views.routine.render(hurts).messages)
            return True
    await send_all(context, chat_id, (services.views.safety.say(TextKey.COMMON_SYMPTOM_HURTS),))
    return True


async def unlock_button(context: BackCoachContext, user_id: int) -> Rendered:
    """🩺 "A professional has checked me": ask to confirm, bound to the current lock."""
    services = context.services
    stamp = await services.profile.safety.ask_unlock(user_id, receipt=context.receipt)
    if stamp is None:
        return Rendered(messages=(services.views.safety.say(TextKey.COMMON_NOT_LOCKED),))
    return Rendered(messages=(services.views.safety.unlock_confirm(stamp),))


async def confirm_unlock_button(
    context: BackCoachContext, user_id: int, stamp: int | None
) -> Rendered:
    """The second unlock tap: routines back on (and onboarding goes on), or "not yet"."""
    services = context.services
    outcome = await services.profile.safety.confirm_unlock(user_id, stamp, receipt=context.receipt)
    if outcome is Unlock.STALE:
        return Rendered(toast=services.catalog.texts.render(TextKey.COMMON_BUTTON_EXPIRED))
    messages: list[OutMessage] = [services.views.safety.say(_UNLOCK_TEXTS[outcome])]
    if outcome is Unlock.UNLOCKED:
        profile = await services.profile.setup.settings(user_id, receipt=context.receipt)
        if profile.step is not Step.DONE:
            messages.append(services.views.profile.step_prompt(profile))
    return Rendered(messages=tuple(messages), advanced=True)
