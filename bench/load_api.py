"""The fake Bot API of bench.load: stamps when each update is handed over, routes replies."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bench.load_script import Answer, Delivery, Person
from tests.support.fakes import FakeBotApi
from tests.support.fakes.records import Reply, Upload, inline_buttons
from tests.support.fakes.update_queue import UpdateQueue

# Calls that put a message in front of the person: one of them completes an update's reply.
MESSAGE_METHODS = frozenset(
    ("sendMessage", "sendAnimation", "sendPhoto", "sendDocument", "editMessageText")
)


@dataclass
class Waiter:
    """One person's open update: handed to the bot at `handed_at`, answered at `arrived_at`."""

    person: Person
    future: asyncio.Future[tuple[Answer, Delivery]]
    handed_at: float = 0.0
    arrived_at: float = 0.0


class StampingQueue(UpdateQueue):
    """The fake's update queue, noting when each update is first handed to the bot."""

    def __init__(self, handed: dict[int, Waiter]) -> None:
        super().__init__()
        self._handed = handed

    async def poll(
        self, offset: int, limit: int, wait_seconds: float, allowed: list[str] | None
    ) -> list[dict[str, object]]:
        """getUpdates as usual; the answer's time is the handing-over time of its updates."""
        batch = await super().poll(offset, limit, wait_seconds, allowed)
        now = time.monotonic()
        for update in batch:
            update_id = update.get("update_id")
            waiter = self._handed.pop(update_id, None) if isinstance(update_id, int) else None
            if waiter is not None:
                waiter.handed_at = now
        return batch


class LoadApi(FakeBotApi):
    """FakeBotApi that routes each message the bot sends to the person waiting in that chat."""

    def __init__(self) -> None:
        super().__init__()
        self.waiting: dict[int, Waiter] = {}
        self.handed: dict[int, Waiter] = {}
        self.polled = asyncio.Event()
        self.state.queue = StampingQueue(self.handed)

    async def request(
        self,
        method: str,
        params: Mapping[str, object],
        files: Mapping[str, Upload] | None = None,
        *,
        token: str | None = None,
    ) -> Reply:
        """Answer as the fake does; a sent message may complete someone's update."""
        arrived = time.monotonic()
        if method == "getUpdates":
            self.polled.set()
        reply = await super().request(method, params, files, token=token)
        if method in MESSAGE_METHODS and reply.status == 200 and self.waiting:
            self._deliver(arrived, reply.body)
        return reply

    def _deliver(self, arrived: float, body: bytes) -> None:
        """Hand the sent message to the person whose step it answers, if it is the awaited one."""
        result: dict[str, Any] = json.loads(body)["result"]
        waiter = self.waiting.get(result["chat"]["id"])
        if waiter is None or waiter.future.done():
            return
        buttons = tuple(data for _label, data in inline_buttons(result.get("reply_markup")))
        text = result.get("text") or result.get("caption") or ""
        delivery = Delivery(result["message_id"], text, buttons, result)
        reply = waiter.person.read(delivery)
        if reply is not Answer.OTHER:
            del self.waiting[result["chat"]["id"]]
            waiter.arrived_at = arrived
            waiter.future.set_result((reply, delivery))
