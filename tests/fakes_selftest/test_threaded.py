"""The threaded server drives a real polling PTB Application, as `python -m bot` would run."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from telegram import Update
from telegram.ext import Application, ContextTypes, MessageHandler, filters

from tests.support.fakes import TEST_TOKEN, ApiCall, TelegramUser, ThreadedFakeBotApi


@pytest.fixture
def threaded() -> Iterator[ThreadedFakeBotApi]:
    """The fake server on its own thread and loop."""
    with ThreadedFakeBotApi() as running:
        yield running


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Replies with the received text."""
    assert update.message is not None
    assert update.message.text is not None
    await update.message.reply_text(f"echo: {update.message.text}")


def replied(calls: list[ApiCall]) -> bool:
    """Whether the bot has answered with a message."""
    return any(call.method == "sendMessage" and call.ok for call in calls)


async def test_a_polling_application_receives_a_queued_update_and_replies(
    threaded: ThreadedFakeBotApi, alice: TelegramUser
) -> None:
    root = threaded.base_url
    app = (
        Application.builder()
        .token(TEST_TOKEN)
        .base_url(f"{root}/bot")
        .base_file_url(f"{root}/file/bot")
        .build()
    )
    app.add_handler(MessageHandler(filters.TEXT, echo))
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0.0, timeout=2)
        threaded.queue_update(alice.text("hello"))
        assert await threaded.wait_for_async(replied, within=5)
        await app.updater.stop()
        await app.stop()
    assert threaded.api.texts_to(alice.chat_id) == ["echo: hello"]


def test_wait_for_gives_up_after_the_timeout(threaded: ThreadedFakeBotApi) -> None:
    assert threaded.wait_for(replied, timeout=0.1) is False
