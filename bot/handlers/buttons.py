"""Inline-button presses: decode, apply once through a service, answer, render."""

from __future__ import annotations

from telegram import Update

from bot.callback_data import parse
from bot.content import TextKey
from bot.content.levels import level_version
from bot.context import BackCoachContext
from bot.domain.routine import Action, ChooseHurt, Press, Rate
from bot.handlers import learn, progress, reminders, safety
from bot.handlers.sending import answer_and_send, answer_quietly, sender_of
from bot.presses import (
    CallbackData,
    ClearedPress,
    ConsentPress,
    DeletePress,
    ExercisePress,
    FeelPress,
    ForgetHealthPress,
    HistoryPagePress,
    KeepDropPress,
    LessonPress,
    LessonsSwitchPress,
    PainPress,
    PausePress,
    ProgressRangePress,
    RemindPress,
    ResetLevelsPress,
    ScreenDone,
    ScreenToggle,
    SettingsPress,
    SkipTodayPress,
    SnoozePress,
    StartPress,
    TimerPress,
    UnlockConfirm,
    ZonePress,
)
from bot.services.profile_reply import ProfileReply, Step
from bot.services.replies import RoutineReply
from bot.views.outgoing import Rendered


async def on_button(update: Update, context: BackCoachContext) -> None:
    """Every callback query is answered, even forged or expired ones."""
    query = update.callback_query
    sender = sender_of(update)
    if query is None:
        return
    data = parse(query.data)
    if sender is None or data is None:
        expired = context.services.catalog.texts.render(TextKey.COMMON_BUTTON_EXPIRED)
        await answer_quietly(query, expired)
        return
    user, chat_id = sender
    rendered = await _dispatch(context, user.id, user.first_name, chat_id, data)
    await answer_and_send(query, context, chat_id, rendered)


async def _dispatch(
    context: BackCoachContext, user_id: int, first_name: str, chat_id: int, data: CallbackData
) -> Rendered:
    """Call the service that owns this button and render its reply."""
    services = context.services
    match data:
        case ExercisePress(session_id, version, choice):
            event = Press(choice) if isinstance(choice, Action) else ChooseHurt(choice)
            return _routine(
                context,
                await services.routine.walk.press(
                    user_id, session_id, version, event, receipt=context.receipt
                ),
            )
        case PainPress(session_id, version, score):
            return _routine(
                context,
                await services.routine.walk.press(
                    user_id, session_id, version, Rate(score), receipt=context.receipt
                ),
            )
        case TimerPress(session_id, version):
            return await _timer(context, user_id, chat_id, session_id, version)
        case StartPress(routine_id) if routine_id in services.catalog.routines:
            return _routine(
                context,
                await services.routine.walk.start(user_id, routine_id, receipt=context.receipt),
            )
        case StartPress():
            return Rendered(toast=services.catalog.texts.render(TextKey.COMMON_BUTTON_EXPIRED))
        case ScreenToggle(mask, index):
            rekeyed = services.views.safety.toggled_keyboard(mask, index)
            return Rendered(rekeyed=rekeyed)
        case ScreenDone(mask):
            reply = await services.profile.setup.finish_screen(
                user_id, mask, receipt=context.receipt
            )
        case ClearedPress():
            return await safety.unlock_button(context, user_id)
        case UnlockConfirm(stamp):
            return await safety.confirm_unlock_button(context, user_id, stamp)
        case PausePress():
            return await reminders.pause_button(context, user_id)
        case ForgetHealthPress():
            return await progress.forget_health_button(context, user_id)
        case ConsentPress(consent):
            reply = await services.profile.setup.set_consent(
                user_id, consent, receipt=context.receipt
            )
        case ZonePress(zone):
            reply = await services.profile.setup.set_timezone(
                user_id, zone, receipt=context.receipt
            )
        case RemindPress(at):
            reply = await services.profile.setup.set_reminder(user_id, at, receipt=context.receipt)
        case SettingsPress(field):
            return await _settings_button(context, user_id, first_name, field)
        case ProgressRangePress(days):
            await progress.show_progress(context, user_id, chat_id, days)
            return Rendered()
        case HistoryPagePress(page):
            return await progress.history_page(context, user_id, page)
        case DeletePress(confirm):
            return await progress.delete_button(context, user_id, confirm)
        case KeepDropPress(exercise_id, keep):
            return await progress.keep_or_drop(context, user_id, exercise_id, keep)
        case SnoozePress(day):
            return await reminders.snooze_button(context, user_id, day)
        case SkipTodayPress(day):
            return await reminders.skip_today_button(context, user_id, day)
        case FeelPress() | LessonPress() | LessonsSwitchPress() | ResetLevelsPress():
            return await learn.growth_button(context, user_id, data)  # issue 20
    return services.views.profile.render(reply, first_name)


def _routine(context: BackCoachContext, reply: RoutineReply) -> Rendered:
    """Render a routine reply."""
    return context.services.views.routine.render(reply)


async def _timer(
    context: BackCoachContext, user_id: int, chat_id: int, session_id: int, version: int
) -> Rendered:
    """Start the countdown for the exercise on screen, if that exercise is still current.

    It counts the hold of the version on screen: the gentler one has its own dose and hold.
    """
    services = context.services
    prompt = await services.routine.walk.current_prompt(
        user_id, session_id, version, receipt=context.receipt
    )
    exercise = None if prompt is None else services.catalog.exercises.get(prompt.exercise_id or "")
    shown = None if exercise is None or prompt is None else exercise.version(gentler=prompt.gentler)
    if shown is exercise and exercise is not None and prompt is not None:
        shown = level_version(exercise, prompt.level)  # the session's dose level (issue 20)
    if shown is None or not shown.is_timed:
        return Rendered(toast=services.catalog.texts.render(TextKey.COMMON_BUTTON_EXPIRED))
    services.routine.timer.start(
        context.bot, chat_id, shown.hold_seconds, (chat_id, session_id, version)
    )
    return Rendered()


async def _settings_button(
    context: BackCoachContext, user_id: int, first_name: str, field: str
) -> Rendered:
    """Ask for a new zone or reminder time, restore the routine, or flip the weekly summary."""
    services = context.services
    if field == "restore":
        return await progress.restore_routine(context, user_id)
    if field == "weekly":
        return await progress.toggle_weekly(context, user_id)
    step = Step.TIMEZONE if field == "tz" else Step.REMIND
    reply: ProfileReply = await services.profile.setup.await_input(
        user_id, step, receipt=context.receipt
    )
    if reply.step is not step:
        return services.views.profile.render(reply, first_name)
    view = services.views.profile
    prompt = view.ask_timezone() if step is Step.TIMEZONE else view.ask_remind_time()
    return Rendered(messages=(prompt,))
