"""Starting a routine: resume the paused session, ask before replacing it, or begin anew."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import date, datetime, timedelta

from bot.domain import routine as walk
from bot.domain.screening import rescreen_due
from bot.services.adaptation import plan_for
from bot.services.paused import leave
from bot.services.ports import Clock, UnitOfWork, UnitOfWorkFactory
from bot.services.progression import Growth, level_plan
from bot.services.records import NewSession, SessionSnapshot, UserRecord
from bot.services.replies import Note, RoutineReply
from bot.services.routine_notes import gate, prompt_of
from bot.services.safety import abandon
from bot.services.step_rows import session_row
from bot.services.update_receipt import UpdateReceipt
from bot.services.users import user_today

logger = logging.getLogger(__name__)

# An unfinished session older than this (and from an earlier local day) is not resumed.
RESUME_WINDOW = timedelta(hours=12)


class RoutineStarts:
    """The starting half of RoutineService (bot/services/routine.py): a paused session is
    never dropped without a word."""

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        plans: Mapping[str, tuple[str, ...]],
        clock: Clock,
        without_band: Mapping[str, str] | None = None,
        growth: Growth | None = None,
    ) -> None:
        self._uow_factory = uow_factory
        self._plans = plans
        self._clock = clock
        # The dose ladders and lessons (issue 20): how a finished session moves a level.
        self._growth = growth or Growth()
        # Band exercise id -> the one done instead by someone without a band.
        self._without_band = dict(without_band or {})

    async def start(
        self,
        user_id: int,
        routine_id: str,
        *,
        receipt: UpdateReceipt | None,
        resume_any: bool = False,
    ) -> RoutineReply:
        """Resume the paused session, or start a new one of this routine.

        A paused session is never dropped without a word: with `resume_any` (/routine, whose
        pause message promises it) any paused routine resumes; otherwise a different paused
        routine gets the question "finish it, or start this one?".
        """
        if routine_id not in self._plans:
            return RoutineReply(note=Note.STALE)
        now = self._clock()
        async with self._uow_factory(receipt) as uow:
            user = await uow.users.get(user_id, for_update=True)
            closed = gate(user)
            if closed is not None or user is None:
                cause = None if user is None else user.lock_cause
                return RoutineReply(note=closed, lock_cause=cause)
            active = await uow.steps.locked_active(user_id)
            if active is not None and self._resumable(active, user, now):
                if not resume_any and active.routine_id != routine_id:
                    prompt = prompt_of(active)
                    return RoutineReply(note=Note.CHOOSE, prompt=prompt, choice=routine_id)
                await uow.users.save(user)
                await uow.commit()
                return RoutineReply(note=Note.RESUMED, prompt=prompt_of(active))
            return await self._begin(uow, user, routine_id, active, now)

    async def start_instead(
        self, user_id: int, routine_id: str, paused_id: int, *, receipt: UpdateReceipt | None
    ) -> RoutineReply:
        """ "Start the 2-minute one": leave the paused session, by the person's own choice, and
        start this routine. A button whose paused session is no longer the active one is stale."""
        if routine_id not in self._plans:
            return RoutineReply(note=Note.STALE)
        now = self._clock()
        async with self._uow_factory(receipt) as uow:
            user = await uow.users.get(user_id, for_update=True)
            closed = gate(user)
            if closed is not None or user is None:
                cause = None if user is None else user.lock_cause
                return RoutineReply(note=closed, lock_cause=cause)
            active = await uow.steps.locked_active(user_id)
            if active is None or active.id != paused_id:
                return RoutineReply(note=Note.STALE)
            return await self._begin(uow, user, routine_id, active, now, chosen=True)

    async def _begin(
        self,
        uow: UnitOfWork,
        user: UserRecord,
        routine_id: str,
        active: SessionSnapshot | None,
        now: datetime,
        *,
        chosen: bool = False,
    ) -> RoutineReply:
        """Start a new session, closing the old one: left by choice, or too old to resume."""
        if rescreen_due(user.screened_at, now):
            return RoutineReply(note=Note.RESCREEN)
        if active is not None and chosen:
            await leave(uow, active, now)
        elif active is not None:
            await abandon(uow, active, now)
        new = await self._new_session(uow, user, routine_id, now)
        fresh = new.stored_as(await uow.steps.insert(new), user.timezone)
        await uow.users.save(user)
        await uow.commit()
        logger.info("session started user=%s session=%s routine=%s", user.id, fresh.id, routine_id)
        return RoutineReply(prompt=prompt_of(fresh))

    def _fresh(self, session: SessionSnapshot, today: date, now: datetime) -> bool:
        """From the user's today, or started within the resume window."""
        return session.local_date == today or now - session.started_at < RESUME_WINDOW

    def _resumable(self, session: SessionSnapshot, user: UserRecord, now: datetime) -> bool:
        """A paused session can be resumed when it is from today or started recently."""
        if session.routine_id not in self._plans:
            return False
        return self._fresh(session, user_today(user, now), now)

    async def _new_session(
        self, uow: UnitOfWork, user: UserRecord, routine_id: str, now: datetime
    ) -> NewSession:
        """A fresh session at its first phase; pain is only asked with consent."""
        routine = self._plans[routine_id]
        if user.has_band is False:
            routine = tuple(self._without_band.get(e, e) for e in routine)
        plan, softened = await plan_for(uow, user.id, routine)
        progress = walk.start(len(plan), track_pain=bool(user.pain_consent), softened=softened)
        levels = await level_plan(uow, user.id, plan)  # the user's dose levels (issue 20)
        return session_row(user.id, routine_id, user_today(user, now), plan, progress, now, levels)
