"""Over real HTTP, PTB's default httpx transport gets the same answers as in process."""

from __future__ import annotations

import asyncio
import json
import os
import sys
import urllib.error
import urllib.request

import pytest
from telegram import Bot
from telegram.error import InvalidToken, TimedOut
from telegram.request import HTTPXRequest

from tests.support.fakes import (
    TEST_TOKEN,
    FakeBotApi,
    FakeBotApiServer,
    TelegramUser,
    ThreadedFakeBotApi,
)

CHAT = 1001


async def test_get_me_works_over_http(http_bot: Bot) -> None:
    me = await http_bot.get_me()
    assert me.username == "BackCoachTestBot"


async def test_send_message_over_http_records_decoded_params(
    http_bot: Bot, api: FakeBotApi
) -> None:
    sent = await http_bot.send_message(CHAT, "7", parse_mode="HTML")
    assert sent.message_id == 1
    call = api.calls_of("sendMessage")[0]
    assert call.params == {"chat_id": CHAT, "text": "7", "parse_mode": "HTML"}
    assert call.token == http_bot.token


async def test_a_document_upload_over_http_arrives_as_multipart_bytes(
    http_bot: Bot, api: FakeBotApi
) -> None:
    payload = bytes(range(256)) * 40
    sent = await http_bot.send_document(CHAT, payload, filename="data.bin", caption="c")
    assert sent.document is not None
    assert api.file_bytes(sent.document.file_id) == payload
    file = await http_bot.get_file(sent.document.file_id)
    assert bytes(await file.download_as_bytearray()) == payload


async def test_a_long_poll_over_http_returns_a_queued_update(
    http_bot: Bot, api: FakeBotApi, alice: TelegramUser
) -> None:
    poll = asyncio.create_task(http_bot.get_updates(timeout=5))
    await asyncio.sleep(0.1)
    api.queue_update(alice.command("/routine"))
    updates = await poll
    assert updates[0].message is not None
    assert updates[0].message.text == "/routine"


async def test_a_malformed_token_is_refused_as_invalid(server: FakeBotApiServer) -> None:
    root = server.base_url
    request = HTTPXRequest()
    bot = Bot("not-a-token", base_url=f"{root}/bot", request=request)
    try:
        with pytest.raises(InvalidToken):
            await bot.initialize()
    finally:
        await request.shutdown()


async def test_a_fixed_token_rejects_any_other_well_formed_token() -> None:
    api = FakeBotApi(token="1:" + "a" * 30)
    async with FakeBotApiServer(api) as server:
        request = HTTPXRequest()
        bot = Bot("1:" + "b" * 30, base_url=f"{server.base_url}/bot", request=request)
        try:
            with pytest.raises(InvalidToken):
                await bot.get_me()
        finally:
            await request.shutdown()


async def test_many_concurrent_requests_are_all_answered(http_bot: Bot, api: FakeBotApi) -> None:
    sent = await asyncio.gather(*(http_bot.send_message(n, "hi") for n in range(1, 201)))
    assert {m.message_id for m in sent} == {1}
    assert len(api.calls_of("sendMessage")) == 200


async def test_control_routes_queue_updates_and_list_calls(
    server: FakeBotApiServer, http_bot: Bot, alice: TelegramUser
) -> None:
    body = json.dumps(alice.text("from another process")).encode()

    def post() -> None:
        request = urllib.request.Request(f"{server.base_url}/_fake/updates", data=body)
        with urllib.request.urlopen(request, timeout=5):
            pass

    def calls() -> object:
        with urllib.request.urlopen(f"{server.base_url}/_fake/calls", timeout=5) as answer:
            return json.loads(answer.read())

    await asyncio.to_thread(post)
    updates = await http_bot.get_updates()
    assert updates[0].message is not None
    assert updates[0].message.text == "from another process"
    listed = await asyncio.to_thread(calls)
    assert isinstance(listed, dict)
    assert [c["method"] for c in listed["result"]][-1] == "getUpdates"


async def test_a_stalled_answer_times_out_the_client(server: FakeBotApiServer) -> None:
    server.api.timeout_next("sendMessage")
    root = server.base_url
    request = HTTPXRequest(read_timeout=0.3)
    async with Bot(TEST_TOKEN, base_url=f"{root}/bot", request=request) as bot:
        with pytest.raises(TimedOut):
            await bot.send_message(CHAT, "hi")
        assert (await bot.send_message(CHAT, "again")).message_id == 1


async def test_a_json_body_is_accepted_like_a_form(server: FakeBotApiServer) -> None:
    url = f"{server.base_url}/bot{TEST_TOKEN}/sendMessage"
    body = json.dumps({"chat_id": CHAT, "text": "json"}).encode()

    def post() -> object:
        request = urllib.request.Request(
            url, data=body, headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=5) as answer:
            return json.loads(answer.read())

    answer = await asyncio.to_thread(post)
    assert isinstance(answer, dict)
    assert answer["ok"] is True
    assert answer["result"]["text"] == "json"


async def test_a_subprocess_can_use_the_threaded_server() -> None:
    script = (
        "import asyncio, os\n"
        "from telegram import Bot\n"
        "async def main():\n"
        "    root = os.environ['TELEGRAM_API_BASE_URL']\n"
        "    async with Bot(os.environ['TOKEN'], base_url=root + '/bot') as bot:\n"
        "        await bot.send_message(42, 'from a subprocess')\n"
        "asyncio.run(main())\n"
    )
    with ThreadedFakeBotApi() as threaded:
        env = {**os.environ, "TELEGRAM_API_BASE_URL": threaded.base_url, "TOKEN": TEST_TOKEN}
        process = await asyncio.create_subprocess_exec(sys.executable, "-c", script, env=env)
        assert await asyncio.wait_for(process.wait(), 15) == 0
        assert threaded.api.texts_to(42) == ["from a subprocess"]


async def test_get_requests_and_unknown_paths_are_answered_like_telegram(
    server: FakeBotApiServer,
) -> None:
    def fetch(path: str) -> tuple[int, object]:
        try:
            with urllib.request.urlopen(f"{server.base_url}{path}", timeout=5) as answer:
                return answer.status, json.loads(answer.read())
        except urllib.error.HTTPError as refused:
            return refused.code, json.loads(refused.read())

    status, body = await asyncio.to_thread(fetch, f"/bot{TEST_TOKEN}/getMe")
    assert status == 200
    assert isinstance(body, dict)
    assert body["result"]["username"] == "BackCoachTestBot"
    assert await asyncio.to_thread(fetch, "/nowhere") == (
        404,
        {"ok": False, "error_code": 404, "description": "Not Found"},
    )
