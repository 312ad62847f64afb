"""Webhook mode over real HTTP: secret token, malformed bodies, redelivery, /healthz, SIGTERM."""

from __future__ import annotations

import asyncio
import json
import signal
import socket
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from tests.e2e.process import bot_environment, bot_process
from tests.e2e.webhook import (
    HOOK_PATH,
    PUBLIC_URL,
    SECRET,
    SECRET_HEADER,
    Replica,
    WebhookUser,
    free_port,
    webhook_replica,
)
from tests.support.dbcheck import ratings_of, sessions_of
from tests.support.fakes import TEST_TOKEN, ThreadedFakeBotApi, UpdateFactory

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def served(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[ThreadedFakeBotApi, Replica, str]]:
    """One webhook replica on SQLite for the whole module (starting a process costs seconds)."""
    workdir = tmp_path_factory.mktemp("webhook")
    database_url = f"sqlite+aiosqlite:///{workdir / 'hook.sqlite3'}"
    with (
        ThreadedFakeBotApi() as server,
        webhook_replica(
            server, database_url, workdir / "bot.log", NUDGE_TICK_SECONDS="0.5"
        ) as replica,
    ):
        yield server, replica, database_url


def messages_to(server: ThreadedFakeBotApi, chat_id: int) -> int:
    return len(server.api.messages_to(chat_id))


def test_the_webhook_is_registered_with_its_secret_and_update_types(
    served: tuple[ThreadedFakeBotApi, Replica, str],
) -> None:
    server, _replica, _url = served
    registered = [c for c in server.api.snapshot() if c.method == "setWebhook"]
    assert registered, "setWebhook was never called"
    params = registered[-1].params
    assert params["url"] == PUBLIC_URL
    assert params["secret_token"] == SECRET
    allowed = params["allowed_updates"]
    allowed = json.loads(allowed) if isinstance(allowed, str) else allowed
    assert set(allowed) == {"message", "edited_message", "callback_query", "my_chat_member"}
    assert not any(c.method == "getUpdates" for c in server.api.snapshot())


@pytest.mark.parametrize(
    ("secret", "status"),
    [(None, 403), ("wrong-secret", 403), (SECRET[:-1], 403), (SECRET, 200)],
    ids=["missing", "wrong", "prefix", "right"],
)
def test_only_the_right_secret_token_reaches_a_handler(
    served: tuple[ThreadedFakeBotApi, Replica, str], secret: str | None, status: int
) -> None:
    server, replica, _url = served
    chat_id = {None: 7101, "wrong-secret": 7102, SECRET[:-1]: 7103, SECRET: 7104}[secret]
    person = UpdateFactory.shared().user(chat_id)
    response = replica.post(person.command("/help"), secret=secret)
    assert response.status_code == status
    assert messages_to(server, chat_id) == (1 if status == 200 else 0)


@pytest.mark.parametrize(
    "body",
    [b"{not json", b"", b"[]", b'{"message": {"text": "no update_id"}}', b"\xff\xfe"],
    ids=["broken", "empty", "array", "no-update-id", "not-utf8"],
)
def test_a_malformed_body_gets_400(
    served: tuple[ThreadedFakeBotApi, Replica, str], body: bytes
) -> None:
    _server, replica, _url = served
    response = replica.post_raw(body)
    assert response.status_code == 400
    assert replica.health().status_code == 200


OVER_THE_LIMIT = 1024 * 1024 + 1


def chunked(size: int) -> Iterator[bytes]:
    """A body without Content-Length: httpx sends it chunked."""
    for start in range(0, size, 64 * 1024):
        yield b"x" * min(64 * 1024, size - start)


@pytest.mark.parametrize(
    "body",
    [b"x" * OVER_THE_LIMIT, chunked(OVER_THE_LIMIT + 512 * 1024)],
    ids=["content-length", "chunked"],
)
def test_a_body_over_the_size_limit_gets_413(
    served: tuple[ThreadedFakeBotApi, Replica, str], body: bytes | Iterator[bytes]
) -> None:
    _server, replica, _url = served
    headers = {SECRET_HEADER: SECRET, "Content-Type": "application/json"}
    response = httpx.post(replica.base_url + HOOK_PATH, content=body, headers=headers, timeout=30)
    assert response.status_code == 413
    assert replica.health().status_code == 200


def test_a_declared_giant_body_gets_413_without_being_read(
    served: tuple[ThreadedFakeBotApi, Replica, str],
) -> None:
    _server, replica, _url = served
    request = (
        f"POST {HOOK_PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\n{SECRET_HEADER}: {SECRET}\r\n"
        "Content-Type: application/json\r\nContent-Length: 100000000000\r\n\r\n"
    )
    with socket.create_connection(("127.0.0.1", replica.port), timeout=10) as connection:
        connection.sendall(request.encode())
        answer = connection.recv(4096)
    assert answer.startswith(b"HTTP/1.1 413")
    assert replica.health().status_code == 200


def wait_until(condition: Callable[[], bool], seconds: float) -> bool:
    """Poll a condition until it holds or the time is up."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.01)
    return condition()


def calls_about(server: ThreadedFakeBotApi, chat_id: int, query_id: object = None) -> int:
    """Every Bot API call the bot made for this chat or this callback query."""
    return sum(
        1
        for call in server.api.snapshot()
        if call.chat_id == chat_id
        or (query_id is not None and call.params.get("callback_query_id") == query_id)
    )


def test_a_redelivered_update_is_acknowledged_and_applied_once(
    served: tuple[ThreadedFakeBotApi, Replica, str],
) -> None:
    server, replica, database_url = served
    user = WebhookUser(server, 7201, UpdateFactory.shared())
    user.onboard([replica])
    routine = user.person.command("/routine")
    assert replica.post(routine).status_code == 200
    rating = user.person.press_button(server.api, "8")
    query_id = rating["callback_query"]["id"]  # type: ignore[index]
    assert replica.post(rating).status_code == 200
    calls_after_first = calls_about(server, 7201, query_id)
    for redelivered in (rating, routine, rating):
        response = replica.post(redelivered)
        assert response.status_code == 200, "a redelivery must still be acknowledged"
    assert calls_about(server, 7201, query_id) == calls_after_first, "a redelivery was answered"
    ratings = asyncio.run(ratings_of(database_url, 7201))
    assert [(r.kind, r.score) for r in ratings] == [("before", 8)]
    assert len(asyncio.run(sessions_of(database_url, 7201))) == 1


def test_healthz_reports_the_database_and_a_recent_tick(
    served: tuple[ThreadedFakeBotApi, Replica, str],
) -> None:
    _server, replica, _url = served
    response = replica.health()
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["database"] == "ok"
    assert body["scheduler"] == "ok"
    assert body["last_tick_at"] is not None


def test_polling_mode_serves_healthz_on_its_optional_port(tmp_path: Path) -> None:
    port = free_port()
    with ThreadedFakeBotApi() as server:
        env = bot_environment(
            server.base_url,
            f"sqlite+aiosqlite:///{tmp_path / 'poll.sqlite3'}",
            HEALTH_PORT=str(port),
            WEBHOOK_LISTEN="127.0.0.1",
        )
        with bot_process(env, tmp_path / "bot.log") as process:
            replica = Replica(process, port)
            replica.wait_until_serving()
            assert replica.health().json()["database"] == "ok"
            response = replica.post_raw(b'{"update_id": 1}')
            assert response.status_code == 404, "polling mode has no webhook route"
            assert server.wait_for(lambda calls: any(c.method == "getUpdates" for c in calls), 10)


PRIVATE_TEXT = "my shoulder clicks 4417"


def test_sigterm_finishes_the_update_in_flight_and_the_log_keeps_every_secret(
    tmp_path: Path,
) -> None:
    database_url = f"sqlite+aiosqlite:///{tmp_path / 'stop.sqlite3'}"
    with (
        ThreadedFakeBotApi() as server,
        webhook_replica(server, database_url, tmp_path / "bot.log") as replica,
    ):
        user = WebhookUser(server, 7301, UpdateFactory.shared())
        user.onboard([replica])
        user.command(replica, "/routine")
        assert replica.post(user.person.text(PRIVATE_TEXT)).status_code == 200
        server.api.set_latency(0.5)  # Telegram is slow: the next update is still in flight
        rating = user.person.press_button(server.api, "8")
        with ThreadPoolExecutor(max_workers=1) as pool:
            in_flight = pool.submit(replica.post, rating)
            # Committed before any reply; the replies then take Telegram's 0.5 s.
            assert wait_until(lambda: len(asyncio.run(ratings_of(database_url, 7301))) == 1, 10)
            replica.process.send_signal(signal.SIGTERM)
            assert in_flight.result(timeout=30).status_code == 200
        assert replica.process.wait(timeout=30) == 0
        assert "✅ Done" in str(server.api.last_message(7301).buttons), "the next step was sent"
    ratings = asyncio.run(ratings_of(database_url, 7301))
    assert [(r.kind, r.score) for r in ratings] == [("before", 8)]
    log = (tmp_path / "bot.log").read_text()
    assert "waiting for updates in flight count=1" in log
    assert "level=DEBUG" in log, "the replica ran at DEBUG"
    assert "msg=stopped" in log
    assert "Traceback" not in log
    assert TEST_TOKEN.split(":")[1] not in log
    assert SECRET not in log
    loud = [line for line in log.splitlines() if "level=DEBUG" not in line]
    assert any("session started" in line for line in loud)
    assert not [line for line in loud if PRIVATE_TEXT in line or "score" in line]
