"""Progression rules, each threshold shown from both sides with sessions written out by hand."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bot.domain.progression import (
    ExerciseSession,
    Feel,
    LevelDecision,
    LevelState,
    Reason,
    Step,
    apply,
    next_level,
)

EASY, RIGHT, HARD, PAINFUL = Feel.EASY, Feel.JUST_RIGHT, Feel.HARD, Feel.PAINFUL
MONDAY = date(2026, 3, 2)
LADDER = 4


def day(offset: int) -> date:
    """A date counted from Monday 2 March 2026."""
    return MONDAY + timedelta(days=offset)


def daily(*feels: Feel | None, first: int = 0) -> list[ExerciseSession]:
    """One session a day with the exercise done and no Hurts, rated as given."""
    return [ExerciseSession(day(first + i), feel, done=True) for i, feel in enumerate(feels)]


def s(offset: int, feel: Feel | None, *, done: bool = True, hurt: bool = False) -> ExerciseSession:
    """One session, for histories that need a skip or a Hurts."""
    return ExerciseSession(day(offset), feel, done=done, hurt=hurt)


START = LevelState()
LEVEL_2 = LevelState(level=2)


@pytest.mark.parametrize(
    ("state", "sessions", "today", "expected"),
    [
        pytest.param(START, [], day(0), LevelDecision(0), id="no sessions, no change"),
        pytest.param(
            START, daily(EASY, EASY), day(1), LevelDecision(0), id="two easy sessions: not yet"
        ),
        pytest.param(
            START,
            daily(EASY, RIGHT, EASY),
            day(2),
            LevelDecision(1, Reason.EASY_SESSIONS),
            id="three good sessions go up",
        ),
        pytest.param(
            START,
            daily(EASY, HARD, RIGHT, EASY),
            day(3),
            LevelDecision(1, Reason.EASY_SESSIONS),
            id="three good of the last four go up",
        ),
        pytest.param(
            START,
            daily(EASY, HARD, HARD, RIGHT, EASY),
            day(4),
            LevelDecision(0),
            id="two good of the last four stay",
        ),
        pytest.param(
            START,
            daily(EASY, None, RIGHT, EASY),
            day(3),
            LevelDecision(1, Reason.EASY_SESSIONS),
            id="an unanswered feel is just not a good session",
        ),
        pytest.param(
            START,
            daily(EASY, None, None, RIGHT, EASY),
            day(4),
            LevelDecision(0),
            id="two unanswered of the last four stay",
        ),
        pytest.param(
            START,
            [s(0, EASY), s(1, EASY, done=False), s(2, EASY), s(3, EASY)],
            day(3),
            LevelDecision(1, Reason.EASY_SESSIONS),
            id="three done and easy of four, one skipped, go up",
        ),
        pytest.param(
            START,
            [s(0, EASY), s(1, EASY, done=False), s(2, EASY, done=False), s(3, EASY)],
            day(3),
            LevelDecision(0),
            id="an easy session without the exercise done does not count",
        ),
        pytest.param(
            START,
            [s(0, EASY), s(1, EASY, hurt=True, done=True), s(2, EASY), s(3, EASY), s(4, EASY)],
            day(4),
            LevelDecision(0),
            id="a Hurts among the last four blocks the step up",
        ),
        pytest.param(
            START,
            [s(0, EASY, hurt=True), s(1, EASY), s(2, EASY), s(3, EASY), s(4, EASY)],
            day(4),
            LevelDecision(1, Reason.EASY_SESSIONS),
            id="a Hurts five sessions ago no longer blocks",
        ),
        pytest.param(
            START,
            [s(0, EASY), s(0, EASY), s(0, EASY)],
            day(0),
            LevelDecision(0),
            id="three easy sessions on one day are not three days",
        ),
        pytest.param(
            START,
            [s(0, EASY), s(0, EASY), s(1, EASY), s(2, EASY)],
            day(2),
            LevelDecision(1, Reason.EASY_SESSIONS),
            id="good sessions on three different days go up",
        ),
        pytest.param(
            LevelState(level=3),
            daily(EASY, EASY, EASY, EASY),
            day(3),
            LevelDecision(3),
            id="the top of the ladder stays",
        ),
    ],
)
def test_a_level_goes_up_after_three_good_sessions_of_four(
    state: LevelState, sessions: list[ExerciseSession], today: date, expected: LevelDecision
) -> None:
    assert next_level(state, sessions, LADDER, today) == expected


@pytest.mark.parametrize(
    ("state", "sessions", "expected"),
    [
        pytest.param(LEVEL_2, daily(HARD), LevelDecision(2), id="one hard session stays"),
        pytest.param(
            LEVEL_2,
            daily(HARD, PAINFUL),
            LevelDecision(1, Reason.HARD_TWICE),
            id="hard then painful goes down",
        ),
        pytest.param(
            LEVEL_2,
            daily(PAINFUL, PAINFUL),
            LevelDecision(1, Reason.HARD_TWICE),
            id="painful twice goes down",
        ),
        pytest.param(
            LEVEL_2, daily(HARD, RIGHT, HARD), LevelDecision(2), id="hard, good, hard: not in a row"
        ),
        pytest.param(
            LEVEL_2, daily(HARD, None, HARD), LevelDecision(2), id="an unanswered session breaks it"
        ),
        pytest.param(
            LEVEL_2,
            [s(0, HARD), s(1, HARD, done=False)],
            LevelDecision(2),
            id="hard without the exercise done says nothing about it",
        ),
        pytest.param(
            LEVEL_2,
            [s(0, RIGHT, hurt=True)],
            LevelDecision(1, Reason.HURT),
            id="a Hurts goes down, whatever the feel",
        ),
        pytest.param(
            LEVEL_2,
            [s(0, None, done=False, hurt=True)],
            LevelDecision(1, Reason.HURT),
            id="a Hurts that skipped the exercise goes down",
        ),
        pytest.param(
            LEVEL_2,
            [s(0, HARD, hurt=True), s(1, HARD)],
            LevelDecision(1, Reason.HARD_TWICE),
            id="hard twice after a Hurts is named for the hard sessions",
        ),
        pytest.param(
            LEVEL_2,
            [s(0, EASY, hurt=True), s(1, EASY)],
            LevelDecision(2),
            id="only the latest session's Hurts steps down",
        ),
        pytest.param(
            START, [s(0, HARD, hurt=True)], LevelDecision(0), id="never below the seed dose"
        ),
    ],
)
def test_a_level_goes_down_after_hard_twice_or_a_hurts(
    state: LevelState, sessions: list[ExerciseSession], expected: LevelDecision
) -> None:
    assert next_level(state, sessions, LADDER, sessions[-1].day) == expected


UP_ON_MONDAY = LevelState(level=1, changed_on=day(0), last_step=Step.UP)
DOWN_ON_MONDAY = LevelState(level=1, changed_on=day(0), last_step=Step.DOWN)


@pytest.mark.parametrize(
    ("state", "sessions", "today", "expected"),
    [
        pytest.param(
            UP_ON_MONDAY,
            daily(EASY, EASY, EASY, EASY, first=1),
            day(6),
            LevelDecision(1),
            id="up again six days after an up: no",
        ),
        pytest.param(
            UP_ON_MONDAY,
            daily(EASY, EASY, EASY, EASY, first=4),
            day(7),
            LevelDecision(2, Reason.EASY_SESSIONS),
            id="up again seven days after an up: yes",
        ),
        pytest.param(
            DOWN_ON_MONDAY,
            daily(EASY, EASY, EASY, first=4),
            day(6),
            LevelDecision(1),
            id="up six days after a down: no",
        ),
        pytest.param(
            DOWN_ON_MONDAY,
            daily(EASY, EASY, EASY, first=5),
            day(7),
            LevelDecision(2, Reason.EASY_SESSIONS),
            id="up seven days after a down: yes",
        ),
        pytest.param(
            DOWN_ON_MONDAY,
            [s(6, HARD, hurt=True)],
            day(6),
            LevelDecision(1),
            id="a second down within the week: no",
        ),
        pytest.param(
            DOWN_ON_MONDAY,
            [s(7, HARD, hurt=True)],
            day(7),
            LevelDecision(0, Reason.HURT),
            id="a second down a week later: yes",
        ),
        pytest.param(
            UP_ON_MONDAY,
            [s(1, RIGHT, hurt=True)],
            day(1),
            LevelDecision(0, Reason.HURT),
            id="a raised dose that hurts comes back down at once",
        ),
        pytest.param(
            UP_ON_MONDAY,
            [s(0, HARD, hurt=True)],
            day(0),
            LevelDecision(0, Reason.HURT),
            id="a second session on the day of a raise, at the new dose, can step down",
        ),
    ],
)
def test_never_more_than_one_step_a_week(
    state: LevelState, sessions: list[ExerciseSession], today: date, expected: LevelDecision
) -> None:
    assert next_level(state, sessions, LADDER, today) == expected


def test_a_stored_level_beyond_a_shortened_ladder_is_clamped_to_its_top() -> None:
    assert next_level(LevelState(level=9), [], LADDER, day(0)) == LevelDecision(3)


def test_a_ladder_needs_a_level() -> None:
    with pytest.raises(ValueError, match="at least one level"):
        next_level(START, [], 0, day(0))


def test_apply_records_the_day_and_direction_only_when_the_level_changed() -> None:
    assert apply(START, LevelDecision(0), day(3)) == START
    assert apply(START, LevelDecision(1, Reason.EASY_SESSIONS), day(3)) == LevelState(
        1, day(3), Step.UP
    )
    assert LevelDecision(0, Reason.HURT).step is Step.DOWN
    assert LevelDecision(2).step is None
