"""Caddy in front of `python -m bot` replicas, all on loopback, fed as Telegram feeds a webhook.

The proxy runs the production Caddyfile with three test-only changes, each checked as it is
made: the site is plain HTTP on a loopback port (no certificate), the upstreams are fixed
loopback ports instead of Docker's `dynamic a bot 8080`, and `fail_duration` is 2 s instead of
30 s, so that a replica restarted in the same slot gets traffic again within the test's time.
Everything else (round robin, retries of refused connections, 503 takes a replica out, the
hidden /healthz, the log filters) is the file as shipped. `debug` is on, so Caddy's own log
shows every proxied request with its headers: the test reads it for the secret.
"""

from __future__ import annotations

import subprocess
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from tests.deploy.caddy import CADDYFILE, caddy_binary
from tests.e2e.process import bot_environment, bot_process
from tests.e2e.webhook import HOOK_PATH, PUBLIC_URL, SECRET, SECRET_HEADER, Replica, free_port
from tests.support.fakes import TelegramUser, ThreadedFakeBotApi, UpdateFactory
from tests.support.fakes.updates import Json

# Telegram redelivers an update that did not get a 2xx; the test client does the same, quickly.
REDELIVER_STATUSES = {502, 503, 504}
REDELIVER_PAUSE = 0.1
REDELIVER_FOR_SECONDS = 15.0


def proxy_caddyfile(listen_port: int, upstream_ports: list[int]) -> str:
    """The shipped Caddyfile, adapted to loopback as the module docstring says."""
    text = CADDYFILE.read_text()
    changes = [
        ("{\n", "{\n\tadmin off\n\tdebug\n"),
        (
            "{$WEBHOOK_DOMAIN:localhost} {\n",
            f"http://127.0.0.1:{listen_port} {{\n\tbind 127.0.0.1\n",
        ),
        (
            "dynamic a bot 8080 {\n\t\t\t\trefresh 10s\n\t\t\t}",
            "to " + " ".join(f"127.0.0.1:{port}" for port in upstream_ports),
        ),
        ("fail_duration 30s", "fail_duration 2s"),
    ]
    for old, new in changes:
        assert text.count(old) >= 1, f"the Caddyfile changed shape: {old!r} not found"
        text = text.replace(old, new, 1)
    return text


@contextmanager
def caddy_proxy(workdir: Path, upstream_ports: list[int]) -> Iterator[tuple[str, Path]]:
    """Run the real caddy; yields its base URL and its log file (access and debug lines)."""
    port = free_port()
    config = workdir / "Caddyfile"
    config.write_text(proxy_caddyfile(port, upstream_ports))
    log_path = workdir / "caddy.log"
    home = workdir / "caddy-home"
    env = {"HOME": str(home), "XDG_DATA_HOME": str(home), "XDG_CONFIG_HOME": str(home)}
    with log_path.open("wb") as log:
        command = [str(caddy_binary()), "run", "--config", str(config), "--adapter", "caddyfile"]
        process = subprocess.Popen(command, env=env, stdout=log, stderr=log, cwd=workdir)
        base_url = f"http://127.0.0.1:{port}"
        try:
            _wait_until_answering(process, base_url)
            yield base_url, log_path
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_until_answering(process: subprocess.Popen[bytes], base_url: str) -> None:
    """Poll until Caddy accepts connections."""
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"caddy exited with {process.returncode}")
        try:
            httpx.get(f"{base_url}/healthz", timeout=2)
            return
        except httpx.TransportError:
            time.sleep(0.05)
    raise AssertionError("caddy did not start")


@contextmanager
def replica_on(
    server: ThreadedFakeBotApi, database_url: str, port: int, log_path: Path
) -> Iterator[Replica]:
    """One webhook replica on a given loopback port (the proxy knows the port in advance)."""
    env = bot_environment(
        server.base_url,
        database_url,
        WEBHOOK_URL=PUBLIC_URL,
        WEBHOOK_SECRET_TOKEN=SECRET,
        WEBHOOK_LISTEN="127.0.0.1",
        WEBHOOK_PORT=str(port),
    )
    with bot_process(env, log_path) as process:
        yield Replica(process, port)


class FakeTelegram:
    """Posts updates to the proxy like Telegram: redelivers on 5xx, counts what it saw."""

    def __init__(self, proxy_url: str) -> None:
        self._client = httpx.Client(base_url=proxy_url, timeout=30)
        self._lock = threading.Lock()
        self.statuses: Counter[int] = Counter()

    def deliver(self, update: Json) -> None:
        """Post until a 200; any other final answer fails the test."""
        deadline = time.monotonic() + REDELIVER_FOR_SECONDS
        while True:
            response = self._client.post(HOOK_PATH, json=update, headers={SECRET_HEADER: SECRET})
            with self._lock:
                self.statuses[response.status_code] += 1
            if response.status_code == 200:
                return
            assert response.status_code in REDELIVER_STATUSES, response.text
            assert time.monotonic() < deadline, f"still {response.status_code} after retries"
            time.sleep(REDELIVER_PAUSE)

    def seen(self) -> Counter[int]:
        """A copy of the status counts so far."""
        with self._lock:
            return Counter(self.statuses)

    def close(self) -> None:
        """Close the client's connections."""
        self._client.close()


class Walker:
    """A person doing onboarding and the whole routine through the proxy, step by step."""

    def __init__(self, server: ThreadedFakeBotApi, telegram: FakeTelegram, user_id: int) -> None:
        self.server = server
        self.telegram = telegram
        self.person: TelegramUser = UpdateFactory.shared().user(user_id, first_name="Ines")

    def command(self, text: str) -> None:
        """Send a command; the 200 comes back after the bot replied."""
        self.telegram.deliver(self.person.command(text))

    def tap(self, label: str) -> None:
        """Tap a button the bot really shows."""
        self.telegram.deliver(self.person.press_button(self.server.api, label))

    def onboard(self) -> None:
        """/start, consent, no red flags, zone, weekly goal, reminder, band."""
        self.command("/start")
        for label in ("c:y", "sc:0000:ok", "tz:UTC", "gl:7", "rm:0900", "bd:y"):
            self.tap(label)

    def start_routine(self, before: str = "8") -> None:
        """/routine and the pain rating before it."""
        self.command("/routine")
        self.tap(before)

    def done(self, times: int, pause: float = 0.0) -> None:
        """Mark the next exercises done."""
        for _ in range(times):
            self.tap("✅ Done")
            time.sleep(pause)
