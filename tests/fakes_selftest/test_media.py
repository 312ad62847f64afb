"""Uploads get file_ids that can be re-sent and downloaded, as on Telegram."""

from __future__ import annotations

import pytest
from telegram import Bot, InputMediaPhoto, Message
from telegram.error import BadRequest

from tests.support.fakes import FakeBotApi

CHAT = 1001


async def test_an_uploaded_document_gets_a_file_id_and_keeps_its_bytes(
    bot: Bot, api: FakeBotApi
) -> None:
    sent = await bot.send_document(CHAT, b"%PDF-1.4 plan", filename="plan.pdf", caption="Plan")
    assert sent.document is not None
    assert sent.document.file_name == "plan.pdf"
    assert sent.caption == "Plan"
    assert api.calls_of("sendDocument")[0].files == {"document": b"%PDF-1.4 plan"}
    assert api.file_bytes(sent.document.file_id) == b"%PDF-1.4 plan"


async def test_a_photo_can_be_sent_again_by_its_file_id(bot: Bot, api: FakeBotApi) -> None:
    first = await bot.send_photo(CHAT, b"\x89PNG fake")
    file_id = first.photo[-1].file_id
    again = await bot.send_photo(2002, file_id)
    assert again.photo[-1].file_id == file_id
    assert api.calls_of("sendPhoto")[1].files == {}


async def test_an_animation_message_carries_animation_and_document(bot: Bot) -> None:
    sent = await bot.send_animation(CHAT, b"GIF89a", filename="neck.gif")
    assert sent.animation is not None
    assert sent.document is not None
    assert sent.animation.file_id == sent.document.file_id


async def test_an_unknown_file_id_is_refused(bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)wrong file identifier"):
        await bot.send_document(CHAT, "no-such-file-id")


async def test_a_file_can_be_fetched_with_get_file_and_downloaded(bot: Bot) -> None:
    sent = await bot.send_document(CHAT, b"hello file", filename="a.txt")
    assert sent.document is not None
    file = await bot.get_file(sent.document.file_id)
    assert file.file_path is not None
    assert file.file_path.endswith(".txt")
    assert bytes(await file.download_as_bytearray()) == b"hello file"


async def test_editing_a_caption_changes_it_and_refuses_a_no_op(bot: Bot, api: FakeBotApi) -> None:
    sent = await bot.send_photo(CHAT, b"img", caption="old")
    await sent.edit_caption("new")
    assert api.last_message(CHAT).caption == "new"
    with pytest.raises(BadRequest, match=r"(?i)not modified"):
        await sent.edit_caption("new")


async def test_editing_media_replaces_the_photo_and_refuses_a_no_op_or_a_text_message(
    bot: Bot, api: FakeBotApi
) -> None:
    sent = await bot.send_photo(CHAT, b"\x89PNG one", caption="30 days")
    edited = await bot.edit_message_media(
        InputMediaPhoto(b"\x89PNG two", caption="90 days"), CHAT, sent.message_id
    )
    assert isinstance(edited, Message)
    shown = api.last_message(CHAT)
    assert shown.caption == "90 days"
    assert shown.file_id is not None
    assert api.file_bytes(shown.file_id) == b"\x89PNG two"
    with pytest.raises(BadRequest, match=r"(?i)not modified"):
        await bot.edit_message_media(
            InputMediaPhoto(shown.file_id, caption="90 days"), CHAT, sent.message_id
        )
    text = await bot.send_message(CHAT, "words")
    with pytest.raises(BadRequest, match=r"(?i)no media in the message"):
        await bot.edit_message_media(InputMediaPhoto(b"\x89PNG"), CHAT, text.message_id)
