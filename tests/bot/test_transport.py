"""The aiohttp Bot API transport, through a real PTB Bot against the HTTP fake Bot API."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut

from bot.sending.transport import AiohttpRequest, Timeouts
from tests.support.fakes.bot_api import TEST_TOKEN, FakeBotApi
from tests.support.fakes.http_server import FakeBotApiServer
from tests.support.fakes.updates import UpdateFactory

CHAT = 4242


@pytest.fixture
async def server() -> AsyncIterator[FakeBotApiServer]:
    """The fake Bot API on 127.0.0.1, knowing one private chat."""
    api = FakeBotApi()
    api.learn_from(UpdateFactory().user(CHAT).text("hi"))
    async with FakeBotApiServer(api) as running:
        yield running


def bot_for(base_url: str, request: AiohttpRequest) -> Bot:
    """A plain PTB Bot whose every call goes through `request`."""
    return Bot(
        TEST_TOKEN,
        base_url=f"{base_url}/bot",
        base_file_url=f"{base_url}/file/bot",
        request=request,
        get_updates_request=AiohttpRequest(connection_limit=1),
    )


async def test_a_message_with_buttons_arrives_as_telegram_would_read_it(
    server: FakeBotApiServer,
) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("✅ Done", callback_data="s:1:0:d")]])
    async with bot_for(server.base_url, AiohttpRequest()) as bot:
        sent = await bot.send_message(CHAT, "Chin tucks — 10 × 5 s", reply_markup=keyboard)
    call = server.api.calls_of("sendMessage")[-1]
    assert sent.chat.id == CHAT
    assert sent.text == "Chin tucks — 10 × 5 s"
    assert call.params["text"] == "Chin tucks — 10 × 5 s"
    markup = call.params["reply_markup"]
    assert isinstance(markup, dict), "parameters go as one JSON object, the keyboard nested in it"
    assert markup["inline_keyboard"][0][0]["callback_data"] == "s:1:0:d"


async def test_an_upload_goes_as_multipart_with_its_bytes(server: FakeBotApiServer) -> None:
    gif = b"GIF89a" + bytes(range(256)) * 4
    async with bot_for(server.base_url, AiohttpRequest()) as bot:
        sent = await bot.send_animation(CHAT, gif, filename="chin-tuck.gif", caption="Chin tuck")
    call = server.api.calls_of("sendAnimation")[-1]
    assert call.files["animation"] == gif
    assert call.params["caption"] == "Chin tuck"
    assert sent.animation is not None


async def test_telegram_errors_reach_ptb_as_its_own_exceptions(server: FakeBotApiServer) -> None:
    server.api.fail_next(
        "sendMessage", error_code=429, description="Too Many Requests", retry_after=7
    )
    server.api.fail_next("sendMessage", error_code=400, description="Bad Request: chat not found")
    server.api.fail_next("sendMessage", error_code=502, description="Bad Gateway")
    async with bot_for(server.base_url, AiohttpRequest()) as bot:
        with pytest.raises(RetryAfter) as too_many:
            await bot.send_message(CHAT, "one")
        with pytest.raises(BadRequest, match="Chat not found"):
            await bot.send_message(CHAT, "two")
        with pytest.raises(NetworkError, match="Bad Gateway"):
            await bot.send_message(CHAT, "three")
        assert (await bot.send_message(CHAT, "four")).text == "four"
    assert too_many.value.retry_after == 7


async def test_a_slow_answer_times_out_after_the_read_timeout(server: FakeBotApiServer) -> None:
    request = AiohttpRequest(timeouts=Timeouts(read=0.2))
    async with bot_for(server.base_url, request) as bot:
        server.api.set_latency(1.0)  # after getMe at start-up
        with pytest.raises(TimedOut):
            await bot.send_message(CHAT, "slow")
        assert (await bot.send_message(CHAT, "patient", read_timeout=3)).text == "patient"


async def test_nobody_listening_is_a_network_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    request = AiohttpRequest()
    await request.initialize()
    try:
        with pytest.raises(NetworkError, match="aiohttp"):
            await request.post(f"http://127.0.0.1:{port}/bot{TEST_TOKEN}/getMe")
    finally:
        await request.shutdown()
        await request.shutdown()  # twice is harmless


async def test_it_refuses_to_send_before_initialize() -> None:
    with pytest.raises(NetworkError, match="not initialized"):
        await AiohttpRequest().post(f"http://127.0.0.1:9/bot{TEST_TOKEN}/getMe")
