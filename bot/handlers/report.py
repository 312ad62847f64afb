"""/report: the clinician PDF for the last 4 weeks, with buttons for 12 weeks and all time."""

from __future__ import annotations

from telegram import Update
from telegram.constants import ChatAction

from bot.context import BackCoachContext
from bot.handlers.sending import send_one, sender_of
from bot.services.report import NoReport
from bot.views.outgoing import Rendered
from bot.views.report_view import FOUR_WEEKS


async def report(update: Update, context: BackCoachContext) -> None:
    """/report: the last four weeks."""
    if (sender := sender_of(update)) is not None:
        user, chat_id = sender
        await send_report(context, user.id, user.first_name, chat_id, FOUR_WEEKS)


async def period_button(
    context: BackCoachContext, user_id: int, first_name: str, chat_id: int, days: int | None
) -> Rendered:
    """12 weeks, 4 weeks or all time, from the buttons under a report."""
    await send_report(context, user_id, first_name, chat_id, days)
    return Rendered()


async def send_report(
    context: BackCoachContext, user_id: int, first_name: str, chat_id: int, days: int | None
) -> None:
    """Gather, draw in a worker thread, and send the PDF; or say kindly why there is none."""
    services = context.services
    view = services.views.report
    outcome = await services.data.report.gather(user_id, first_name, days, receipt=context.receipt)
    data = outcome.data
    if data is None:
        await send_one(
            context, chat_id, view.missing(outcome.missing or NoReport.NO_SESSIONS, days)
        )
        return
    await context.bot.send_chat_action(chat_id, ChatAction.UPLOAD_DOCUMENT)
    pdf = await services.data.report_maker.pdf(data)
    await context.bot.send_document(
        chat_id,
        pdf,
        filename=services.data.report_maker.filename(data),
        caption=view.caption(data),
        reply_markup=view.periods(days).markup(),
    )
