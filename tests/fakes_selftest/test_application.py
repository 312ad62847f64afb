"""A real PTB Application built on FakeRequest processes factory updates end to end."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes

from tests.support.fakes import TEST_TOKEN, FakeBotApi, FakeRequest, TelegramUser, to_update

AppType = Application[Any, Any, Any, Any, Any, Any]


async def routine(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Offers a two-button keyboard, like a routine step."""
    assert update.effective_chat is not None
    buttons = [
        InlineKeyboardButton("Done ✅", callback_data="ex:s1:1:done"),
        InlineKeyboardButton("Skip", callback_data="ex:s1:1:skip"),
    ]
    await context.bot.send_message(
        update.effective_chat.id, "Chin tucks", reply_markup=InlineKeyboardMarkup([buttons])
    )


async def pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answers the tap and edits the message to show what was chosen."""
    query = update.callback_query
    assert query is not None
    await query.answer()
    await query.edit_message_text(f"Chose {query.data}")


@pytest.fixture
async def app(api: FakeBotApi) -> AsyncIterator[AppType]:
    """The application wired exactly as the bot's tests wire it."""
    application = (
        Application.builder()
        .token(TEST_TOKEN)
        .request(FakeRequest(api))
        .get_updates_request(FakeRequest(api))
        .updater(None)
        .build()
    )
    application.add_handler(CommandHandler("routine", routine))
    application.add_handler(CallbackQueryHandler(pressed))
    async with application:
        yield application


async def test_a_command_update_reaches_the_handler_and_its_reply_is_recorded(
    app: AppType, api: FakeBotApi, alice: TelegramUser
) -> None:
    await app.process_update(to_update(alice.command("/routine"), app.bot))
    assert api.texts_to(alice.chat_id) == ["Chin tucks"]
    assert api.sent_to(alice.chat_id)[0].token == TEST_TOKEN


async def test_pressing_a_shown_button_by_label_runs_the_callback_handler(
    app: AppType, api: FakeBotApi, alice: TelegramUser
) -> None:
    await app.process_update(to_update(alice.command("/routine"), app.bot))
    await app.process_update(to_update(alice.press_button(api, "Skip"), app.bot))
    assert api.last_message(alice.chat_id).text == "Chose ex:s1:1:skip"
    assert len(api.calls_of("answerCallbackQuery")) == 1


async def test_pressing_by_data_prefix_picks_the_matching_button(
    app: AppType, api: FakeBotApi, alice: TelegramUser
) -> None:
    await app.process_update(to_update(alice.command("/routine"), app.bot))
    tap = to_update(alice.press_button(api, "ex:s1:1:d"), app.bot)
    assert tap.callback_query is not None
    assert tap.callback_query.data == "ex:s1:1:done"


async def test_pressing_a_button_that_is_not_shown_fails_loudly(
    app: AppType, api: FakeBotApi, alice: TelegramUser
) -> None:
    await app.process_update(to_update(alice.command("/routine"), app.bot))
    with pytest.raises(LookupError, match="no button matching 'Later'"):
        alice.press_button(api, "Later")


async def test_a_double_tap_is_answered_once_and_refused_the_second_time(
    app: AppType, api: FakeBotApi, alice: TelegramUser
) -> None:
    await app.process_update(to_update(alice.command("/routine"), app.bot))
    tap = alice.press_button(api, "Done")
    await app.process_update(to_update(tap, app.bot))
    await app.process_update(to_update(tap, app.bot))
    assert [c.status for c in api.calls_of("answerCallbackQuery")] == [200, 400]
