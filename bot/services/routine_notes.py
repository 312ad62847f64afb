"""What a routine step tells the person: whether routines are open to them, what a Hurts
answer did, and the prompt a session shows now."""

from __future__ import annotations

from bot.domain import routine as walk
from bot.domain.routine import HurtLevel, Phase
from bot.domain.screening import ScreeningStatus, is_locked, routines_unlocked
from bot.services.progression import level_at
from bot.services.records import SessionSnapshot, UserRecord
from bot.services.replies import Note, Prompt


def gate(user: UserRecord | None) -> Note | None:
    """Routines need finished onboarding and a clear (or cleared) red-flag screen."""
    if user is not None and is_locked(ScreeningStatus(user.screening_status)):
        return Note.LOCKED
    if user is None or user.onboarding_step != "done":
        return Note.NOT_ONBOARDED
    if not routines_unlocked(ScreeningStatus(user.screening_status)):
        return Note.LOCKED
    return None


def note_for(transition: walk.Transition) -> Note | None:
    """Tell the user what their hurt answer did."""
    outcome = transition.outcome
    if outcome is not None and outcome.outcome is walk.Outcome.HURT_SKIPPED:
        return Note.HURT_STRONG if outcome.hurt_level is HurtLevel.STRONG else Note.HURT_LET_GO
    if transition.progress.phase is Phase.GENTLER and transition.outcome is None:
        return Note.HURT_MILD
    return None


def exercise_at(session: SessionSnapshot, step: int) -> str | None:
    """The exercise id at a step of the session's own plan, or None past the end."""
    plan = session.plan.split(",")
    return plan[step] if 0 <= step < len(plan) else None


def prompt_of(session: SessionSnapshot) -> Prompt:
    """Describe what the user should see for the session's current phase."""
    return Prompt(
        session_id=session.id,
        version=session.version,
        routine_id=session.routine_id,
        phase=Phase(session.phase),
        step=session.step,
        total=session.total,
        exercise_id=exercise_at(session, session.step),
        gentler=session.gentler,
        softened=session.gentler and session.hurt is None,
        plan=tuple(session.plan.split(",")),
        level=level_at(session.levels, session.step),
    )
