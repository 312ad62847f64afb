"""Inline-button presses: decode, apply once through a service, answer, render."""

from __future__ import annotations

from telegram import Message, Update

from bot.callback_data import parse
from bot.content import TextKey
from bot.content.plans import dose_in, timer_intervals
from bot.context import BackCoachContext
from bot.domain.routine import Action, ChooseHurt, Press, Rate
from bot.domain.weekly_goal import WeeklyGoal
from bot.handlers import learn, progress, psfs, reminders, report, safety
from bot.handlers.sending import answer_and_send, answer_quietly, sender_of
from bot.presses import (
    BandPress,
    CallbackData,
    ClearedPress,
    ConsentPress,
    DeletePress,
    ErasePress,
    ExercisePress,
    FeelPress,
    ForgetHealthPress,
    GoalPress,
    HistoryPagePress,
    KeepDropPress,
    LessonPress,
    LessonsSwitchPress,
    PainPress,
    PausePress,
    ProgressRangePress,
    ProgressWindowPress,
    PsfsOfferPress,
    PsfsPress,
    RemindPress,
    ReportRangePress,
    ResetLevelsPress,
    ScreenDone,
    ScreenToggle,
    SettingsPress,
    SkipTodayPress,
    SnoozePress,
    StartPress,
    SwitchRoutinePress,
    TimerPress,
    UnlockConfirm,
    ZonePress,
)
from bot.services.profile_reply import ProfileReply, Step
from bot.services.replies import RoutineReply
from bot.views.answers import answer_label, pressed_label
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
    markup = query.message.reply_markup if isinstance(query.message, Message) else None
    answer = answer_label(data, pressed_label(markup, query.data))
    await answer_and_send(query, context, chat_id, rendered, answer)


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
            walked = await services.routine.walk.press(
                user_id, session_id, version, Rate(score), receipt=context.receipt
            )
            # Issue 19: the function check's one short offer after a completed session's summary.
            return await psfs.with_offer(context, user_id, walked, _routine(context, walked))
        case TimerPress(session_id, version):
            return await _timer(context, user_id, chat_id, session_id, version)
        case StartPress(routine_id) if routine_id in services.catalog.routines:
            return _routine(
                context,
                await services.routine.walk.start(user_id, routine_id, receipt=context.receipt),
            )
        case StartPress():
            return Rendered(toast=services.catalog.texts.render(TextKey.COMMON_BUTTON_EXPIRED))
        case SwitchRoutinePress(routine_id, paused_id):
            return _routine(
                context,
                await services.routine.walk.start_instead(
                    user_id, routine_id, paused_id, receipt=context.receipt
                ),
            )
        case BandPress(has_band):
            reply = await services.profile.setup.set_band(
                user_id, has_band, receipt=context.receipt
            )
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
                user_id, zone, receipt=context.receipt, button=True
            )
        case GoalPress(days):
            goal = WeeklyGoal(days)
            reply = await services.profile.setup.set_goal(user_id, goal, receipt=context.receipt)
        case RemindPress(at):
            reply = await services.profile.setup.set_reminder(
                user_id, at, receipt=context.receipt, button=True
            )
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
        case ErasePress(nonce):
            return await progress.erase_button(context, user_id, nonce)
        case ProgressWindowPress(days):
            return await progress.range_button(context, user_id, days)
        case PsfsOfferPress(start):
            return await psfs.offer_button(context, user_id, start)
        case PsfsPress():
            return await psfs.check_button(context, user_id, data)
        case ReportRangePress(days):
            return await report.period_button(context, user_id, first_name, chat_id, days)
        case FeelPress() | LessonPress() | LessonsSwitchPress() | ResetLevelsPress():
            return await learn.growth_button(context, user_id, data)  # issue 20
    return services.views.profile.render(reply, first_name)


def _routine(context: BackCoachContext, reply: RoutineReply) -> Rendered:
    """Render a routine reply."""
    return context.services.views.routine.render(reply)


async def _timer(
    context: BackCoachContext, user_id: int, chat_id: int, session_id: int, version: int
) -> Rendered:
    """Run the timed sequence of the exercise on screen, if that exercise is still current.

    It follows the dose of the version on screen, per side and per round (the gentler one and
    the 2-minute routine have their own); a second tap while it runs gets a toast.
    """
    services, texts = context.services, context.services.catalog.texts
    walk = services.routine.walk
    prompt = await walk.current_prompt(user_id, session_id, version, receipt=context.receipt)
    exercise = None if prompt is None else services.catalog.exercises.get(prompt.exercise_id or "")
    if prompt is None or exercise is None:
        return Rendered(toast=texts.render(TextKey.COMMON_BUTTON_EXPIRED))
    dose = dose_in(
        services.catalog,
        prompt.routine_id,
        exercise,
        gentler=prompt.gentler,
        level=prompt.level,
    )
    if not dose.is_timed:
        return Rendered(toast=texts.render(TextKey.COMMON_BUTTON_EXPIRED))

    async def still_current() -> bool:
        return await walk.current_prompt(user_id, session_id, version, receipt=None) is not None

    finish = services.views.routine.timer_done(prompt)
    started = services.routine.timer.start(
        context.bot, chat_id, timer_intervals(dose), finish, still_current
    )
    return Rendered() if started else Rendered(toast=texts.render(TextKey.ROUTINE_TIMER_BUSY))


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
