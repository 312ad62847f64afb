"""The ordered record of calls the bot made, with the questions tests ask of it."""

from __future__ import annotations

import threading

from tests.support.fakes.records import ApiCall


class CallLog:
    """Thread-safe list of ApiCall in arrival order; `calls` is a live list for direct asserts."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.calls: list[ApiCall] = []

    def append(self, call: ApiCall) -> None:
        """Records one call."""
        with self._lock:
            self.calls.append(call)

    def snapshot(self) -> list[ApiCall]:
        """A copy safe to iterate while the server thread keeps recording."""
        with self._lock:
            return list(self.calls)

    def clear(self) -> None:
        """Forgets recorded calls (message state is kept, so later edits still work)."""
        with self._lock:
            self.calls.clear()

    def calls_of(self, method: str) -> list[ApiCall]:
        """Calls of one method, compared case-insensitively like Telegram."""
        wanted = method.lower()
        return [call for call in self.snapshot() if call.method.lower() == wanted]

    def sent_to(self, chat_id: int) -> list[ApiCall]:
        """Every call aimed at a chat, failed ones included."""
        return [call for call in self.snapshot() if call.chat_id == chat_id]

    def texts_to(self, chat_id: int) -> list[str]:
        """Texts of accepted sendMessage calls to a chat, in order (refused attempts skipped)."""
        return [
            str(call.params.get("text", ""))
            for call in self.sent_to(chat_id)
            if call.method == "sendMessage" and call.ok
        ]
