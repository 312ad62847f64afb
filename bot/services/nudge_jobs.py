"""What the nudge tick hands the sender and gets back (one job per message, one result each), the
lease it claims under, and what each result makes of its nudge."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

from bot.services.ports import UnitOfWork
from bot.services.records import NudgeOutcome, NudgeRecord, UserRecord
from bot.services.users import current_streak

RETRY_BASE = timedelta(seconds=30)
MAX_ATTEMPTS = 5


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
    LOST = "lost"  # the lease ran out (or the person was erased) before its turn: not sent here


@dataclass(frozen=True, slots=True)
class Lease:
    """How long this process holds what it claims; `owner` is unique per process."""

    length: timedelta = timedelta(seconds=120)
    owner: str = field(default_factory=lambda: uuid.uuid4().hex)

    def until(self, now: datetime) -> datetime:
        """When a claim taken now runs out."""
        return now + self.length


@dataclass(frozen=True, slots=True)
class NudgeJob:
    """One message to send, claimed under this process's lease; 'sending' once it starts."""

    nudge_id: int
    user_id: int
    chat_id: int
    local_date: date
    kind: Kind
    streak: int
    # Issue 18: the chosen language, else Telegram's last reported one (None: English).
    language: str | None = None


@dataclass(frozen=True, slots=True)
class NudgeResult:
    """The outcome of one send."""

    nudge_id: int
    outcome: Outcome
    message_id: int | None = None


def settle(result: NudgeResult, nudge: NudgeRecord, now: datetime) -> NudgeOutcome | None:
    """What a send's outcome makes of its nudge; None when this process must not touch it.

    5xx and network errors are retried with backoff up to MAX_ATTEMPTS attempts, however late
    the crowd made the nudge; a send released at shutdown is pending again with its due time.
    """
    if result.outcome is Outcome.LOST:
        return None
    due_at: datetime | None = None
    if result.outcome is Outcome.RELEASED:
        status = "pending"
    elif result.outcome is Outcome.RETRY and nudge.attempts < MAX_ATTEMPTS:
        status = "pending"
        due_at = now + RETRY_BASE * 2 ** max(nudge.attempts - 1, 0)
    elif result.outcome is Outcome.RETRY:
        status = "failed"
    else:
        status = result.outcome.value
    return NudgeOutcome(
        nudge_id=nudge.id,
        status=status,
        updated_at=now,
        message_id=result.message_id,
        due_at=due_at,
    )


async def nudge_job(
    uow: UnitOfWork, user: UserRecord, nudge_id: int, day: date, kind: Kind, now: datetime
) -> NudgeJob:
    """What the sender needs; the cached streak is trusted only while it cannot be stale."""
    streak = user.streak_current
    fresh = user.streak_day is not None and (day - user.streak_day).days <= 1
    if streak and not fresh:
        streak = (await current_streak(uow, user, now)).current
        if streak == 0:
            user.streak_current = 0
            await uow.users.forget_streak(user.id)
    return NudgeJob(
        nudge_id=nudge_id,
        user_id=user.id,
        chat_id=user.chat_id,
        local_date=day,
        kind=kind,
        streak=streak,
        language=user.language or user.telegram_language,
    )
