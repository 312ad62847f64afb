"""Adaptation rules over a user's recent sessions, each history written out session by session."""

from __future__ import annotations

import pytest

from bot.domain.adaptation import (
    ExerciseMark,
    exercises_to_question,
    exercises_to_soften,
    is_plain_skip,
)
from bot.domain.routine import HurtLevel, Outcome

DONE = Outcome.DONE
SKIP = Outcome.SKIPPED
HURT_SKIP = Outcome.HURT_SKIPPED
HURT_STOP = Outcome.HURT_STOPPED
History = list[list[ExerciseMark]]


def neck(outcome: Outcome, hurt_level: HurtLevel | None = None) -> ExerciseMark:
    """A mark for the exercise most cases follow."""
    return ExerciseMark("neck", outcome, hurt_level)


def row(outcome: Outcome) -> ExerciseMark:
    """A mark for a second exercise, to show the rules look at each one on its own."""
    return ExerciseMark("row", outcome)


def sessions(*outcomes: Outcome) -> History:
    """One session per outcome of the neck exercise, oldest first."""
    return [[neck(outcome)] for outcome in outcomes]


MILD_THEN_DONE = neck(DONE, HurtLevel.MILD)  # Hurts -> Mild -> did the gentler form
STRONG_SKIP = neck(HURT_SKIP, HurtLevel.STRONG)
SHARP_STOP = neck(HURT_STOP, HurtLevel.SHARP)


@pytest.mark.parametrize(
    ("history", "expected"),
    [
        pytest.param([], frozenset(), id="no history"),
        pytest.param(sessions(HURT_SKIP), frozenset(), id="one hurt is not enough"),
        pytest.param(sessions(HURT_SKIP, HURT_SKIP), {"neck"}, id="hurt in both of two"),
        pytest.param(sessions(HURT_SKIP, DONE, HURT_SKIP), {"neck"}, id="hurt in 2 of the last 3"),
        pytest.param(sessions(HURT_SKIP, HURT_SKIP, DONE), {"neck"}, id="hurts then one done"),
        pytest.param(
            sessions(HURT_SKIP, HURT_SKIP, DONE, DONE), frozenset(), id="old hurts slide out"
        ),
        pytest.param(sessions(HURT_SKIP, DONE, HURT_SKIP, DONE), frozenset(), id="1 of last 3"),
        pytest.param(sessions(SKIP, SKIP, SKIP), frozenset(), id="plain skips are not hurts"),
        pytest.param([[STRONG_SKIP], [SHARP_STOP]], {"neck"}, id="strong and sharp count"),
        pytest.param(
            [[MILD_THEN_DONE], [neck(DONE)], [MILD_THEN_DONE]],
            {"neck"},
            id="a mild hurt that led to the gentler form counts",
        ),
        pytest.param(
            [[neck(SKIP, HurtLevel.MILD)], [MILD_THEN_DONE]],
            {"neck"},
            id="a skip after pressing hurts counts as a hurt",
        ),
        pytest.param(
            [[neck(HURT_SKIP, HurtLevel.STRONG), neck(HURT_SKIP, HurtLevel.STRONG)], [neck(DONE)]],
            frozenset(),
            id="two hurts in one session count as one session",
        ),
        pytest.param(
            [[neck(HURT_SKIP)], [row(DONE)], [row(DONE)], [neck(HURT_SKIP)]],
            {"neck"},
            id="sessions without the exercise are not in its window",
        ),
        pytest.param(
            [[neck(HURT_SKIP), row(HURT_SKIP)], [neck(HURT_SKIP), row(DONE)]],
            {"neck"},
            id="each exercise is judged on its own",
        ),
        pytest.param(
            [[neck(HURT_SKIP), row(HURT_STOP)], [neck(HURT_SKIP), row(HURT_SKIP)]],
            {"neck", "row"},
            id="several exercises can be softened at once",
        ),
    ],
)
def test_an_exercise_that_hurt_in_two_of_its_last_three_sessions_is_softened(
    history: History, expected: frozenset[str]
) -> None:
    assert exercises_to_soften(history) == expected


def test_softening_ends_after_two_gentler_sessions_without_a_hurts_press() -> None:
    # Adaptation gives the gentler form without a Hurts press, so it carries no hurt_level.
    gentler_done = neck(DONE)
    history: History = [[neck(HURT_SKIP)], [neck(HURT_SKIP)]]
    verdicts = []
    for _ in range(3):
        verdicts.append("neck" in exercises_to_soften(history))
        history.append([gentler_done])
    assert verdicts == [True, True, False]


@pytest.mark.parametrize(
    ("history", "expected"),
    [
        pytest.param([], frozenset(), id="no history"),
        pytest.param(sessions(SKIP, SKIP), frozenset(), id="two skips are not enough"),
        pytest.param(sessions(SKIP, SKIP, SKIP), {"neck"}, id="three skips in a row"),
        pytest.param(sessions(DONE, SKIP, SKIP, SKIP), {"neck"}, id="three after a done"),
        pytest.param(sessions(SKIP, SKIP, DONE, SKIP), frozenset(), id="a done breaks the run"),
        pytest.param(sessions(SKIP, SKIP, SKIP, DONE), frozenset(), id="the run must be recent"),
        pytest.param(sessions(*[SKIP] * 4), frozenset(), id="the 4th skip does not ask again"),
        pytest.param(sessions(*[SKIP] * 5), frozenset(), id="nor the 5th"),
        pytest.param(sessions(*[SKIP] * 6), {"neck"}, id="the 6th asks again"),
        pytest.param(
            sessions(SKIP, HURT_SKIP, SKIP, SKIP), frozenset(), id="a hurt skip breaks the run"
        ),
        pytest.param(sessions(HURT_SKIP, HURT_SKIP, HURT_SKIP), frozenset(), id="hurts only"),
        pytest.param(
            [[neck(SKIP, HurtLevel.MILD)], [neck(SKIP)], [neck(SKIP)]],
            frozenset(),
            id="skipping the gentler form after a hurts press is a hurt",
        ),
        pytest.param(
            [[neck(SKIP)], [row(DONE)], [neck(SKIP)], [row(SKIP)], [neck(SKIP)]],
            {"neck"},
            id="sessions without the exercise do not break its run",
        ),
        pytest.param(
            [[neck(SKIP), neck(DONE)], [neck(SKIP)], [neck(SKIP)]],
            frozenset(),
            id="a session where it was also done is not a skip",
        ),
        pytest.param(
            [[neck(SKIP), neck(SKIP)], [neck(SKIP)]],
            frozenset(),
            id="two skips in one session are one session",
        ),
        pytest.param(
            [[neck(SKIP), row(SKIP)], [neck(SKIP), row(SKIP)], [neck(SKIP), row(DONE)]],
            {"neck"},
            id="each exercise has its own run",
        ),
        pytest.param(
            [[neck(SKIP)], [neck(SKIP)], [neck(SKIP)], [row(DONE)]],
            frozenset(),
            id="a later session without the exercise does not ask again",
        ),
        pytest.param(
            [[row(SKIP)], [row(SKIP)], [neck(SKIP), row(SKIP)], [neck(SKIP)], [neck(SKIP)]],
            {"neck"},
            id="only exercises the latest session offered",
        ),
    ],
)
def test_an_exercise_skipped_three_times_in_a_row_is_questioned(
    history: History, expected: frozenset[str]
) -> None:
    assert exercises_to_question(history) == expected


@pytest.mark.parametrize(
    ("mark", "plain"),
    [
        pytest.param(neck(SKIP), True, id="a skip"),
        pytest.param(neck(SKIP, HurtLevel.MILD), False, id="skipping the gentler form after Hurts"),
        pytest.param(neck(HURT_SKIP), False, id="a hurt skip"),
        pytest.param(neck(DONE), False, id="done"),
        pytest.param(SHARP_STOP, False, id="stopped for sharp pain"),
    ],
)
def test_only_a_skip_without_a_hurts_press_is_plain(mark: ExerciseMark, plain: bool) -> None:
    assert is_plain_skip(mark) is plain
