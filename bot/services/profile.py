"""Onboarding and settings: screening, consent, time zone and reminder time, one commit each."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import time
from enum import StrEnum

from bot.domain.schedule import find_zone
from bot.domain.screening import ScreeningStatus, Severity, after_answer
from bot.services.ports import Clock, UnitOfWork, UnitOfWorkFactory
from bot.services.replies import UserSettings
from bot.services.users import current_streak, done_today, reschedule
from db.models import User

logger = logging.getLogger(__name__)

DEFAULT_REMIND_AT = time(9, 0)


class Step(StrEnum):
    """Onboarding steps, stored on the user so any replica can continue the conversation."""

    SCREENING = "screening"
    CLEARANCE = "clearance"
    CONSENT = "consent"
    TIMEZONE = "timezone"
    REMIND = "remind"
    DONE = "done"


class Said(StrEnum):
    """What to tell the user before showing the prompt for their step."""

    WELCOME = "welcome"
    WELCOME_BACK = "welcome_back"
    URGENT_ADVICE = "urgent_advice"
    DOCTOR_ADVICE = "doctor_advice"
    SCREEN_CLEAR = "screen_clear"
    CLEARED = "cleared"
    CONSENT_YES = "consent_yes"
    CONSENT_NO = "consent_no"
    TIMEZONE_SET = "timezone_set"
    REMIND_SET = "remind_set"
    REMINDERS_OFF = "reminders_off"
    SETUP_DONE = "setup_done"
    BAD_TIMEZONE = "bad_timezone"
    STALE = "stale"
    NOT_STARTED = "not_started"


class ProfileReply:
    """The user's step and settings after the change, plus what to say about it."""

    def __init__(
        self,
        step: Step,
        said: Sequence[Said],
        user: User | None = None,
        question_index: int = 0,
        current_streak: int = 0,
    ) -> None:
        self.step = step
        self.said = tuple(said)
        self.question_index = question_index
        self.current_streak = current_streak
        self.settings = None if user is None else _settings_of(user)


class ProfileService:
    """Every change to a user's profile; each public call is one unit of work."""

    def __init__(
        self, uow_factory: UnitOfWorkFactory, severities: Sequence[Severity], clock: Clock
    ) -> None:
        self._uow_factory = uow_factory
        self._severities = tuple(severities)
        self._clock = clock

    async def begin(self, user_id: int, chat_id: int) -> ProfileReply:
        """/start: create the user, welcome back a known one, or re-show their current step."""
        now = self._clock()
        async with self._uow_factory() as uow:
            user = await uow.users.get(user_id, for_update=True)
            if user is None:
                user = User(
                    id=user_id,
                    chat_id=chat_id,
                    timezone="UTC",
                    remind_at=DEFAULT_REMIND_AT,
                    screening_status=ScreeningStatus.PENDING,
                    screening_index=0,
                    onboarding_step=Step.SCREENING,
                    blocked=False,
                    streak_current=0,
                    streak_best=0,
                    created_at=now,
                    updated_at=now,
                )
                uow.users.add(user)
                await uow.commit()
                logger.info("user created user=%s", user_id)
                return ProfileReply(Step.SCREENING, [Said.WELCOME], user)
            user.blocked, user.chat_id, user.awaiting, user.updated_at = False, chat_id, None, now
            if user.onboarding_step != Step.DONE:
                await uow.commit()
                return ProfileReply(Step(user.onboarding_step), [], user, user.screening_index)
            await reschedule(uow, user, now)
            streak = await current_streak(uow, user, now)
            await uow.commit()
            return ProfileReply(Step.DONE, [Said.WELCOME_BACK], user, current_streak=streak.current)

    async def answer_screening(self, user_id: int, index: int, yes: bool) -> ProfileReply:
        """Record one red-flag answer; a stale or repeated tap changes nothing."""
        async with self._uow_factory() as uow:
            user = await uow.users.get(user_id, for_update=True)
            if user is None:
                return ProfileReply(Step.SCREENING, [Said.NOT_STARTED])
            if user.onboarding_step != Step.SCREENING or user.screening_index != index:
                return _stale(user)
            status = after_answer(
                ScreeningStatus(user.screening_status), self._severities[index], yes
            )
            user.screening_status, user.updated_at = status, self._clock()
            said: list[Said] = []
            if status is ScreeningStatus.URGENT:
                user.onboarding_step, said = Step.CLEARANCE, [Said.URGENT_ADVICE]
            elif index + 1 < len(self._severities):
                user.screening_index = index + 1
            elif status is ScreeningStatus.SEE_DOCTOR:
                user.onboarding_step, said = Step.CLEARANCE, [Said.DOCTOR_ADVICE]
            else:
                user.screening_status = ScreeningStatus.CLEAR
                user.onboarding_step, said = Step.CONSENT, [Said.SCREEN_CLEAR]
            await uow.commit()
            return ProfileReply(Step(user.onboarding_step), said, user, user.screening_index)

    async def confirm_cleared(self, user_id: int) -> ProfileReply:
        """The user says a professional cleared them: unlock routines and continue."""
        async with self._uow_factory() as uow:
            user = await uow.users.get(user_id, for_update=True)
            if user is None:
                return ProfileReply(Step.SCREENING, [Said.NOT_STARTED])
            locked = (ScreeningStatus.URGENT, ScreeningStatus.SEE_DOCTOR)
            if user.screening_status not in locked:
                return _stale(user)
            user.screening_status, user.updated_at = ScreeningStatus.CLEARED, self._clock()
            if user.onboarding_step == Step.CLEARANCE:
                user.onboarding_step = Step.CONSENT
            await uow.commit()
            return ProfileReply(Step(user.onboarding_step), [Said.CLEARED], user)

    async def set_consent(self, user_id: int, consent: bool) -> ProfileReply:
        """Store the answer to 'may we keep your pain ratings?'."""
        async with self._uow_factory() as uow:
            user = await self._settled_user(uow, user_id, Step.CONSENT)
            if user is None:
                return ProfileReply(Step.SCREENING, [Said.NOT_STARTED])
            if user.onboarding_step not in (Step.CONSENT, Step.DONE):
                return _stale(user)
            user.pain_consent = consent
            return await self._advance(
                uow, user, Step.CONSENT, Said.CONSENT_YES if consent else Said.CONSENT_NO
            )

    async def set_timezone(self, user_id: int, name: str) -> ProfileReply:
        """Set the IANA zone from a button or typed name; an unknown name changes nothing."""
        async with self._uow_factory() as uow:
            user = await self._settled_user(uow, user_id, Step.TIMEZONE)
            if user is None:
                return ProfileReply(Step.SCREENING, [Said.NOT_STARTED])
            zone = find_zone(name)
            if zone is None:
                return ProfileReply(Step(user.onboarding_step), [Said.BAD_TIMEZONE], user)
            if user.onboarding_step not in (Step.TIMEZONE, Step.DONE):
                return _stale(user)
            user.timezone = zone.key
            return await self._advance(uow, user, Step.TIMEZONE, Said.TIMEZONE_SET)

    async def set_reminder(self, user_id: int, remind_at: time | None) -> ProfileReply:
        """Set the daily reminder time, or turn reminders off with None."""
        async with self._uow_factory() as uow:
            user = await self._settled_user(uow, user_id, Step.REMIND)
            if user is None:
                return ProfileReply(Step.SCREENING, [Said.NOT_STARTED])
            if user.onboarding_step not in (Step.REMIND, Step.DONE):
                return _stale(user)
            if remind_at is None:
                user.reminders_enabled = False
            else:
                user.remind_at, user.reminders_enabled = remind_at, True
            return await self._advance(
                uow, user, Step.REMIND, Said.REMIND_SET if remind_at else Said.REMINDERS_OFF
            )

    async def await_input(self, user_id: int, kind: Step) -> ProfileReply:
        """Remember that the next free text answers a settings question (zone or time)."""
        async with self._uow_factory() as uow:
            user = await uow.users.get(user_id, for_update=True)
            if user is None or user.onboarding_step != Step.DONE:
                return ProfileReply(Step.SCREENING, [Said.NOT_STARTED], user)
            user.awaiting, user.updated_at = kind, self._clock()
            await uow.commit()
            return ProfileReply(kind, [], user)

    async def set_blocked(self, user_id: int, blocked: bool) -> None:
        """Stop (or allow again) reminders when the user blocks (or unblocks) the bot."""
        async with self._uow_factory() as uow:
            user = await uow.users.get(user_id, for_update=True)
            if user is None:
                return
            now = self._clock()
            user.blocked, user.updated_at = blocked, now
            await reschedule(uow, user, now)
            await uow.commit()
            logger.info("user blocked=%s user=%s", blocked, user_id)

    async def settings(self, user_id: int) -> ProfileReply:
        """Read the settings for /settings."""
        async with self._uow_factory() as uow:
            user = await uow.users.get(user_id)
            if user is None:
                return ProfileReply(Step.SCREENING, [Said.NOT_STARTED])
            return ProfileReply(Step(user.onboarding_step), [], user)

    async def _settled_user(self, uow: UnitOfWork, user_id: int, answering: Step) -> User | None:
        """Lock the user; clear a pending typed-input question that this change answers."""
        user = await uow.users.get(user_id, for_update=True)
        if user is not None and user.awaiting == answering:
            user.awaiting = None
        return user

    async def _advance(
        self, uow: UnitOfWork, user: User, answered: Step, said: Said
    ) -> ProfileReply:
        """Move onboarding past the answered step, refresh the reminder, and commit."""
        now = self._clock()
        notes = [said]
        order = list(Step)
        if user.onboarding_step == answered:
            user.onboarding_step = order[order.index(answered) + 1]
            if user.onboarding_step == Step.DONE:
                notes.append(Said.SETUP_DONE)
        await reschedule(uow, user, now, done_on=await done_today(uow, user, now))
        user.updated_at = now
        await uow.commit()
        return ProfileReply(Step(user.onboarding_step), notes, user)


def _stale(user: User) -> ProfileReply:
    """A button from an earlier step: say so and re-show where the user really is."""
    return ProfileReply(Step(user.onboarding_step), [Said.STALE], user, user.screening_index)


def _settings_of(user: User) -> UserSettings:
    """Project the user row onto what /settings shows."""
    return UserSettings(
        timezone=user.timezone,
        remind_at=user.remind_at,
        pain_consent=bool(user.pain_consent),
        next_nudge_at=user.next_nudge_at,
    )
