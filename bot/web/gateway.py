"""Hands webhook updates to the Application and answers only after they are applied."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from telegram import Update
from telegram.ext import Application

logger = logging.getLogger(__name__)


class UpdateGateway:
    """Apply-before-acknowledge: a crash mid-update makes Telegram redeliver, never lose it."""

    def __init__(self, application: Application[Any, Any, Any, Any, Any, Any]) -> None:
        self._application = application
        self._accepting = True
        self._in_flight = 0
        self._idle = asyncio.Event()
        self._idle.set()

    @property
    def accepting(self) -> bool:
        """False once shutdown began: new posts get 503 and Telegram retries elsewhere."""
        return self._accepting

    def parse(self, payload: object) -> Update | None:
        """An Update, or None when the JSON is not one."""
        if not isinstance(payload, dict) or not isinstance(payload.get("update_id"), int):
            return None
        try:
            return Update.de_json(payload, self._application.bot)
        except Exception:  # any shape PTB cannot read is the sender's error: 400, not 500
            return None

    async def apply(self, update: Update) -> None:
        """Run the update through the per-user processor, as polling would, and wait for it."""
        self._in_flight += 1
        self._idle.clear()
        try:
            processor = self._application.update_processor
            await processor.process_update(update, self._application.process_update(update))
        finally:
            self._in_flight -= 1
            if self._in_flight == 0:
                self._idle.set()

    async def drain(self) -> None:
        """Refuse new updates, then wait for those being applied."""
        self._accepting = False
        if self._in_flight:
            logger.info("waiting for updates in flight count=%s", self._in_flight)
        await self._idle.wait()
