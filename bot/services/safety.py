"""Safety stops and the lock they set: what locks routines, what is recorded, what unlocks them.

A lock is kept with or without consent, because it is what keeps reminders and routines off;
what caused it in detail (which answer, which symptom) is health data, recorded as a safety
event only with the user's consent.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from bot.domain.routine import HurtLevel, Status, Transition
from bot.domain.screening import LockCause, ScreeningStatus, is_locked
from bot.services.ports import Clock, UnitOfWork, UnitOfWorkFactory
from bot.services.records import NewExerciseResult, NewPainRating, SessionSnapshot, UserRecord
from bot.services.replies import Note
from bot.services.update_receipt import UpdateReceipt
from bot.services.users import current_streak, reschedule, user_today

logger = logging.getLogger(__name__)


# How a safety stop locks: the tier, what caused it, and the event recorded (with consent).
SafetyLock = tuple[ScreeningStatus, LockCause, str]


class Unlock(StrEnum):
    """What an unlock tap did."""

    UNLOCKED = "unlocked"
    NOT_YET = "not_yet"
    NOT_LOCKED = "not_locked"
    STALE = "stale"


@dataclass(frozen=True, slots=True)
class SafetyState:
    """What /safety and the lock message show about this user."""

    started: bool
    status: ScreeningStatus
    cause: LockCause | None
    lock_stamp: int | None
    # Onboarding was waiting for the unlock, so it goes on from here.
    onboarding: bool = False


def lock_stamp(user: UserRecord) -> int | None:
    """The current lock's identity for the confirm button: an old button cannot unlock a new one."""
    return None if user.locked_at is None else int(user.locked_at.timestamp())


def state_of(user: UserRecord | None) -> SafetyState:
    """The user's lock as plain values."""
    if user is None:
        return SafetyState(False, ScreeningStatus.PENDING, None, None)
    status = ScreeningStatus(user.screening_status)
    cause = LockCause(user.lock_cause) if user.lock_cause and is_locked(status) else None
    return SafetyState(True, status, cause, lock_stamp(user) if is_locked(status) else None)


async def lock_user(
    uow: UnitOfWork, user: UserRecord, tier: ScreeningStatus, cause: LockCause, now: datetime
) -> None:
    """Lock routines, reminders and summaries until cleared; an urgent lock is never lowered."""
    if user.screening_status != ScreeningStatus.URGENT:
        user.screening_status = tier
    user.lock_cause, user.locked_at, user.updated_at = cause, now, now
    await reschedule(uow, user, now)
    logger.info("routines locked user=%s cause=%s", user.id, cause)


def record(
    uow: UnitOfWork, user: UserRecord, reason: str, now: datetime, session_id: int | None = None
) -> None:
    """Record a safety event (health data): only with the user's consent."""
    if user.pain_consent:
        uow.safety.add(user.id, reason, now, session_id)


async def stop_session_safely(
    uow: UnitOfWork,
    finished: SessionSnapshot,
    tier: ScreeningStatus,
    cause: LockCause,
    reason: str,
    *,
    result: NewExerciseResult | None,
    rating: NewPainRating | None,
    now: datetime,
) -> None:
    """Store a session that ended in a safety stop, lock its owner, and commit.

    The reply is the safety advice alone: no summary, streak or question goes with it.
    """
    await uow.steps.save_step(finished, result=result, rating=rating)
    user = await uow.users.get(finished.user_id, for_update=True)
    if user is None:
        raise LookupError(f"the owner of session {finished.id} vanished under its lock")
    # Settled as at every finish, so the stored streak stays the streak as of today.
    streak = await current_streak(uow, user, now)
    user.streak_current, user.streak_best = streak.current, streak.best
    user.streak_day = user_today(user, now)
    await lock_user(uow, user, tier, cause, now)
    record(uow, user, reason, now, finished.id)
    if not finished.track_pain:
        await uow.sessions.forget_ratings(finished.id)
    await uow.users.save(user)
    await uow.commit()


def lock_of(transition: Transition) -> SafetyLock:
    """The lock a 😣 Hurts choice sets: 🚨 is urgent, sharp or numb needs a professional."""
    level = None if transition.outcome is None else transition.outcome.hurt_level
    if level is HurtLevel.URGENT:
        return ScreeningStatus.URGENT, LockCause.IN_SESSION, "hurt_urgent"
    return ScreeningStatus.SEE_DOCTOR, LockCause.IN_SESSION, "hurt_sharp"


def stop_note(tier: ScreeningStatus) -> Note:
    """Emergency advice for an urgent stop; otherwise stop and see a professional."""
    return Note.EMERGENCY if tier is ScreeningStatus.URGENT else Note.RED_FLAG


async def abandon(uow: UnitOfWork, session: SessionSnapshot, now: datetime) -> None:
    """Close a session left unfinished; without consent its ratings go with it."""
    await uow.steps.close(session.id, Status.ABANDONED, now)
    if not session.track_pain:
        await uow.sessions.forget_ratings(session.id)


class SafetyService:
    """/safety and the two-step unlock."""

    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow_factory = uow_factory
        self._clock = clock

    async def state(self, user_id: int, *, receipt: UpdateReceipt | None) -> SafetyState:
        """The user's lock, for /safety and /routine."""
        async with self._uow_factory(receipt) as uow:
            return state_of(await uow.users.get(user_id))

    async def ask_unlock(self, user_id: int, *, receipt: UpdateReceipt | None) -> int | None:
        """First unlock tap: the current lock's stamp for the confirm button; None if unlocked."""
        async with self._uow_factory(receipt) as uow:
            return state_of(await uow.users.get(user_id)).lock_stamp

    async def confirm_unlock(
        self, user_id: int, stamp: int | None, *, receipt: UpdateReceipt | None
    ) -> Unlock:
        """The confirm tap, bound to the lock it answers: unlocks, records, restores reminders."""
        now = self._clock()
        async with self._uow_factory(receipt) as uow:
            user = await uow.users.get(user_id, for_update=True)
            if user is None or not is_locked(ScreeningStatus(user.screening_status)):
                return Unlock.NOT_LOCKED
            if stamp is None:
                return Unlock.NOT_YET
            if stamp != lock_stamp(user):
                return Unlock.STALE
            user.screening_status, user.lock_cause = ScreeningStatus.CLEARED, None
            user.cleared_at, user.updated_at = now, now
            if user.onboarding_step == "clearance":
                user.onboarding_step = "consent" if user.pain_consent is None else "timezone"
            record(uow, user, "cleared", now)
            await reschedule(uow, user, now)
            await uow.users.save(user)
            await uow.commit()
            logger.info("routines unlocked user=%s", user_id)
            return Unlock.UNLOCKED
