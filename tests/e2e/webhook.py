"""Webhook replicas for end-to-end tests: `python -m bot` with WEBHOOK_URL, fed as by Telegram."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from subprocess import Popen

import httpx

from tests.e2e.process import bot_environment, bot_process
from tests.support.fakes import TelegramUser, ThreadedFakeBotApi, UpdateFactory
from tests.support.fakes.updates import Json

SECRET = "replica-shared-secret_42"
PUBLIC_URL = "https://backcoach.example.test/telegram/hook"
HOOK_PATH = "/telegram/hook"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def free_port() -> int:
    """A port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Replica:
    """One bot process in webhook mode, and the URL Telegram (the test) posts to."""

    def __init__(self, process: Popen[bytes], port: int) -> None:
        self.process = process
        self.port = port
        self.base_url = f"http://127.0.0.1:{port}"

    def post(self, update: Json, secret: str | None = SECRET) -> httpx.Response:
        """Deliver an update the way Telegram does; returns once the bot has applied it."""
        headers = {} if secret is None else {SECRET_HEADER: secret}
        return httpx.post(f"{self.base_url}{HOOK_PATH}", json=update, headers=headers, timeout=30)

    def post_raw(self, body: bytes, path: str = HOOK_PATH) -> httpx.Response:
        """Post any bytes with the right secret, as a broken or hostile client might."""
        headers = {SECRET_HEADER: SECRET, "Content-Type": "application/json"}
        return httpx.post(f"{self.base_url}{path}", content=body, headers=headers, timeout=30)

    def health(self) -> httpx.Response:
        """GET /healthz."""
        return httpx.get(f"{self.base_url}/healthz", timeout=30)

    def wait_until_serving(self, timeout: float = 30) -> None:
        """Poll /healthz until the replica answers (it migrates and sets the webhook first)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"replica exited early with {self.process.returncode}")
            try:
                self.health()
                return
            except httpx.TransportError:
                time.sleep(0.1)
        raise AssertionError("replica did not start serving")


@contextmanager
def webhook_replica(
    server: ThreadedFakeBotApi, database_url: str, log_path: Path, **extra: str
) -> Iterator[Replica]:
    """Start one webhook-mode process on a free port; SIGTERM it at the end."""
    port = free_port()
    env = bot_environment(
        server.base_url,
        database_url,
        WEBHOOK_URL=PUBLIC_URL,
        WEBHOOK_SECRET_TOKEN=SECRET,
        WEBHOOK_LISTEN="127.0.0.1",
        WEBHOOK_PORT=str(port),
        **extra,
    )
    with bot_process(env, log_path) as process:
        replica = Replica(process, port)
        replica.wait_until_serving()
        yield replica


class WebhookUser:
    """A person whose updates are posted to whichever replica the load balancer picks."""

    def __init__(self, server: ThreadedFakeBotApi, user_id: int, factory: UpdateFactory) -> None:
        self.server = server
        self.person: TelegramUser = factory.user(user_id, first_name="Lin")

    def command(self, replica: Replica, text: str) -> None:
        """Send a command; the 200 comes back after the bot has replied."""
        self._deliver(replica, self.person.command(text))

    def tap(self, replica: Replica, label: str) -> None:
        """Tap a button the bot really shows."""
        self._deliver(replica, self.person.press_button(self.server.api, label))

    def _deliver(self, replica: Replica, update: Json) -> None:
        response = replica.post(update)
        assert response.status_code == 200, response.text

    def onboard(self, replicas: list[Replica], *, consent: bool = True) -> None:
        """/start and every onboarding answer, alternating replicas."""
        steps = ["/start", "c:y" if consent else "c:n", "sc:0000:ok"]
        steps += ["tz:UTC", "gl:7", "rm:0900", "bd:y"]
        for index, step in enumerate(steps):
            replica = replicas[index % len(replicas)]
            if step.startswith("/"):
                self.command(replica, step)
            else:
                self.tap(replica, step)
