"""/progress, /history, /export and /delete, and their buttons."""

from __future__ import annotations

from telegram import Update

from bot.charts.progress_picture import draw_progress_picture
from bot.content import TextKey
from bot.context import BackCoachContext
from bot.handlers.psfs import show_function
from bot.handlers.sending import send_one, sender_of
from bot.presses import DeletePress, ErasePress
from bot.views.outgoing import OutMessage, Rendered, keyboard

DEFAULT_WINDOW_DAYS = 30


async def progress(update: Update, context: BackCoachContext) -> None:
    """/progress: the last 30 days, with buttons for 90 days and all time."""
    if (sender := sender_of(update)) is not None:
        await show_progress(context, sender[0].id, sender[1], DEFAULT_WINDOW_DAYS)
        await show_function(context, sender[0].id, sender[1])  # issue 19: function beside pain


async def show_progress(
    context: BackCoachContext, user_id: int, chat_id: int, days: int | None
) -> None:
    """The report as a new message (the command, and range buttons of earlier versions)."""
    await send_one(context, chat_id, await _progress_message(context, user_id, days))


async def range_button(context: BackCoachContext, user_id: int, days: int | None) -> Rendered:
    """30 days, 90 days or all time: the report's message shows the new window in place."""
    message = await _progress_message(context, user_id, days)
    if message.photo is None:
        return Rendered(toast=message.text)
    return Rendered(in_place=message)


async def _progress_message(
    context: BackCoachContext, user_id: int, days: int | None
) -> OutMessage:
    """One picture (habit calendar, and the pain chart for those who rate pain) with the
    numbers and range buttons; a nudge to finish setting up for someone who has not."""
    services = context.services
    report = await services.data.progress.report(user_id, days, receipt=context.receipt)
    if report is None:
        return _text(context, TextKey.COMMON_FINISH_SETUP_FIRST)
    if not report.habit.ever:
        return _text(context, TextKey.PROGRESS_EMPTY)
    view = services.views.progress
    return view.report(report, await draw_progress_picture(report, view))


async def history(update: Update, context: BackCoachContext) -> None:
    """/history: the last 10 sessions."""
    if (sender := sender_of(update)) is None:
        return
    page = await context.services.data.progress.history(sender[0].id, 0, receipt=context.receipt)
    await send_one(context, sender[1], context.services.views.progress.history(page))


async def history_page(context: BackCoachContext, user_id: int, page: int) -> Rendered:
    """An older or newer page, in place of the one on screen."""
    shown = await context.services.data.progress.history(user_id, page, receipt=context.receipt)
    return Rendered(in_place=context.services.views.progress.history(shown))


async def export(update: Update, context: BackCoachContext) -> None:
    """/export: a CSV and a JSON of everything stored about the user."""
    if (sender := sender_of(update)) is None:
        return
    user, chat_id = sender
    files = await context.services.data.user_data.export(user.id, receipt=context.receipt)
    if files is None:
        await send_one(context, chat_id, _text(context, TextKey.COMMON_FINISH_SETUP_FIRST))
        return
    csv_bytes, json_bytes = files
    await context.bot.send_document(
        chat_id,
        csv_bytes,
        filename="backcoach-sessions.csv",
        caption=context.services.catalog.texts.render(TextKey.EXPORT_INTRO),
    )
    await context.bot.send_document(chat_id, json_bytes, filename="backcoach-data.json")


async def delete(update: Update, context: BackCoachContext) -> None:
    """/delete: ask for confirmation first, with an erase button bound to this question."""
    if (sender := sender_of(update)) is None:
        return
    (user, chat_id), texts = sender, context.services.catalog.texts
    nonce = await context.services.data.user_data.ask_erase(user.id, receipt=context.receipt)
    if nonce is None:
        await send_one(context, chat_id, _text(context, TextKey.DELETE_NOTHING))
        return
    buttons = keyboard(
        [
            [
                (texts.render(TextKey.BUTTON_DELETE_YES), ErasePress(nonce)),
                (texts.render(TextKey.BUTTON_DELETE_NO), DeletePress(False)),
            ]
        ]
    )
    await send_one(context, chat_id, OutMessage(texts.render(TextKey.DELETE_CONFIRM), buttons))


async def delete_button(context: BackCoachContext, user_id: int, confirm: bool) -> Rendered:
    """'Keep my data'; the old nonce-less 'yes' of earlier versions erases nothing any more."""
    if not confirm:
        return Rendered(messages=(_text(context, TextKey.DELETE_CANCELLED),), advanced=True)
    return Rendered(toast=context.services.catalog.texts.render(TextKey.DELETE_EXPIRED))


async def erase_button(context: BackCoachContext, user_id: int, nonce: str) -> Rendered:
    """Erase only with the nonce of the user's latest, unexpired /delete; else a toast."""
    erase = context.services.data.user_data.erase
    if not await erase(user_id, nonce, receipt=context.receipt):
        return Rendered(toast=context.services.catalog.texts.render(TextKey.DELETE_EXPIRED))
    return Rendered(messages=(_text(context, TextKey.DELETE_DONE),), advanced=True)


async def keep_or_drop(
    context: BackCoachContext, user_id: int, exercise_id: str, keep: bool
) -> Rendered:
    """Answer to 'you keep skipping X: keep or drop?'."""
    services = context.services
    exercise = services.catalog.exercises.get(exercise_id)
    if exercise is None or not await services.data.user_data.keep_or_drop(
        user_id, exercise_id, keep, receipt=context.receipt
    ):
        return Rendered(toast=services.catalog.texts.render(TextKey.COMMON_BUTTON_EXPIRED))
    key = TextKey.ROUTINE_KEPT if keep else TextKey.ROUTINE_DROPPED
    message = OutMessage(services.catalog.texts.render(key, name=exercise.name))
    return Rendered(messages=(message,), advanced=True)


async def restore_routine(context: BackCoachContext, user_id: int) -> Rendered:
    """Back to the default routine."""
    if not await context.services.data.user_data.restore_routine(user_id, receipt=context.receipt):
        return Rendered(toast=context.services.catalog.texts.render(TextKey.COMMON_BUTTON_EXPIRED))
    return Rendered(messages=(_text(context, TextKey.SETTINGS_ROUTINE_RESTORED),))


async def toggle_weekly(context: BackCoachContext, user_id: int) -> Rendered:
    """Weekly summary on or off."""
    now_on = await context.services.data.user_data.toggle_weekly(user_id, receipt=context.receipt)
    if now_on is None:
        return Rendered(toast=context.services.catalog.texts.render(TextKey.COMMON_BUTTON_EXPIRED))
    key = TextKey.SETTINGS_WEEKLY_ON if now_on else TextKey.SETTINGS_WEEKLY_OFF
    return Rendered(messages=(_text(context, key),))


def _text(context: BackCoachContext, key: TextKey) -> OutMessage:
    """A fixed text as a message."""
    return OutMessage(context.services.catalog.texts.render(key))


async def forget_health_button(context: BackCoachContext, user_id: int) -> Rendered:
    """🗑 under "keeping health answers is off": delete what was kept before."""
    erased = await context.services.data.user_data.forget_health(user_id, receipt=context.receipt)
    key = TextKey.SETTINGS_HEALTH_ERASED if erased else TextKey.COMMON_FINISH_SETUP_FIRST
    return Rendered(
        messages=(OutMessage(context.services.catalog.texts.render(key)),), advanced=True
    )
