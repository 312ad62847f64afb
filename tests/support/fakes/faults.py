"""Staged failures, so tests can prove the bot survives what Telegram does on a bad day."""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from typing import Literal

ANY_METHOD = "*"
FaultKind = Literal["error", "malformed", "timeout"]


@dataclass(frozen=True)
class Fault:
    """One staged failure for the next matching calls."""

    kind: FaultKind
    method: str
    times: int = 1
    error_code: int = 400
    description: str = ""
    retry_after: int | None = None
    chat_id: int | None = None
    processed: bool = False

    def matches(self, method: str, chat_id: int | str | None) -> bool:
        """A fault applies to its method (or any, with "*") and optionally one chat."""
        if self.method != ANY_METHOD and self.method.lower() != method.lower():
            return False
        return self.chat_id is None or self.chat_id == chat_id


class FaultPlan:
    """Thread-safe queue of staged failures, consumed first-in first-out."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self._blocked: set[int] = set()
        self.latency = 0.0

    def add(self, fault: Fault) -> None:
        """Stages a failure; times must be at least one so the fault can fire."""
        if fault.times < 1:
            raise ValueError("times must be >= 1")
        with self._lock:
            self._faults.append(fault)

    def take(self, method: str, chat_id: int | str | None) -> Fault | None:
        """Consumes one use of the first fault matching this call, if any."""
        with self._lock:
            for index, fault in enumerate(self._faults):
                if fault.matches(method, chat_id):
                    if fault.times == 1:
                        del self._faults[index]
                    else:
                        self._faults[index] = replace(fault, times=fault.times - 1)
                    return fault
        return None

    def pending(self) -> list[Fault]:
        """Faults not yet fired, so a test can assert its staging was used up."""
        with self._lock:
            return list(self._faults)

    def block(self, chat_id: int) -> None:
        """Marks a user as having blocked the bot."""
        with self._lock:
            self._blocked.add(chat_id)

    def unblock(self, chat_id: int) -> None:
        """Undoes block(), like a user restarting the bot."""
        with self._lock:
            self._blocked.discard(chat_id)

    def is_blocked(self, chat_id: int | str | None) -> bool:
        """Whether calls to this chat are refused with 403."""
        with self._lock:
            return isinstance(chat_id, int) and chat_id in self._blocked

    def clear(self) -> None:
        """Drops staged faults and blocks and resets latency."""
        with self._lock:
            self._faults.clear()
            self._blocked.clear()
            self.latency = 0.0
