"""A bare python-telegram-bot echo bot: the framework's own ceiling on this machine, for bench.load.

Run: TELEGRAM_BOT_TOKEN=... TELEGRAM_API_BASE_URL=http://127.0.0.1:PORT python -m bench.echo_bot
Every message and every button press gets exactly one sendMessage back. The PTB settings match
BackCoach's: long polling with the same allowed updates, the same concurrent update processor
(per-user order, users concurrent); no database, no rate limiter. Its HTTP is PTB's default
(httpx), unless ECHO_TRANSPORT=aiohttp: then it is BackCoach's own transport
(bot/sending/transport.py), the ceiling of a bot built like BackCoach.
"""

from __future__ import annotations

import os
from typing import Any

from telegram import Update
from telegram.ext import Application, ApplicationBuilder, ContextTypes, TypeHandler

from bot.concurrency import PerUserUpdateProcessor
from bot.sending.transport import AiohttpRequest

ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member"]


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """One sendMessage per update: the text, or the pressed button's data."""
    chat = update.effective_chat
    if chat is None:
        return
    if update.callback_query is not None:
        text = update.callback_query.data or "?"
    elif update.effective_message is not None:
        text = update.effective_message.text or "?"
    else:
        return
    await context.bot.send_message(chat.id, text)


def build(
    token: str, api_root: str, transport: str = "httpx"
) -> Application[Any, Any, Any, Any, Any, Any]:
    """The echo Application, pointed at `<api_root>/bot<token>/…`."""
    builder = (
        ApplicationBuilder()
        .token(token)
        .base_url(f"{api_root.rstrip('/')}/bot")
        .base_file_url(f"{api_root.rstrip('/')}/file/bot")
        .concurrent_updates(PerUserUpdateProcessor())
    )
    if transport == "aiohttp":
        builder = builder.request(AiohttpRequest()).get_updates_request(
            AiohttpRequest(connection_limit=1)
        )
    elif transport != "httpx":
        raise SystemExit(f"ECHO_TRANSPORT must be httpx or aiohttp, not {transport!r}")
    application = builder.build()
    application.add_handler(TypeHandler(Update, echo))
    return application


def main() -> None:
    """Poll until SIGTERM or SIGINT."""
    application = build(
        os.environ["TELEGRAM_BOT_TOKEN"],
        os.environ.get("TELEGRAM_API_BASE_URL", "https://api.telegram.org"),
        os.environ.get("ECHO_TRANSPORT", "httpx"),
    )
    application.run_polling(allowed_updates=ALLOWED_UPDATES)


if __name__ == "__main__":
    main()
