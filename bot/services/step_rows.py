"""The records a routine writes: a new session, and a step's exercise outcome and pain rating."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from bot.domain import routine as walk
from bot.services.records import (
    NewExerciseResult,
    NewPainRating,
    NewSession,
    OutcomeRow,
    SessionSnapshot,
)


def session_row(
    user_id: int,
    routine_id: str,
    local_date: date,
    plan: Sequence[str],
    progress: walk.Progress,
    now: datetime,
    levels: str = "",
) -> NewSession:
    """A new routine session at the walk's first phase, at the user's dose `levels`."""
    return NewSession(
        user_id=user_id,
        routine_id=routine_id,
        local_date=local_date,
        status=progress.status.value,
        phase=progress.phase.value,
        step=0,
        total=progress.total,
        plan=",".join(plan),
        softened=",".join(str(step) for step in sorted(progress.softened)),
        track_pain=progress.track_pain,
        gentler=progress.gentler,
        hurt=None,
        stopping=False,
        version=0,
        counted=False,
        started_at=now,
        updated_at=now,
        finished_at=None,
        levels=levels,
    )


def result_row(
    session: SessionSnapshot,
    outcome: walk.ExerciseOutcome | None,
    exercise_id: str | None,
    now: datetime,
) -> NewExerciseResult | None:
    """The exercise result recording the step's outcome, if it had one.

    How much an exercise hurt is health data: without consent it is kept as a plain skip.
    """
    if outcome is None:
        return None
    kept = session.track_pain or outcome.hurt_level is None
    return NewExerciseResult(
        session_id=session.id,
        position=outcome.position,
        exercise_id=exercise_id or "?",
        outcome=outcome.outcome if kept else walk.Outcome.SKIPPED,
        gentler=outcome.gentler,
        hurt_level=None if outcome.hurt_level is None or not kept else outcome.hurt_level.value,
        recorded_at=now,
    )


def rating_row(
    session: SessionSnapshot, rating: tuple[str, int] | None, now: datetime
) -> NewPainRating | None:
    """The pain rating the step records, if it had one.

    Written with or without consent, so the session can compare before with after; without
    consent the finish erases the session's ratings once the safety check has read them.
    """
    if rating is None:
        return None
    kind, score = rating
    return NewPainRating(
        session_id=session.id, user_id=session.user_id, kind=kind, score=score, recorded_at=now
    )


def as_outcomes(result: NewExerciseResult | None) -> list[OutcomeRow]:
    """The outcome a step is about to store, counted with the stored ones in its summary."""
    if result is None:
        return []
    return [OutcomeRow(result.session_id, result.exercise_id, result.outcome, result.hurt_level)]
