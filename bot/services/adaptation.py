"""Turn a user's recent outcomes into today's plan: dropped exercises out, painful ones gentler."""

from __future__ import annotations

from bot.domain.adaptation import ExerciseMark, exercises_to_question, exercises_to_soften
from bot.domain.routine import HurtLevel, Outcome
from bot.services.ports import UnitOfWork
from bot.services.records import OutcomeRow

# Enough sessions for "2 of the last 3" and "3 skips in a row" for every exercise.
HISTORY_SESSIONS = 12


async def recent_marks(uow: UnitOfWork, user_id: int) -> list[list[ExerciseMark]]:
    """Outcomes of the last finished sessions, oldest first, each in walk order."""
    sessions = await uow.history.recent_outcomes(user_id, HISTORY_SESSIONS)
    return [[mark_of(row) for row in outcomes] for outcomes in sessions.values()]


def mark_of(row: OutcomeRow) -> ExerciseMark:
    """A stored outcome as the adaptation rules read it."""
    hurt_level = None if row.hurt_level is None else HurtLevel(row.hurt_level)
    return ExerciseMark(row.exercise_id, Outcome(row.outcome), hurt_level)


async def plan_for(
    uow: UnitOfWork, user_id: int, routine: tuple[str, ...]
) -> tuple[tuple[str, ...], frozenset[int]]:
    """Today's exercises (dropped ones left out) and the positions to start gentler."""
    dropped = await uow.prefs.dropped(user_id)
    plan = tuple(e for e in routine if e not in dropped) or routine
    soften = exercises_to_soften(await recent_marks(uow, user_id))
    return plan, frozenset(i for i, e in enumerate(plan) if e in soften)


async def exercises_to_ask_about(
    uow: UnitOfWork, user_id: int, *, plain_skips: int
) -> tuple[str, ...]:
    """Exercises skipped 3 times in a row that are still in the routine: keep or drop?

    `plain_skips`: how many exercises the session just finished skipped without a Hurts press.
    Only those can complete a run, so a session with none (most of them) reads no history.
    """
    if not plain_skips:
        return ()
    dropped = await uow.prefs.dropped(user_id)
    ask = exercises_to_question(await recent_marks(uow, user_id))
    return tuple(sorted(ask - dropped))
