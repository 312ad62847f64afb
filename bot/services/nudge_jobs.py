"""What the nudge tick hands the sender and gets back: one job per message, one result each."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class Kind(StrEnum):
    """Nudge kinds; each may go out once per user and local day."""

    DAILY = "daily"
    SNOOZE = "snooze"
    WEEKLY = "weekly"


class Outcome(StrEnum):
    """What happened to a send."""

    SENT = "sent"
    BLOCKED = "blocked"
    RETRY = "retry"
    UNKNOWN = "unknown"
    FAILED = "failed"
    RELEASED = "released"  # claimed but not sent before shutdown: pending again, same due time


@dataclass(frozen=True, slots=True)
class NudgeJob:
    """One message to send, already recorded as 'sending'."""

    nudge_id: int
    user_id: int
    chat_id: int
    local_date: date
    kind: Kind
    streak: int


@dataclass(frozen=True, slots=True)
class NudgeResult:
    """The outcome of one send."""

    nudge_id: int
    outcome: Outcome
    message_id: int | None = None
