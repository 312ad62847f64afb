"""Run until SIGTERM/SIGINT in polling or webhook mode, then shut down without losing anything."""

from __future__ import annotations

import asyncio
import logging
import signal

from bot.app import BackCoachApp
from bot.settings import Settings
from bot.startup import start_step
from bot.web.gateway import UpdateGateway
from bot.web.server import WebServer

logger = logging.getLogger(__name__)

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)
ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member"]


async def serve(application: BackCoachApp, settings: Settings) -> None:
    """Start, wait for a stop signal, then stop in the order that keeps every update.

    A start that cannot go on raises StartFailed (bot/startup.py) after the same stop has
    closed the Bot API sessions and the database pool.
    """
    probe = application.bot_data.services.infra.health
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()

    def on_signal() -> None:
        """First signal: shut down gracefully. A second one gets the default: exit now."""
        stop.set()
        for signum in STOP_SIGNALS:
            loop.remove_signal_handler(signum)

    for signum in STOP_SIGNALS:
        loop.add_signal_handler(signum, on_signal)
    gateway = UpdateGateway(application) if settings.webhook_url else None
    web: WebServer | None = None
    api_root = settings.telegram_api_base_url
    secrets = (settings.telegram_bot_token.get_secret_value(), settings.webhook_secret)
    try:
        with start_step("calling getMe", api_root, secrets):
            await application.initialize()
        with start_step("migrating the database", api_root, secrets):
            if application.post_init is not None:
                await application.post_init(application)
        await application.start()
        port = settings.webhook_port if gateway is not None else settings.health_port
        if port is not None:
            web = WebServer(probe, gateway, settings.webhook_path, settings.webhook_secret)
            web.listen(port, settings.webhook_listen)
        with start_step("calling setWebhook", api_root, secrets):
            await _start_receiving(application, settings)
        await stop.wait()
        logger.info("stop signal received, shutting down")
        probe.stopping()
    finally:
        await _stop(application, gateway, web)


async def _start_receiving(application: BackCoachApp, settings: Settings) -> None:
    """setWebhook (every replica sets the same URL and secret) or start long polling."""
    if settings.webhook_url is not None:
        await application.bot.set_webhook(
            settings.webhook_url,
            secret_token=settings.webhook_secret,
            allowed_updates=ALLOWED_UPDATES,
            max_connections=settings.webhook_max_connections,
        )
        logger.info("webhook mode path=%s", settings.webhook_path)
    elif application.updater is not None:
        await application.updater.start_polling(allowed_updates=ALLOWED_UPDATES)
        logger.info("polling mode")


async def _stop(
    application: BackCoachApp, gateway: UpdateGateway | None, web: WebServer | None
) -> None:
    """No new updates, finish those in flight, stop jobs (nudges release), close the database."""
    if web is not None:
        web.stop_accepting()
    if application.updater is not None and application.updater.running:
        await application.updater.stop()
    if gateway is not None:
        await gateway.drain()
    if application.running:
        await application.stop()
    if web is not None:
        await web.close()
    await application.shutdown()
    if application.post_shutdown is not None:
        await application.post_shutdown(application)
    logger.info("stopped")
