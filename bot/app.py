"""The composition root: the only place that wires settings, storage, services and handlers."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from telegram import BotCommand, Update
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    ContextTypes,
    ExtBot,
    JobQueue,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.request import BaseRequest

from bot.concurrency import PerUserUpdateProcessor
from bot.content import Catalog, load_catalog
from bot.context import BackCoachContext, BotData, Services
from bot.demos import DemoLibrary
from bot.handlers import (
    admin,
    buttons,
    commands,
    membership,
    messages,
    progress,
    receipts,
    reminders,
    safety,
)
from bot.handlers.errors import on_error
from bot.handlers.timer import CountdownTimer, Sleep
from bot.health import HealthProbe
from bot.jobs.nudge_tick import NudgeDispatcher, run_nudge_tick
from bot.jobs.weekly_summary import WeeklyDispatcher
from bot.logging_setup import install_token_redaction
from bot.sending.rate_limit import Priority, PriorityRateLimiter
from bot.sending.transport import AiohttpRequest
from bot.services.expectations import ExpectationService
from bot.services.media import ExerciseMedia
from bot.services.nudges import NudgeService
from bot.services.profile import ProfileService
from bot.services.progress import ProgressService
from bot.services.receipts import ReceiptService
from bot.services.reminder_prefs import ReminderPrefsService
from bot.services.routine import RoutineService
from bot.services.safety import SafetyService
from bot.services.stats import StatsService
from bot.services.user_data import UserDataService
from bot.services.weekly import WeeklySummaryService
from bot.settings import Settings
from bot.views.nudge_view import NudgeView
from bot.views.profile_view import ProfileView
from bot.views.progress_view import ProgressView
from bot.views.reminder_view import ReminderView
from bot.views.routine_view import RoutineView
from bot.views.safety_view import SafetyView
from db.engine import create_engine, create_session_factory
from db.health import DatabaseProbe
from db.migrate import upgrade_database as upgrade_database  # for `python -m bot.migrate`
from db.migrate import upgrade_to_head
from db.uow import SqlUnitOfWorkFactory

logger = logging.getLogger(__name__)
BackCoachApp = Application[
    ExtBot[Priority], BackCoachContext, dict[Any, Any], dict[Any, Any], BotData, JobQueue[Any]
]

# Handler groups around the default group 0: the receipt opens first and closes last.
FIRST_GROUP, LAST_GROUP = -1, 1

COMMANDS = (
    ("routine", "Start or resume today's routine"),
    ("quick", "The 2-minute version"),
    ("cancel", "Pause the current session"),
    ("safety", "Warning signs, and what to do"),
    ("settings", "Time zone, reminder, pain tracking"),
    ("timezone", "Set your time zone, e.g. Europe/Berlin"),
    ("remind", "Set your reminder, e.g. 08:30, or off"),
    ("progress", "Your pain chart and numbers"),
    ("history", "Your last sessions"),
    ("pause", "Pause reminders, e.g. /pause 7"),
    ("resume", "Resume reminders"),
    ("export", "All your data as files"),
    ("delete", "Erase all your data"),
    ("help", "What I can do"),
    ("start", "Welcome and safety check"),
)


def utc_now() -> datetime:
    """The real clock; tests pass their own."""
    return datetime.now(UTC)


def build_application(
    settings: Settings,
    *,
    request: BaseRequest | None = None,
    clock: Callable[[], datetime] = utc_now,
    sleep: Sleep = asyncio.sleep,
    catalog: Catalog | None = None,
    polling: bool = True,
) -> BackCoachApp:
    """Build the fully wired Application; content is validated here, before anything runs."""
    install_token_redaction(settings.telegram_bot_token.get_secret_value(), settings.webhook_secret)
    catalog = catalog or load_catalog(settings.content_dir)
    engine = create_engine(settings.database_url)
    uow_factory = SqlUnitOfWorkFactory(create_session_factory(engine))
    late = timedelta(minutes=settings.nudge_max_late_minutes)
    nudges = NudgeService(
        uow_factory,
        clock,
        max_lateness=late,
        batch_size=settings.nudge_batch_size,
    )
    stale_after = timedelta(seconds=max(3 * settings.nudge_tick_seconds, 120))
    progress_service = ProgressService(uow_factory, clock)
    progress_view = ProgressView(catalog)
    plans = {routine_id: routine.exercises for routine_id, routine in catalog.routines.items()}
    safety_view = SafetyView(catalog)
    screen = [(item.id, item.severity) for item in catalog.screening]
    services = Services(
        catalog=catalog,
        profile=ProfileService(uow_factory, screen, clock),
        routine=RoutineService(uow_factory, plans, clock),
        expectations=ExpectationService(uow_factory),
        routine_view=RoutineView(catalog, safety_view),
        profile_view=ProfileView(catalog, safety_view),
        timer=CountdownTimer(catalog.texts, settings.timer_tick_seconds, sleep),
        reminder_prefs=ReminderPrefsService(uow_factory, clock),
        reminder_view=ReminderView(catalog),
        nudges=nudges,
        nudge_dispatcher=NudgeDispatcher(nudges, NudgeView(catalog)),
        media=ExerciseMedia(uow_factory, _demo_library(settings, catalog), clock),
        progress=progress_service,
        progress_view=progress_view,
        user_data=UserDataService(uow_factory, clock),
        weekly_dispatcher=WeeklyDispatcher(
            WeeklySummaryService(uow_factory, clock, max_lateness=late),
            nudges,
            progress_service,
            progress_view,
        ),
        stats=StatsService(uow_factory, clock),
        admin_ids=settings.admin_ids,
        receipts=ReceiptService(uow_factory, clock),
        health=HealthProbe(DatabaseProbe(settings.database_url), clock, stale_after),
        safety=SafetyService(uow_factory, clock),
        safety_view=safety_view,
    )

    async def post_init(application: BackCoachApp) -> None:
        """Migrate before the first update, then register the command menu."""
        await upgrade_to_head(engine)
        await application.bot.set_my_commands([BotCommand(name, text) for name, text in COMMANDS])
        services.media.start_prerender()
        logger.info("started bot=%s", application.bot.username)

    async def post_shutdown(application: BackCoachApp) -> None:
        """Let countdowns finish and close the database pool."""
        await services.timer.drain()
        await services.media.close()
        await services.health.close()
        await engine.dispose()

    context_types = ContextTypes(context=BackCoachContext, bot_data=BotData)
    builder = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token.get_secret_value())
        .base_url(settings.bot_api_url)
        .base_file_url(settings.bot_file_url)
        .context_types(context_types)
        .concurrent_updates(PerUserUpdateProcessor())
        .rate_limiter(PriorityRateLimiter(settings.rate_limit_per_second))
        .post_init(post_init)
        .post_shutdown(post_shutdown)
    )
    if request is None:
        builder = builder.request(AiohttpRequest()).get_updates_request(
            AiohttpRequest(connection_limit=1)
        )
    else:
        builder = builder.request(request).get_updates_request(request)
    if not polling:
        builder = builder.updater(None)
    application: BackCoachApp = builder.build()
    application.bot_data.attach(services)
    register_handlers(application)
    if application.job_queue is not None:
        application.job_queue.run_repeating(
            run_nudge_tick, interval=settings.nudge_tick_seconds, first=0, name="nudge-tick"
        )
    return application


def _demo_library(settings: Settings, catalog: Catalog) -> DemoLibrary | None:
    """Movement specs are content too: validated here, at start-up."""
    if not settings.demos_enabled:
        return None
    specs = None if settings.content_dir is None else settings.content_dir / "movements.toml"
    return DemoLibrary(catalog, settings.media_cache_dir, specs)


def register_handlers(application: BackCoachApp) -> None:
    """Receipts around everything; commands first, then buttons, typed text, and a catch-all."""
    private = filters.ChatType.PRIVATE
    application.add_handler(TypeHandler(Update, receipts.open_receipt), group=FIRST_GROUP)
    application.add_handler(TypeHandler(Update, receipts.close_receipt), group=LAST_GROUP)
    for name, callback in (
        ("start", commands.start),
        ("help", commands.help_command),
        ("routine", commands.routine),
        ("quick", commands.quick),
        ("cancel", commands.cancel),
        ("settings", commands.settings),
        ("timezone", commands.timezone),
        ("remind", commands.remind),
        ("progress", progress.progress),
        ("history", progress.history),
        ("export", progress.export),
        ("delete", progress.delete),
        ("stats", admin.stats),
        ("pause", reminders.pause),
        ("resume", reminders.resume),
        ("safety", safety.safety_command),
    ):
        application.add_handler(
            CommandHandler(name, callback, filters=private & filters.UpdateType.MESSAGE)
        )
    application.add_handler(CallbackQueryHandler(buttons.on_button))
    application.add_handler(
        ChatMemberHandler(membership.on_membership, ChatMemberHandler.MY_CHAT_MEMBER)
    )
    application.add_handler(
        MessageHandler(
            private & filters.UpdateType.MESSAGE & filters.COMMAND, commands.unknown_command
        )
    )
    application.add_handler(
        MessageHandler(private & filters.UpdateType.MESSAGE & filters.TEXT, messages.on_text)
    )
    application.add_handler(MessageHandler(private, messages.on_other))
    application.add_error_handler(on_error)
