"""Routine use cases: start or resume, apply a button or typed rating, cancel."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import date, datetime, timedelta

from bot.domain import routine as walk
from bot.domain.routine import (
    Action,
    Event,
    Phase,
    Press,
    Rate,
    SafetyStop,
    Status,
    UnexpectedEvent,
)
from bot.domain.screening import (
    LockCause,
    ScreeningStatus,
    rescreen_due,
)
from bot.services.adaptation import plan_for
from bot.services.ports import Clock, UnitOfWork, UnitOfWorkFactory
from bot.services.progression import Growth, level_at, level_plan
from bot.services.records import NewSession, SessionSnapshot, UserRecord
from bot.services.replies import Note, Prompt, RoutineReply
from bot.services.routine_notes import gate, note_for
from bot.services.safety import (
    SafetyLock,
    abandon,
    lock_of,
    lock_user,
    record,
    stop_note,
    stop_session_safely,
)
from bot.services.step_rows import rating_row, result_row, session_row
from bot.services.summaries import finish_walk, progress_of, with_progress
from bot.services.update_receipt import UpdateReceipt
from bot.services.users import today_in, user_today

logger = logging.getLogger(__name__)

# An unfinished session older than this (and from an earlier local day) is not resumed.
RESUME_WINDOW = timedelta(hours=12)


class RoutineService:
    """Owns every change to a routine session; the database is the conversation state."""

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        plans: Mapping[str, tuple[str, ...]],
        clock: Clock,
        growth: Growth | None = None,
    ) -> None:
        self._uow_factory = uow_factory
        self._plans = plans
        self._clock = clock
        self._growth = growth or Growth()

    async def start(
        self, user_id: int, routine_id: str, *, receipt: UpdateReceipt | None
    ) -> RoutineReply:
        """Resume today's unfinished session of this routine, or start a new one."""
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
            if active is not None and self._resumable(active, user, routine_id, now):
                await uow.users.save(user)
                await uow.commit()
                return RoutineReply(note=Note.RESUMED, prompt=self._prompt(active))
            if rescreen_due(user.screened_at, now):
                return RoutineReply(note=Note.RESCREEN)
            if active is not None:
                await abandon(uow, active, now)
            new = await self._new_session(uow, user, routine_id, now)
            fresh = new.stored_as(await uow.steps.insert(new), user.timezone)
            await uow.users.save(user)
            await uow.commit()
            logger.info(
                "session started user=%s session=%s routine=%s", user_id, fresh.id, routine_id
            )
            return RoutineReply(prompt=self._prompt(fresh))

    async def press(
        self,
        user_id: int,
        session_id: int,
        version: int,
        event: Event,
        *,
        receipt: UpdateReceipt | None,
    ) -> RoutineReply:
        """Apply a button press, once: stale or repeated presses change nothing."""
        async with self._uow_factory(receipt) as uow:
            snapshot = await uow.steps.locked(user_id, session_id)
            if snapshot is None or snapshot.status != Status.ACTIVE:
                return RoutineReply(note=Note.STALE)
            if await self._abandon_if_expired(uow, snapshot):
                return RoutineReply(note=Note.STALE)
            if snapshot.version != version:
                return RoutineReply(note=Note.ALREADY_HANDLED)
            return await self._apply(uow, snapshot, event)

    async def rate_typed(
        self, user_id: int, score: int, *, receipt: UpdateReceipt | None
    ) -> RoutineReply:
        """Apply a typed 0–10 rating to the active session, if it is asking for one."""
        async with self._uow_factory(receipt) as uow:
            snapshot = await uow.steps.locked_active(user_id)
            if snapshot is None or await self._abandon_if_expired(uow, snapshot):
                return RoutineReply(note=Note.NO_SESSION)
            return await self._apply(uow, snapshot, Rate(score))

    async def stop_for_symptom(
        self, user_id: int, tier: ScreeningStatus, reason: str, *, receipt: UpdateReceipt | None
    ) -> RoutineReply:
        """A typed red-flag symptom: end the running session, if any, as a safety stop; lock."""
        now = self._clock()
        async with self._uow_factory(receipt) as uow:
            snapshot = await uow.steps.locked_active(user_id)
            if snapshot is not None:
                return await self._apply(
                    uow, snapshot, SafetyStop(), lock=(tier, LockCause.TYPED, reason)
                )
            user = await uow.users.get(user_id, for_update=True)
            if user is not None:
                await lock_user(uow, user, tier, LockCause.TYPED, now)
                record(uow, user, reason, now)
                await uow.users.save(user)
                await uow.commit()
            return RoutineReply(note=stop_note(tier))

    async def hurts_typed(
        self, user_id: int, *, receipt: UpdateReceipt | None
    ) -> RoutineReply | None:
        """Typed "it hurts" during an exercise: the same as tapping 😣 Hurts; None otherwise."""
        async with self._uow_factory(receipt) as uow:
            snapshot = await uow.steps.locked_active(user_id)
            if snapshot is None or snapshot.phase not in (Phase.EXERCISE, Phase.GENTLER):
                return None
            return await self._apply(uow, snapshot, Press(Action.HURTS))

    async def current_prompt(
        self, user_id: int, session_id: int, version: int, *, receipt: UpdateReceipt | None
    ) -> Prompt | None:
        """The prompt on screen if that session is still active at that version (for the timer)."""
        async with self._uow_factory(receipt) as uow:
            session = await uow.sessions.get(user_id, session_id)
            if session is None or session.status != Status.ACTIVE:
                return None
            return self._prompt(session) if session.version == version else None

    async def cancel(self, user_id: int, *, receipt: UpdateReceipt | None) -> RoutineReply:
        """Leave the session; it stays unfinished so /routine picks it up again."""
        async with self._uow_factory(receipt) as uow:
            session = await uow.sessions.active_for(user_id)
            if session is None:
                return RoutineReply(note=Note.NO_SESSION)
            return RoutineReply(note=Note.CANCELLED, prompt=self._prompt(session))

    async def _apply(
        self,
        uow: UnitOfWork,
        snapshot: SessionSnapshot,
        event: Event,
        *,
        lock: SafetyLock | None = None,
    ) -> RoutineReply:
        """Advance the walk, persist the outcome, rating and progress, and commit.

        `snapshot` was read under its owner's lock. The finishing step also counts the
        outcomes and updates the user (streak, next reminder).
        """
        now = self._clock()
        try:
            transition = walk.advance(progress_of(snapshot), event)
        except UnexpectedEvent:
            return RoutineReply(note=Note.UNEXPECTED, prompt=self._prompt(snapshot))
        exercise_id = self._exercise_at(snapshot, snapshot.step)
        result = result_row(snapshot, transition.outcome, exercise_id, now)
        rating = rating_row(snapshot, transition.rating, now)
        changed = with_progress(snapshot, transition.progress, now)
        note = note_for(transition)
        if transition.progress.phase is not Phase.FINISHED:
            await uow.steps.save_step(changed, result=result, rating=rating)
            await uow.commit()
            return RoutineReply(note=note, prompt=self._prompt(changed), exercise_id=exercise_id)
        if transition.progress.status is Status.RED_FLAG:
            tier, cause, reason = lock or lock_of(transition)
            await stop_session_safely(
                uow, changed, tier, cause, reason, result=result, rating=rating, now=now
            )
            return RoutineReply(note=stop_note(tier))
        summary = await finish_walk(
            uow, changed, result=result, rating=rating, now=now, growth=self._growth
        )
        return RoutineReply(note=note, summary=summary, exercise_id=exercise_id)

    async def _abandon_if_expired(self, uow: UnitOfWork, snapshot: SessionSnapshot) -> bool:
        """A session too old to resume is closed, so its buttons cannot finish it days later."""
        now = self._clock()
        if self._fresh(snapshot, today_in(snapshot.timezone, now), now):
            return False
        await abandon(uow, snapshot, now)
        await uow.commit()
        return True

    def _fresh(self, session: SessionSnapshot, today: date, now: datetime) -> bool:
        """From the user's today, or started within the resume window."""
        return session.local_date == today or now - session.started_at < RESUME_WINDOW

    def _resumable(
        self, session: SessionSnapshot, user: UserRecord, routine_id: str, now: datetime
    ) -> bool:
        """Resume the same routine when it is from today or started recently."""
        if session.routine_id != routine_id or session.routine_id not in self._plans:
            return False
        return self._fresh(session, user_today(user, now), now)

    async def _new_session(
        self, uow: UnitOfWork, user: UserRecord, routine_id: str, now: datetime
    ) -> NewSession:
        """A fresh session at its first phase; pain is only asked with consent."""
        plan, softened = await plan_for(uow, user.id, self._plans[routine_id])
        progress = walk.start(len(plan), track_pain=bool(user.pain_consent), softened=softened)
        levels = await level_plan(uow, user.id, plan)  # the user's dose levels (issue 20)
        return session_row(user.id, routine_id, user_today(user, now), plan, progress, now, levels)

    def _exercise_at(self, session: SessionSnapshot, step: int) -> str | None:
        """The exercise id at a step of the session's own plan, or None past the end."""
        plan = session.plan.split(",")
        return plan[step] if 0 <= step < len(plan) else None

    def _prompt(self, session: SessionSnapshot) -> Prompt:
        """Describe what the user should see for the session's current phase."""
        return Prompt(
            session_id=session.id,
            version=session.version,
            routine_id=session.routine_id,
            phase=Phase(session.phase),
            step=session.step,
            total=session.total,
            exercise_id=self._exercise_at(session, session.step),
            gentler=session.gentler,
            softened=session.gentler and session.hurt is None,
            level=level_at(session.levels, session.step),
        )
