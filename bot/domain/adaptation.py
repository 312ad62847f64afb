"""Adapting a routine to the user: soften what keeps hurting, ask about what keeps being skipped."""

# Both rules read a user's history as a sequence of sessions, oldest first, each a sequence of
# ExerciseMark in position order. They look at each exercise on its own and only at the
# sessions that offered it (that have a mark for it): a /quick session without the exercise, or
# a session stopped before reaching it, says nothing about it.
#
# Within one session an exercise offered more than once is "hurt" if any of its marks is, and
# "skipped" if all of them are plain skips.

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum

from bot.domain.routine import HurtLevel, Outcome

# Hurts in this many of the last SOFTEN_WINDOW sessions that offered the exercise -> gentler.
SOFTEN_HURTS = 2
SOFTEN_WINDOW = 3
# Plain skips in a row (sessions that offered the exercise) before asking "keep or drop?".
QUESTION_SKIPS = 3

_HURT_OUTCOMES = frozenset({Outcome.HURT_SKIPPED, Outcome.HURT_STOPPED})


@dataclass(frozen=True, slots=True)
class ExerciseMark:
    """One recorded exercise outcome, as stored in ExerciseResult."""

    exercise_id: str
    outcome: Outcome
    hurt_level: HurtLevel | None = None

    @property
    def hurt(self) -> bool:
        """The user pressed Hurts: a hurt outcome, or a mild hurt that led to the gentler form."""
        # A gentler variant given by adaptation (not by a Hurts press) has no hurt_level, so
        # doing it is not a new hurt; that is what lets an exercise return to its usual form.
        return self.outcome in _HURT_OUTCOMES or self.hurt_level is not None


class _Mark(Enum):
    """One session's verdict on one exercise."""

    HURT = "hurt"
    SKIPPED = "skipped"
    OTHER = "other"


def exercises_to_soften(history: Sequence[Sequence[ExerciseMark]]) -> frozenset[str]:
    """Exercises marked Hurts in 2 of the last 3 sessions offering them: give the gentler form."""
    # Fewer than three offers count as they are: hurt in both of the first two -> soften. The
    # rule re-reads history each time, so after the gentler form is done without a Hurts press
    # in two sessions the hurts slide out of the window and the usual form comes back.
    return frozenset(
        exercise
        for exercise, marks in _per_exercise(history).items()
        if marks[-SOFTEN_WINDOW:].count(_Mark.HURT) >= SOFTEN_HURTS
    )


def exercises_to_question(history: Sequence[Sequence[ExerciseMark]]) -> frozenset[str]:
    """Exercises skipped 3 times in a row, most recently: ask whether to keep or drop them."""
    # Only plain skips count: a Hurts-skip is a pain signal, handled by exercises_to_soften, and
    # breaks the run. The trailing run must be a positive multiple of 3 long, so the question
    # comes once after the 3rd skip in a row and, if the user keeps the exercise and skips on,
    # again after the 6th, 9th, ... without the caller having to remember that it asked. Call
    # it once per finished session: only the skips of that (the latest) session can complete a
    # run, so a later session that did not offer the exercise does not ask again.
    if not history or not any(is_plain_skip(mark) for mark in history[-1]):
        return frozenset()
    latest = {mark.exercise_id for mark in history[-1]}
    result = set()
    for exercise, marks in _per_exercise(history).items():
        run = _trailing_run(marks, _Mark.SKIPPED)
        if exercise in latest and run > 0 and run % QUESTION_SKIPS == 0:
            result.add(exercise)
    return frozenset(result)


def is_plain_skip(mark: ExerciseMark) -> bool:
    """Skipped without a Hurts press: the only kind of mark that can lead to the question."""
    return mark.outcome == Outcome.SKIPPED and not mark.hurt


def _per_exercise(history: Iterable[Sequence[ExerciseMark]]) -> dict[str, list[_Mark]]:
    """Each exercise's per-session verdicts, oldest first, over the sessions that offered it."""
    verdicts: dict[str, list[_Mark]] = defaultdict(list)
    for session in history:
        by_exercise: dict[str, list[ExerciseMark]] = defaultdict(list)
        for mark in session:
            by_exercise[mark.exercise_id].append(mark)
        for exercise, marks in by_exercise.items():
            verdicts[exercise].append(_session_verdict(marks))
    return dict(verdicts)


def _session_verdict(marks: Sequence[ExerciseMark]) -> _Mark:
    """Fold one session's marks for one exercise into hurt, skipped or other."""
    if any(mark.hurt for mark in marks):
        return _Mark.HURT
    if all(mark.outcome == Outcome.SKIPPED for mark in marks):
        return _Mark.SKIPPED
    return _Mark.OTHER


def _trailing_run(marks: Sequence[_Mark], kind: _Mark) -> int:
    """How many of the last marks in a row are `kind`."""
    run = 0
    for mark in reversed(marks):
        if mark is not kind:
            break
        run += 1
    return run
