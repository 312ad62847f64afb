"""What a routine asks of the person, from its doses: how long it takes, what to have at hand,
and the ▶ Timer's sequence of holds, switches and rests.

Pure functions of the catalog's values, so the opening line, the timer and the tests agree.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.content.levels import level_version
from bot.content.models import Catalog, Dosed, Exercise

# Reading the card and getting into position, once per exercise.
SETUP_SECONDS = 15
# Changing sides or position between two holds.
SWITCH_SECONDS = 5
# One slow repetition of an untimed exercise.
REP_SECONDS = 3
# Between two sets of an untimed exercise that names no rest of its own.
SET_REST_SECONDS = 20


@dataclass(frozen=True, slots=True)
class Interval:
    """One stretch of the ▶ Timer: a hold (of a side, in a round), a switch or a rest."""

    kind: str  # "hold", "switch" or "rest"
    seconds: int
    side: str | None = None
    number: int = 1  # the round it belongs to
    rounds: int = 1


def dose_in(
    catalog: Catalog, routine_id: str, exercise: Exercise, *, gentler: bool, level: int = 0
) -> Dosed:
    """The version on screen: the gentler one, the routine's own dose (the 2-minute routine
    keeps its own), or the exercise's dose at the user's `level` of its ladder."""
    if gentler:
        return exercise.gentler
    routine = catalog.routines.get(routine_id)
    own = None if routine is None else routine.doses.get(exercise.id)
    return own or level_version(exercise, level, catalog.count_words)


def timer_intervals(dose: Dosed) -> tuple[Interval, ...]:
    """The whole timed sequence: each side in turn, switching between them, resting between
    rounds (a short switch when the dose names no rest). Empty for an untimed dose."""
    if not dose.is_timed:
        return ()
    sides: Sequence[str | None] = dose.sides or (None,)
    intervals: list[Interval] = []
    for number in range(1, dose.rounds + 1):
        if number > 1:
            rest = dose.rest_seconds or SWITCH_SECONDS
            intervals.append(Interval("rest", rest, sides[0], number, dose.rounds))
        for index, side in enumerate(sides):
            if index:
                intervals.append(Interval("switch", SWITCH_SECONDS, side, number, dose.rounds))
            intervals.append(Interval("hold", dose.hold_seconds, side, number, dose.rounds))
    return tuple(intervals)


def dose_seconds(dose: Dosed) -> int:
    """How long one exercise takes at this dose, setting up included."""
    if dose.is_timed:
        return SETUP_SECONDS + sum(interval.seconds for interval in timer_intervals(dose))
    rest = dose.rest_seconds or SET_REST_SECONDS
    return SETUP_SECONDS + dose.sets * dose.reps * REP_SECONDS + (dose.sets - 1) * rest


def plan_minutes(catalog: Catalog, routine_id: str, plan: Iterable[str]) -> int:
    """The whole plan in minutes, rounded, at least 1."""
    seconds = sum(
        dose_seconds(dose_in(catalog, routine_id, catalog.exercises[exercise_id], gentler=False))
        for exercise_id in plan
        if exercise_id in catalog.exercises
    )
    return max(1, round(seconds / 60))


def plan_needs(catalog: Catalog, plan: Iterable[str]) -> tuple[str, ...]:
    """What to have at hand for the plan, each thing once, in the order it is first needed."""
    needs: dict[str, None] = {}
    for exercise_id in plan:
        exercise = catalog.exercises.get(exercise_id)
        if exercise is not None:
            needs.update(dict.fromkeys(exercise.needs))
    return tuple(needs)


def without_band(catalog: Catalog) -> dict[str, str]:
    """Each band exercise's id mapped to the one done instead without a band."""
    return {
        exercise.id: exercise.without_band
        for exercise in catalog.exercises.values()
        if exercise.without_band is not None
    }
