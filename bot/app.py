"""The composition root: the only place that wires settings, storage, services and handlers."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from types import MappingProxyType
from typing import Any

from telegram.ext import (
    Application,
    ApplicationBuilder,
    ContextTypes,
    ExtBot,
    JobQueue,
)
from telegram.request import BaseRequest

from bot.concurrency import PerUserUpdateProcessor
from bot.content import Catalog
from bot.content.languages import Languages, language_names, load_languages
from bot.content.plans import without_band
from bot.context import (
    BackCoachContext,
    BotData,
    DataServices,
    GrowthServices,
    Infrastructure,
    ProfileServices,
    ReminderServices,
    RoutineServices,
    Services,
    Views,
)
from bot.demos import DemoLibrary
from bot.handlers.routes import register_handlers
from bot.health import HealthProbe
from bot.i18n import ENGLISH
from bot.jobs.delivery import Delivery
from bot.jobs.messages import DailyNudges, WeeklySummaries
from bot.jobs.tick import Tick
from bot.logging_setup import install_token_redaction
from bot.menu import menus, set_or_retry_later
from bot.reports.maker import ReportMaker
from bot.reports.words import report_words
from bot.sending.rate_limit import Priority, PriorityRateLimiter
from bot.sending.transport import AiohttpRequest
from bot.services.expectations import ExpectationService
from bot.services.language import LanguageService
from bot.services.lessons import LessonService
from bot.services.media import ExerciseMedia
from bot.services.nudge_jobs import Lease
from bot.services.nudges import NudgeService
from bot.services.profile import ProfileService
from bot.services.progress import ProgressService
from bot.services.progression import Growth
from bot.services.progression_service import ProgressionService
from bot.services.psfs import PsfsService
from bot.services.receipts import ReceiptService
from bot.services.reminder_prefs import ReminderPrefsService
from bot.services.report import ReportService
from bot.services.routine import RoutineService
from bot.services.safety import SafetyService
from bot.services.settings_screen import SettingsService
from bot.services.stats import StatsService
from bot.services.user_data import UserDataService
from bot.services.weekly import WeeklySummaryService
from bot.settings import Settings
from bot.timer import CountdownTimer, Sleep
from bot.views.growth_view import GrowthView
from bot.views.nudge_view import NudgeView
from bot.views.profile_view import ProfileView
from bot.views.progress_view import ProgressView
from bot.views.psfs_view import PsfsView
from bot.views.reminder_view import ReminderView
from bot.views.report_view import ReportView
from bot.views.routine_view import RoutineView
from bot.views.safety_view import SafetyView
from bot.views.settings_view import SettingsView
from db.engine import create_engine, create_session_factory
from db.health import DatabaseProbe
from db.migrate import upgrade_database as upgrade_database  # for `python -m bot.migrate`
from db.migrate import upgrade_to_head
from db.uow import SqlUnitOfWorkFactory

logger = logging.getLogger(__name__)
BackCoachApp = Application[
    ExtBot[Priority], BackCoachContext, dict[Any, Any], dict[Any, Any], BotData, JobQueue[Any]
]


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
    languages = load_languages(settings.content_dir)  # issue 18: every language, checked now
    if catalog is not None:  # a test's own English content
        languages = Languages(MappingProxyType({**languages.catalogs, ENGLISH: catalog}))
    catalog = languages.english
    engine = create_engine(settings.database_url)
    uow_factory = SqlUnitOfWorkFactory(create_session_factory(engine))
    late = timedelta(minutes=settings.nudge_max_late_minutes)
    services = _services(settings, catalog, uow_factory, clock, sleep, languages)
    bundles = _language_bundles(services, languages, settings, uow_factory, clock, sleep)
    nudges = services.reminders.nudges
    limiter = PriorityRateLimiter(
        settings.rate_limit_per_second,
        paid_per_second=settings.paid_broadcast_per_second if settings.paid_broadcast else 0,
    )
    daily = DailyNudges(
        nudges,
        {code: NudgeView(bundle.catalog) for code, bundle in bundles.items()},
        paid=settings.paid_broadcast,
    )
    tick = Tick(
        nudges=Delivery(daily, nudges, concurrency=64, limiter=limiter),
        summaries=Delivery(
            WeeklySummaries(
                WeeklySummaryService(uow_factory, clock, max_lateness=late, lease=nudges.lease),
                services.data.progress,
                {code: bundle.views.progress for code, bundle in bundles.items()},
            ),
            nudges,
            concurrency=1,
            limiter=limiter,
        ),
        receipts=services.infra.receipts,
        health=services.infra.health,
    )

    # The Bot API transports: PTB closes them on a normal stop, post_shutdown after a failed one.
    transports = (
        (request, request)
        if request is not None
        else (AiohttpRequest(), AiohttpRequest(connection_limit=1))
    )

    async def post_init(application: BackCoachApp) -> None:
        """Migrate before the first update, then register the command menu (retried later)."""
        await upgrade_to_head(engine)
        await set_or_retry_later(application.bot, application.job_queue, menus(languages))
        services.routine.media.start_prerender()
        logger.info("started bot=%s", application.bot.username)

    async def post_shutdown(application: BackCoachApp) -> None:
        """Let countdowns finish, close the Bot API sessions and the database pool."""
        for bundle in bundles.values():
            await bundle.routine.timer.drain()
        await services.routine.media.close()
        for transport in transports:
            await transport.shutdown()
        await services.infra.health.close()
        await engine.dispose()

    context_types = ContextTypes(context=BackCoachContext, bot_data=BotData)
    builder = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token.get_secret_value())
        .base_url(settings.bot_api_url)
        .base_file_url(settings.bot_file_url)
        .context_types(context_types)
        .concurrent_updates(PerUserUpdateProcessor())
        .rate_limiter(limiter)
        .post_init(post_init)
        .post_shutdown(post_shutdown)
    )
    builder = builder.request(transports[0]).get_updates_request(transports[1])
    if not polling:
        builder = builder.updater(None)
    application: BackCoachApp = builder.build()
    application.bot_data.attach(services, tick, bundles)
    register_handlers(application)
    if application.job_queue is not None:
        application.job_queue.run_repeating(
            tick.run, interval=settings.nudge_tick_seconds, first=0, name="nudge-tick"
        )
    return application


def _services(
    settings: Settings,
    catalog: Catalog,
    uow_factory: SqlUnitOfWorkFactory,
    clock: Callable[[], datetime],
    sleep: Sleep,
    languages: Languages,
) -> Services:
    """Every service and view the handlers use, grouped by purpose (in English)."""
    late = timedelta(minutes=settings.nudge_max_late_minutes)
    stale_after = timedelta(seconds=max(3 * settings.nudge_tick_seconds, 120))
    plans = {routine_id: routine.exercises for routine_id, routine in catalog.routines.items()}
    screen = [(item.id, item.severity) for item in catalog.screening]
    growth = Growth(
        ladder_sizes={exercise.id: len(exercise.level) for exercise in catalog.exercises.values()},
        lesson_ids=tuple(lesson.id for lesson in catalog.lessons),
        fixed_doses=frozenset(
            (routine_id, exercise_id)
            for routine_id, routine in catalog.routines.items()
            for exercise_id in routine.doses
        ),
    )
    return Services(
        catalog=catalog,
        routine=RoutineServices(
            walk=RoutineService(uow_factory, plans, clock, without_band(catalog), growth),
            expectations=ExpectationService(uow_factory),
            media=ExerciseMedia(uow_factory, _demo_library(settings, catalog), clock),
            timer=CountdownTimer(catalog.texts, settings.timer_tick_seconds, sleep),
        ),
        profile=ProfileServices(
            setup=ProfileService(uow_factory, screen, clock),
            safety=SafetyService(uow_factory, clock),
            screen=SettingsService(uow_factory, clock),
        ),
        reminders=ReminderServices(
            prefs=ReminderPrefsService(uow_factory, clock),
            nudges=NudgeService(
                uow_factory,
                clock,
                max_lateness=late,
                batch_size=settings.nudge_batch_size,
                lease=Lease(timedelta(seconds=settings.nudge_lease_seconds)),
                outage_gap=stale_after,
            ),
        ),
        data=DataServices(
            progress=ProgressService(uow_factory, clock),
            user_data=UserDataService(uow_factory, clock),
            stats=StatsService(uow_factory, clock, send_rate=_bulk_rate(settings)),
            psfs=PsfsService(uow_factory, clock),
            report=ReportService(uow_factory, clock, report_words(catalog)),
            report_maker=ReportMaker(catalog.texts),
        ),
        views=_views(catalog, languages),
        infra=Infrastructure(
            receipts=ReceiptService(uow_factory, clock),
            health=HealthProbe(DatabaseProbe(settings.database_url), clock, stale_after),
            admin_ids=settings.admin_ids,
            languages=LanguageService(uow_factory, clock, languages.codes),
        ),
        growth=GrowthServices(
            progression=ProgressionService(uow_factory, growth, clock),
            lessons=LessonService(uow_factory, growth.lesson_ids, clock),
            view=GrowthView(catalog),
        ),
    )


def _views(catalog: Catalog, languages: Languages) -> Views:
    """One language's views."""
    safety_view = SafetyView(catalog)
    settings_view = SettingsView(catalog, language_names(languages))
    return Views(
        routine=RoutineView(catalog, safety_view),
        profile=ProfileView(catalog, safety_view, settings_view),
        safety=safety_view,
        reminders=ReminderView(catalog),
        progress=ProgressView(catalog),
        settings=settings_view,
        psfs=PsfsView(catalog),
        report=ReportView(catalog),
    )


def _language_bundles(
    english: Services,
    languages: Languages,
    settings: Settings,
    uow_factory: SqlUnitOfWorkFactory,
    clock: Callable[[], datetime],
    sleep: Sleep,
) -> dict[str, Services]:
    """Issue 18: per language, the services with its catalog, views and word-bound pieces."""
    bundles = {ENGLISH: english}
    for code, catalog in languages.catalogs.items():
        if code == ENGLISH:
            continue
        bundles[code] = replace(
            english,
            catalog=catalog,
            views=_views(catalog, languages),
            routine=replace(
                english.routine,
                timer=CountdownTimer(catalog.texts, settings.timer_tick_seconds, sleep),
            ),
            data=replace(
                english.data,
                report=ReportService(uow_factory, clock, report_words(catalog)),
                report_maker=ReportMaker(catalog.texts),
            ),
            growth=replace(english.growth, view=GrowthView(catalog)),
        )
    return bundles


def _bulk_rate(settings: Settings) -> float:
    """Nudges a second this replica sends (0: unlimited), for /stats' crowd estimate."""
    if settings.paid_broadcast and settings.rate_limit_per_second > 0:
        return settings.paid_broadcast_per_second
    return settings.rate_limit_per_second


def _demo_library(settings: Settings, catalog: Catalog) -> DemoLibrary | None:
    """Movement specs are content too: validated here, at start-up."""
    if not settings.demos_enabled:
        return None
    specs = None if settings.content_dir is None else settings.content_dir / "movements.toml"
    return DemoLibrary(catalog, settings.media_cache_dir, specs)
