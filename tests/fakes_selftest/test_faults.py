"""Staged faults surface in PTB as the same exceptions real Telegram failures produce."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from telegram import Bot
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError, TimedOut

from tests.support.fakes import FakeBotApi

CHAT = 1001


async def test_a_staged_429_raises_retry_after_with_the_given_delay(
    bot: Bot, api: FakeBotApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "true")
    api.fail_next(
        "sendMessage", error_code=429, description="Too Many Requests: retry after 7", retry_after=7
    )
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(CHAT, "hi")
    assert caught.value.retry_after == dt.timedelta(seconds=7)
    assert (await bot.send_message(CHAT, "hi")).message_id == 1


async def test_a_failed_send_is_recorded_but_not_counted_as_delivered(
    bot: Bot, api: FakeBotApi
) -> None:
    api.fail_next("sendMessage", error_code=400, description="Bad Request: boom")
    with pytest.raises(BadRequest):
        await bot.send_message(CHAT, "lost")
    await bot.send_message(CHAT, "kept")
    assert [c.status for c in api.sent_to(CHAT)] == [400, 200]
    assert api.texts_to(CHAT) == ["kept"]


async def test_a_fault_fires_the_given_number_of_times_only(bot: Bot, api: FakeBotApi) -> None:
    api.fail_next("sendMessage", error_code=502, description="Bad Gateway", times=2)
    for _ in range(2):
        with pytest.raises(TelegramError):
            await bot.send_message(CHAT, "x")
    await bot.send_message(CHAT, "x")
    assert api.faults.pending() == []


async def test_a_fault_scoped_to_a_chat_spares_other_chats(bot: Bot, api: FakeBotApi) -> None:
    api.fail_next("sendMessage", error_code=400, description="Bad Request: nope", chat_id=CHAT)
    await bot.send_message(2002, "fine")
    with pytest.raises(BadRequest, match=r"(?i)nope"):
        await bot.send_message(CHAT, "refused")


async def test_a_blocked_user_makes_every_send_and_edit_forbidden(
    bot: Bot, api: FakeBotApi
) -> None:
    sent = await bot.send_message(CHAT, "before")
    api.block_user(CHAT)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(CHAT, "hi")
    with pytest.raises(Forbidden):
        await sent.edit_text("edit")
    api.unblock_user(CHAT)
    assert (await bot.send_message(CHAT, "back")).message_id == 2


async def test_a_malformed_answer_raises_invalid_server_response(bot: Bot, api: FakeBotApi) -> None:
    api.malformed_next("sendMessage")
    with pytest.raises(TelegramError, match="Invalid server response"):
        await bot.send_message(CHAT, "hi")


async def test_a_staged_timeout_raises_timed_out_without_sending(bot: Bot, api: FakeBotApi) -> None:
    api.timeout_next("sendMessage")
    with pytest.raises(TimedOut):
        await bot.send_message(CHAT, "hi")
    assert api.messages_to(CHAT) == []
    assert api.calls_of("sendMessage")[0].status == 0


async def test_a_processed_timeout_delivers_the_message_but_loses_the_answer(
    bot: Bot, api: FakeBotApi
) -> None:
    api.timeout_next("sendMessage", processed=True)
    with pytest.raises(TimedOut):
        await bot.send_message(CHAT, "hi")
    assert api.last_message(CHAT).text == "hi"
    assert api.texts_to(CHAT) == ["hi"]


async def test_latency_delays_every_answer(bot: Bot, api: FakeBotApi) -> None:
    api.set_latency(0.2)
    started = time.monotonic()
    await bot.send_message(CHAT, "slow")
    assert time.monotonic() - started >= 0.2


async def test_an_unknown_method_answers_404(bot: Bot, api: FakeBotApi) -> None:
    with pytest.raises(TelegramError, match="not found in Bot API"):
        await bot.do_api_request("sendTelepathy", api_kwargs={"chat_id": CHAT})
    assert api.calls[-1].status == 404
