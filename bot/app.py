"""The composition root: the only place that wires settings, storage, services and handlers."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
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
from bot.content.languages import Languages, load_languages
from bot.context import (
    BackCoachContext,
    BotData,
)
from bot.handlers.routes import register_handlers
from bot.health import HealthProbe
from bot.jobs.delivery import Delivery
from bot.jobs.messages import DailyNudges, WeeklySummaries
from bot.jobs.tick import Tick
from bot.logging_setup import install_token_redaction
from bot.menu import menus, set_or_retry_later
from bot.sending.rate_limit import Priority, PriorityRateLimiter
from bot.sending.transport import AiohttpRequest
from bot.services.weekly import WeeklySummaryService
from bot.settings import Settings
from bot.timer import Sleep
from bot.views.nudge_view import NudgeView
from bot.wiring import build_services, language_bundles, outage_gap
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
    languages: Languages | None = None,
    polling: bool = True,
) -> BackCoachApp:
    """Build the fully wired Application; content is validated here, before anything runs.

    `languages`: the content of settings.content_dir, already loaded and checked (the tests
    load it once for hundreds of applications); by default it is loaded here.
    """
    install_token_redaction(settings.telegram_bot_token.get_secret_value(), settings.webhook_secret)
    if languages is None:
        languages = load_languages(settings.content_dir)  # issue 18: every language, checked
    engine = create_engine(settings.database_url)
    uow_factory = SqlUnitOfWorkFactory(create_session_factory(engine))
    late = timedelta(minutes=settings.nudge_max_late_minutes)
    health = HealthProbe(DatabaseProbe(settings.database_url), clock, outage_gap(settings))
    services = build_services(settings, languages, uow_factory, clock, sleep, health)
    bundles = language_bundles(services, languages, settings, uow_factory, clock, sleep)
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
