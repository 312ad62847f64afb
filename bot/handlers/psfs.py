"""The function check (PSFS): /function, its buttons, typed activity names, the offer after a
session, and its lines in /progress."""

from __future__ import annotations

from dataclasses import replace

from telegram import Update

from bot.context import BackCoachContext
from bot.domain.psfs import PsfsAction
from bot.domain.routine import Status
from bot.handlers.sending import send_all, send_one, sender_of
from bot.presses import PsfsPress
from bot.services.psfs_reply import PsfsReply, PsfsStep
from bot.services.replies import RoutineReply
from bot.views.outgoing import Rendered


async def function_command(update: Update, context: BackCoachContext) -> None:
    """/function: start (or resume) a check any time."""
    if (sender := sender_of(update)) is None:
        return
    user, chat_id = sender
    reply = await context.services.data.psfs.start(user.id, receipt=context.receipt)
    await send_all(context, chat_id, context.services.views.psfs.render(reply).messages)


async def offer_button(context: BackCoachContext, user_id: int, start: bool) -> Rendered:
    """▶ Start (1 min) or Not now, under the offer."""
    psfs = context.services.data.psfs
    if start:
        reply = await psfs.start(user_id, receipt=context.receipt)
    else:
        reply = await psfs.later(user_id, receipt=context.receipt)
    return context.services.views.psfs.render(reply)


async def check_button(context: BackCoachContext, user_id: int, press: PsfsPress) -> Rendered:
    """A button of the open check; a suggestion's words come from content, by index."""
    services = context.services
    name = None
    if press.action is PsfsAction.PICK:
        name = services.views.psfs.suggestion(press.value)
        if name is None:
            return services.views.psfs.render(PsfsReply(PsfsStep.STALE))
    reply = await services.data.psfs.press(
        user_id,
        press.check_id,
        press.version,
        press.action,
        press.value,
        name=name,
        receipt=context.receipt,
    )
    return services.views.psfs.render(reply)


async def typed_activity(context: BackCoachContext, user_id: int, chat_id: int, text: str) -> bool:
    """A typed activity name while a check waits for one; False when none is awaited."""
    services = context.services
    reply = await services.data.psfs.typed(user_id, text, receipt=context.receipt)
    if reply is None:
        return False
    await send_all(context, chat_id, services.views.psfs.render(reply).messages)
    return True


async def with_offer(
    context: BackCoachContext, user_id: int, reply: RoutineReply, rendered: Rendered
) -> Rendered:
    """After a completed session's summary, the one short offer of a check when it is due.

    Never after a safety stop or a summary that gives safety advice (an escalation).
    """
    summary = reply.summary
    if summary is None or summary.status is not Status.COMPLETED or summary.escalations:
        return rendered
    if not await context.services.data.psfs.due(user_id, receipt=context.receipt):
        return rendered
    return replace(rendered, messages=(*rendered.messages, context.services.views.psfs.offer()))


async def show_function(context: BackCoachContext, user_id: int, chat_id: int) -> None:
    """/progress: function scores over time beside the pain chart, once there are any."""
    activities = await context.services.data.psfs.history(user_id, receipt=context.receipt)
    message = context.services.views.psfs.progress(activities)
    if message is not None:
        await send_one(context, chat_id, message)
