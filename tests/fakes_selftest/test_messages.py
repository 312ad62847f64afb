"""The fake answers message calls the way Telegram does, as seen through a real PTB Bot."""

from __future__ import annotations

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest

from tests.support.fakes import FakeBotApi, FakeRequest

CHAT = 1001


def keyboard(*data: str) -> InlineKeyboardMarkup:
    """One row of buttons labelled like their data."""
    return InlineKeyboardMarkup([[InlineKeyboardButton(d.upper(), callback_data=d) for d in data]])


async def test_get_me_answers_the_test_bot(bot: Bot) -> None:
    me = await bot.get_me()
    assert (me.id, me.username, me.is_bot) == (7000000001, "BackCoachTestBot", True)


async def test_send_message_returns_message_ids_that_increase_per_chat(bot: Bot) -> None:
    first = await bot.send_message(CHAT, "one")
    second = await bot.send_message(CHAT, "two")
    elsewhere = await bot.send_message(2002, "hi")
    assert [first.message_id, second.message_id, elsewhere.message_id] == [1, 2, 1]
    assert second.text == "two"
    assert second.chat.id == CHAT
    assert second.from_user is not None
    assert second.from_user.is_bot


async def test_send_message_echoes_the_inline_keyboard(bot: Bot, api: FakeBotApi) -> None:
    sent = await bot.send_message(CHAT, "pick", reply_markup=keyboard("a", "b"))
    assert sent.reply_markup == keyboard("a", "b")
    assert api.buttons(CHAT, sent.message_id) == [("A", "a"), ("B", "b")]


async def test_calls_are_recorded_in_order_with_decoded_params(bot: Bot, api: FakeBotApi) -> None:
    await bot.send_message(CHAT, "7", reply_markup=keyboard("x"))
    call = api.calls_of("sendMessage")[0]
    assert call.params["chat_id"] == CHAT
    assert call.params["text"] == "7"
    assert call.params["reply_markup"] == {
        "inline_keyboard": [[{"text": "X", "callback_data": "x"}]]
    }
    assert [c.method for c in api.calls] == ["getMe", "sendMessage"]


async def test_editing_with_identical_content_is_refused_as_not_modified(bot: Bot) -> None:
    sent = await bot.send_message(CHAT, "same", reply_markup=keyboard("a"))
    with pytest.raises(BadRequest, match=r"(?i)not modified"):
        await sent.edit_text("same", reply_markup=keyboard("a"))


async def test_editing_text_updates_the_stored_message(bot: Bot, api: FakeBotApi) -> None:
    sent = await bot.send_message(CHAT, "before", reply_markup=keyboard("a"))
    edited = await sent.edit_text("after", reply_markup=keyboard("b"))
    assert edited is not True
    assert api.last_message(CHAT).text == "after"
    assert api.buttons(CHAT, sent.message_id) == [("B", "b")]
    assert api.texts_to(CHAT) == ["before"]


async def test_editing_text_without_markup_removes_the_keyboard(bot: Bot, api: FakeBotApi) -> None:
    sent = await bot.send_message(CHAT, "before", reply_markup=keyboard("a"))
    await sent.edit_text("after")
    assert api.buttons(CHAT, sent.message_id) == []


async def test_editing_an_unknown_message_is_refused(bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
        await bot.edit_message_text("x", chat_id=CHAT, message_id=99)


async def test_editing_only_the_markup_to_the_same_markup_is_refused(bot: Bot) -> None:
    sent = await bot.send_message(CHAT, "pick", reply_markup=keyboard("a"))
    await sent.edit_reply_markup(keyboard("b"))
    with pytest.raises(BadRequest, match=r"(?i)not modified"):
        await sent.edit_reply_markup(keyboard("b"))


async def test_a_blank_text_is_refused_as_empty(bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)message text is empty"):
        await bot.send_message(CHAT, "   \n ")


async def test_a_text_over_4096_characters_is_refused(bot: Bot) -> None:
    await bot.send_message(CHAT, "x" * 4096)
    with pytest.raises(BadRequest, match=r"(?i)message is too long"):
        await bot.send_message(CHAT, "x" * 4097)


async def test_html_tags_do_not_count_towards_the_length_limit(bot: Bot) -> None:
    sent = await bot.send_message(CHAT, "<b>" + "x" * 4096 + "</b>", parse_mode="HTML")
    assert sent.text == "x" * 4096


async def test_callback_data_over_64_bytes_is_refused(bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)BUTTON_DATA_INVALID"):
        await bot.send_message(CHAT, "pick", reply_markup=keyboard("é" * 33))


async def test_a_deleted_message_can_no_longer_be_edited(bot: Bot, api: FakeBotApi) -> None:
    sent = await bot.send_message(CHAT, "bye")
    assert await sent.delete()
    assert api.message(CHAT, sent.message_id) is None
    with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
        await sent.edit_text("again")


async def test_answering_the_same_callback_twice_is_refused(bot: Bot) -> None:
    assert await bot.answer_callback_query("12345")
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await bot.answer_callback_query("12345")


async def test_set_my_commands_rejects_uppercase_names(bot: Bot) -> None:
    assert await bot.set_my_commands([("routine", "Start today's routine")])
    assert [c.command for c in await bot.get_my_commands()] == ["routine"]
    with pytest.raises(BadRequest, match=r"(?i)BOT_COMMAND_INVALID"):
        await bot.set_my_commands([("Routine", "Start")])


async def test_clear_forgets_calls_but_keeps_messages(bot: Bot, api: FakeBotApi) -> None:
    sent = await bot.send_message(CHAT, "kept")
    api.clear()
    assert api.calls == []
    await sent.edit_text("edited")
    assert [c.method for c in api.calls] == ["editMessageText"]


async def test_any_base_url_works_and_the_token_is_recorded(api: FakeBotApi) -> None:
    token = "123:" + "z" * 30
    request = FakeRequest(api)
    async with Bot(token, base_url="https://tg.example/custom/bot", request=request) as custom:
        await custom.send_message(CHAT, "hi")
    assert api.calls_of("sendMessage")[0].token == token
