"""Dose levels: the pure rule (bot.domain.progression) applied to stored sessions, recorded.

A session counts for an exercise when it showed that exercise's ladder dose: the 2-minute
routine's own band dose neither shows a level nor moves one. A level changes only from what is
kept with consent: how a session felt ("How did it feel?", asked only with consent) and the
Hurts presses. Without consent nothing about how a session felt is kept, so levels stay at
the seed dose; the gentler version still answers pain.
The rule runs at the end of a session for the exercises hurt in it (a Hurts can only step
down, so no step up is decided before the feel answer), and again for all the session's
exercises once "How did it feel?" is answered or skipped.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from bot.domain.progression import (
    ExerciseSession,
    Feel,
    LevelState,
    Reason,
    Step,
    apply,
    next_level,
)
from bot.domain.routine import Outcome
from bot.services.ports import UnitOfWork
from bot.services.records import FeltSession, LevelChangeRecord, LevelRecord, OutcomeRow

LOOKBACK_SESSIONS = 20
"""Finished sessions read for the rule: enough to find the last 4 that offered an exercise."""
SKIPPED_FEEL = "skipped"
"""Stored when "How did it feel?" was skipped, so a second tap changes nothing."""


@dataclass(frozen=True, slots=True)
class Growth:
    """What the routine needs from content to grow: ladder sizes and lessons, in order."""

    ladder_sizes: Mapping[str, int] = field(default_factory=dict)
    lesson_ids: tuple[str, ...] = ()
    # (routine, exercise) pairs with a dose of the routine's own (the 2-minute routine's band
    # exercise): a session shows that dose, not the level's, so it doesn't move the level.
    fixed_doses: frozenset[tuple[str, str]] = frozenset()


@dataclass(frozen=True, slots=True)
class LevelChangeNote:
    """A change to announce: the exercise, its levels before and after, and why."""

    exercise_id: str
    from_level: int
    to_level: int
    reason: Reason


async def level_plan(uow: UnitOfWork, user_id: int, plan: Sequence[str]) -> str:
    """The levels of a new session's exercises, in plan order ("" while all are at level 0)."""
    stored = await uow.levels.of_user(user_id)
    values = [stored[exercise].level if exercise in stored else 0 for exercise in plan]
    return ",".join(str(value) for value in values) if any(values) else ""


def level_at(levels: str, step: int) -> int:
    """The level of one position of a session (0 when not recorded)."""
    values = levels.split(",") if levels else []
    return int(values[step]) if 0 <= step < len(values) else 0


def feel_of(stored: str | None) -> Feel | None:
    """A stored feel as the rule reads it; skipped or missing is None."""
    return None if stored in (None, SKIPPED_FEEL) else Feel(stored)


async def progress_levels(
    uow: UnitOfWork,
    user_id: int,
    exercise_ids: Iterable[str],
    growth: Growth,
    today: date,
    now: datetime,
) -> tuple[LevelChangeNote, ...]:
    """Apply the rule to each exercise, store and record every change, and return them."""
    stored = await uow.levels.of_user(user_id)
    finished = await uow.levels.finished(user_id, LOOKBACK_SESSIONS)
    results = await uow.history.results_of([session.id for session in finished])
    notes: list[LevelChangeNote] = []
    for exercise_id in dict.fromkeys(exercise_ids):
        size = growth.ladder_sizes.get(exercise_id, 1)
        if size < 2:
            continue
        record = stored.get(exercise_id, LevelRecord(exercise_id, 0))
        state = LevelState(
            level=record.level,
            changed_on=record.changed_on,
            last_step=None if record.last_step is None else Step(record.last_step),
        )
        graded = [s for s in finished if (s.routine_id, exercise_id) not in growth.fixed_doses]
        sessions = _sessions_of(exercise_id, graded, results, record.changed_at)
        decision = next_level(state, sessions, size, today)
        if decision.reason is None:
            continue
        after = apply(state, decision, today)
        await uow.levels.save(
            user_id,
            LevelRecord(
                exercise_id,
                after.level,
                today,
                now,
                None if after.last_step is None else after.last_step.value,
            ),
        )
        uow.levels.add_change(
            user_id,
            LevelChangeRecord(exercise_id, record.level, after.level, decision.reason, today, now),
        )
        notes.append(LevelChangeNote(exercise_id, record.level, after.level, decision.reason))
    return tuple(notes)


def _sessions_of(
    exercise_id: str,
    finished: Sequence[FeltSession],
    results: Mapping[int, list[OutcomeRow]],
    changed_at: datetime | None,
) -> list[ExerciseSession]:
    """The finished sessions that offered the exercise since its level last changed."""
    sessions = []
    for session in finished:
        if changed_at is not None and session.finished_at <= changed_at:
            continue
        rows = [row for row in results.get(session.id, []) if row.exercise_id == exercise_id]
        if not rows:
            continue
        sessions.append(
            ExerciseSession(
                day=session.local_date,
                feel=feel_of(session.feel),
                done=any(row.outcome == Outcome.DONE for row in rows),
                hurt=any(row.hurt_level is not None for row in rows),
            )
        )
    return sessions
