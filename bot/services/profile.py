"""Onboarding and settings: screening, consent, zone, weekly goal and reminder, one commit each."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime, time

from bot.domain.nudge_days import goal_mask
from bot.domain.screening import (
    LockCause,
    ScreeningStatus,
    Severity,
    is_locked,
    severities_of,
    status_after_screen,
    ticked_items,
)
from bot.domain.weekly_goal import WeeklyGoal
from bot.services.ports import Clock, UnitOfWork, UnitOfWorkFactory
from bot.services.profile_reply import (
    ProfileReply,
    Said,
    Step,
    ZoneChoices,
    new_user,
    typed_zone,
)
from bot.services.records import UserRecord
from bot.services.safety import lock_user, record
from bot.services.settings_screen import Page, screen_of
from bot.services.update_receipt import UpdateReceipt
from bot.services.users import current_streak, done_today, reschedule

logger = logging.getLogger(__name__)

DEFAULT_REMIND_AT = time(9, 0)


class ProfileService:
    """Every change to a user's profile; each public call is one unit of work."""

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        screen: Sequence[tuple[str, Severity]],
        clock: Clock,
    ) -> None:
        self._uow_factory = uow_factory
        self._item_ids = tuple(item_id for item_id, _ in screen)
        self._severities = tuple(severity for _, severity in screen)
        self._clock = clock

    async def begin(
        self, user_id: int, chat_id: int, *, receipt: UpdateReceipt | None
    ) -> ProfileReply:
        """/start: create the user, welcome back a known one, or re-show their current step."""
        now = self._clock()
        async with self._uow_factory(receipt) as uow:
            user = await uow.users.get(user_id, for_update=True)
            if user is None:
                user = new_user(user_id, chat_id, now, DEFAULT_REMIND_AT)
                await uow.users.add(user)
                await uow.users.save(user)
                await uow.commit()
                logger.info("user created user=%s", user_id)
                return ProfileReply(Step.CONSENT, [Said.WELCOME], user)
            user.blocked, user.chat_id, user.awaiting, user.updated_at = False, chat_id, None, now
            if user.onboarding_step != Step.DONE:
                await uow.users.save(user)
                await uow.commit()
                return ProfileReply(Step(user.onboarding_step), [], user)
            await reschedule(uow, user, now)
            streak = await current_streak(uow, user, now)
            await uow.users.save(user)
            await uow.commit()
            return ProfileReply(Step.DONE, [Said.WELCOME_BACK], user, current_streak=streak.current)

    async def finish_screen(
        self, user_id: int, mask: int, *, receipt: UpdateReceipt | None
    ) -> ProfileReply:
        """Store a confirmed checklist: any tick locks routines; none clears the screen.

        In onboarding it moves the user on; later it is the 12-weekly re-screen. A lock already
        in place is never lifted by a screen: only the two-step unlock does that.
        """
        now = self._clock()
        async with self._uow_factory(receipt) as uow:
            user = await uow.users.get(user_id, for_update=True)
            if user is None:
                return ProfileReply(Step.SCREENING, [Said.NOT_STARTED])
            onboarding = user.onboarding_step == Step.SCREENING
            if not onboarding and user.onboarding_step != Step.DONE:
                return await self._reply(uow, user, [Said.STALE])
            status = status_after_screen(severities_of(mask, self._severities))
            user.screened_at, user.updated_at = now, now
            for index in ticked_items(mask, len(self._item_ids)):
                record(uow, user, f"screen_{self._item_ids[index]}", now)
            said: list[Said]
            if status is ScreeningStatus.CLEAR:
                if not is_locked(ScreeningStatus(user.screening_status)):
                    user.screening_status = ScreeningStatus.CLEAR
                said = [Said.SCREEN_CLEAR if onboarding else Said.RESCREEN_CLEAR]
                if onboarding:
                    user.onboarding_step = Step.TIMEZONE
            else:
                await lock_user(uow, user, status, LockCause.SCREENING, now)
                urgent = user.screening_status == ScreeningStatus.URGENT
                said = [Said.URGENT_ADVICE if urgent else Said.DOCTOR_ADVICE]
                if onboarding:
                    user.onboarding_step = Step.CLEARANCE
            await uow.users.save(user)
            await uow.commit()
            return ProfileReply(Step(user.onboarding_step), said, user)

    async def set_consent(
        self, user_id: int, consent: bool, *, receipt: UpdateReceipt | None
    ) -> ProfileReply:
        """Store the answer to 'may we keep your pain ratings?'."""
        async with self._uow_factory(receipt) as uow:
            user = await uow.users.get(user_id, for_update=True)
            if user is None:
                return ProfileReply(Step.SCREENING, [Said.NOT_STARTED])
            if user.onboarding_step not in (Step.CONSENT, Step.DONE):
                return await self._reply(uow, user, [Said.STALE])
            user.pain_consent = consent
            said = Said.CONSENT_YES if consent else Said.CONSENT_NO
            if user.onboarding_step == Step.CONSENT and user.screened_at is not None:
                # Screened before consent was asked (an earlier version): go on from the screen.
                screened = ScreeningStatus(user.screening_status)
                user.onboarding_step = Step.CLEARANCE if is_locked(screened) else Step.TIMEZONE
                user.updated_at = self._clock()
                await uow.users.save(user)
                await uow.commit()
                return ProfileReply(Step(user.onboarding_step), [said], user)
            return await self._advance(uow, user, Step.CONSENT, said)

    async def set_timezone(
        self, user_id: int, name: str, *, receipt: UpdateReceipt | None, button: bool = False
    ) -> ProfileReply:
        """Set the zone from a button, a typed zone or city, or a shared location's zone.

        A near miss or a UTC offset changes nothing and offers zones to tap instead.
        """
        async with self._uow_factory(receipt) as uow:
            if button and await self._unasked(uow, user_id, Step.TIMEZONE):
                return ProfileReply(Step.DONE, [Said.STALE])
            user = await uow.users.get(user_id, for_update=True)
            if user is None:
                return ProfileReply(Step.SCREENING, [Said.NOT_STARTED])
            zone = typed_zone(name, self._clock())
            if isinstance(zone, ZoneChoices):
                if user.onboarding_step == Step.DONE and user.awaiting != Step.TIMEZONE:
                    # The "did you mean" buttons answer this question, not an old one.
                    user.awaiting = Step.TIMEZONE
                    await uow.users.save(user)
                    await uow.commit()
                step = Step(user.onboarding_step)
                return ProfileReply(step, [Said.ZONE_CHOICES], user, choices=zone)
            if zone is None:
                return ProfileReply(Step(user.onboarding_step), [Said.BAD_TIMEZONE], user)
            if user.onboarding_step not in (Step.TIMEZONE, Step.DONE):
                return await self._reply(uow, user, [Said.STALE])
            user.timezone = zone.key
            return await self._advance(uow, user, Step.TIMEZONE, Said.TIMEZONE_SET)

    async def set_goal(
        self, user_id: int, goal: WeeklyGoal, *, receipt: UpdateReceipt | None
    ) -> ProfileReply:
        """The weekly goal; its days become the reminder days (3: Mon, Wed, Fri; 5: Mon-Fri)."""
        async with self._uow_factory(receipt) as uow:
            user = await uow.users.get(user_id, for_update=True)
            if user is None:
                return ProfileReply(Step.SCREENING, [Said.NOT_STARTED])
            if user.onboarding_step not in (Step.GOAL, Step.DONE):
                return await self._reply(uow, user, [Said.STALE])
            if user.weekly_goal != goal or user.onboarding_step == Step.GOAL:
                user.weekly_goal, user.nudge_days = int(goal), goal_mask(goal)
            return await self._advance(uow, user, Step.GOAL, Said.GOAL_SET)

    async def set_reminder(
        self,
        user_id: int,
        remind_at: time | None,
        *,
        receipt: UpdateReceipt | None,
        button: bool = False,
    ) -> ProfileReply:
        """Set the daily reminder time, or turn reminders off with None (buttons: as zones)."""
        async with self._uow_factory(receipt) as uow:
            if button and await self._unasked(uow, user_id, Step.REMIND):
                return ProfileReply(Step.DONE, [Said.STALE])
            user = await uow.users.get(user_id, for_update=True)
            if user is None:
                return ProfileReply(Step.SCREENING, [Said.NOT_STARTED])
            if user.onboarding_step not in (Step.REMIND, Step.DONE):
                return await self._reply(uow, user, [Said.STALE])
            if remind_at is None:
                user.reminders_enabled = False
            else:
                user.remind_at, user.reminders_enabled = remind_at, True
            return await self._advance(
                uow, user, Step.REMIND, Said.REMIND_SET if remind_at else Said.REMINDERS_OFF
            )

    async def set_band(
        self, user_id: int, has_band: bool, *, receipt: UpdateReceipt | None
    ) -> ProfileReply:
        """Store whether the user has a resistance band: onboarding's last step, or /settings."""
        async with self._uow_factory(receipt) as uow:
            user = await uow.users.get(user_id, for_update=True)
            if user is None:
                return ProfileReply(Step.SCREENING, [Said.NOT_STARTED])
            if user.onboarding_step not in (Step.BAND, Step.DONE):
                return await self._reply(uow, user, [Said.STALE])
            user.has_band = has_band
            return await self._advance(uow, user, Step.BAND, Said.BAND_SET)

    async def await_input(
        self, user_id: int, kind: Step, *, receipt: UpdateReceipt | None
    ) -> ProfileReply:
        """Remember that the next free text answers a settings question (zone or time)."""
        async with self._uow_factory(receipt) as uow:
            user = await uow.users.get(user_id, for_update=True)
            if user is None or user.onboarding_step != Step.DONE:
                return ProfileReply(Step.SCREENING, [Said.NOT_STARTED], user)
            user.awaiting, user.updated_at = kind, self._clock()
            await uow.users.save(user)
            await uow.commit()
            return ProfileReply(kind, [], user)

    async def settings(self, user_id: int, *, receipt: UpdateReceipt | None) -> ProfileReply:
        """Read the settings for /settings."""
        async with self._uow_factory(receipt) as uow:
            user = await uow.users.get(user_id)
            if user is None:
                return ProfileReply(Step.SCREENING, [Said.NOT_STARTED])
            return await self._reply(uow, user, [])

    async def _unasked(self, uow: UnitOfWork, user_id: int, step: Step) -> bool:
        """A zone or time button left from onboarding (only /settings asks again, awaiting it)."""
        user = await uow.users.get(user_id, for_update=True)
        return user is not None and user.onboarding_step == Step.DONE and user.awaiting != step

    async def _advance(
        self, uow: UnitOfWork, user: UserRecord, answered: Step, said: Said
    ) -> ProfileReply:
        """Move onboarding past the answered step, refresh the reminder, and commit.

        An answer to a question asked from /settings (typed, or tapped under "did you mean")
        also shows the whole settings screen again, with the new value in place.
        """
        now = self._clock()
        notes = [said]
        if user.awaiting == answered:
            user.awaiting = None
            notes.append(Said.SCREEN)
        order = list(Step)
        if user.onboarding_step == answered:
            user.onboarding_step = order[order.index(answered) + 1]
            if user.onboarding_step == Step.DONE:
                notes.append(Said.SETUP_DONE)
        await reschedule(uow, user, now, done_on=await done_today(uow, user, now))
        user.updated_at = now
        await uow.users.save(user)
        reply = await self._reply(uow, user, notes, now)
        await uow.commit()
        return reply

    async def _reply(
        self, uow: UnitOfWork, user: UserRecord, said: list[Said], now: datetime | None = None
    ) -> ProfileReply:
        """The reply for the user's step; once set up, with the whole /settings screen."""
        screen = None
        if user.onboarding_step == Step.DONE:
            screen = await screen_of(uow, user, now or self._clock(), Page.MAIN)
        return ProfileReply(Step(user.onboarding_step), said, user, screen=screen)
