"""Routine use cases: start or resume, apply a button or typed rating, leave for now."""

from __future__ import annotations

import logging

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
)
from bot.services.ports import UnitOfWork
from bot.services.records import SessionSnapshot
from bot.services.replies import Note, Prompt, RoutineReply
from bot.services.routine_notes import exercise_at, note_for, prompt_of
from bot.services.routine_start import RESUME_WINDOW, RoutineStarts
from bot.services.safety import (
    SafetyLock,
    abandon,
    lock_of,
    lock_user,
    record,
    stop_note,
    stop_session_safely,
)
from bot.services.step_rows import rating_row, result_row
from bot.services.summaries import finish_walk, progress_of, with_progress
from bot.services.update_receipt import UpdateReceipt
from bot.services.users import today_in

logger = logging.getLogger(__name__)

__all__ = ["RESUME_WINDOW", "RoutineService"]


class RoutineService(RoutineStarts):
    """Owns every change to a routine session; the database is the conversation state."""

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
            return prompt_of(session) if session.version == version else None

    async def pause(self, user_id: int, *, receipt: UpdateReceipt | None) -> RoutineReply:
        """/stop: leave the session for now; it stays unfinished so /routine picks it up again."""
        async with self._uow_factory(receipt) as uow:
            session = await uow.sessions.active_for(user_id)
            if session is None:
                return RoutineReply(note=Note.NO_SESSION)
            return RoutineReply(note=Note.CANCELLED, prompt=prompt_of(session))

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
            return RoutineReply(note=Note.UNEXPECTED, prompt=prompt_of(snapshot))
        exercise_id = exercise_at(snapshot, snapshot.step)
        result = result_row(snapshot, transition.outcome, exercise_id, now)
        rating = rating_row(snapshot, transition.rating, now)
        changed = with_progress(snapshot, transition.progress, now)
        note = note_for(transition)
        if transition.progress.phase is not Phase.FINISHED:
            await uow.steps.save_step(changed, result=result, rating=rating)
            await uow.commit()
            return RoutineReply(note=note, prompt=prompt_of(changed), exercise_id=exercise_id)
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
