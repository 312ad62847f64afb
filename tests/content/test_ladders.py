"""Dose ladders: the real ones start at today's seed dose, and broken ones stop start-up."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.content import Catalog, ContentError, Exercise, load_catalog
from bot.content.ladders import DoseLevel
from bot.content.languages import load_languages
from bot.content.levels import MIN_LADDER_LEVELS, ladder_problems, level_version
from tests.content.editing import replace_once

SOURCE = "content/exercises.toml"


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    """The real content, loaded once."""
    return load_catalog()


def test_every_exercise_has_a_ladder_that_starts_at_its_seed_dose(catalog: Catalog) -> None:
    for exercise in catalog.exercises.values():
        assert len(exercise.level) >= MIN_LADDER_LEVELS, exercise.id
        first = level_version(exercise, 0, catalog.count_words)
        assert first.dose_text() == exercise.dose_text(), exercise.id
        assert (first.hold_seconds, first.hold_from_seconds) == (
            exercise.hold_seconds,
            exercise.hold_from_seconds,
        ), exercise.id


def test_the_real_ladders_read_as_a_physio_wrote_them(catalog: Catalog) -> None:
    doses = {
        exercise.id: [
            level_version(exercise, i, catalog.count_words).dose_text()
            for i in range(len(exercise.level))
        ]
        for exercise in catalog.exercises.values()
    }
    assert doses["wall_angels"] == [
        "2 sets × 10 slow reps",
        "2 sets × 12 slow reps",
        "3 sets × 10 slow reps",
        "3 sets × 12 slow reps",
    ]
    assert doses["neck_flexion"] == [
        "hold each position 20 s, 2–3 times",
        "hold each position 30 s, 2–3 times",
    ]
    assert doses["arm_reach"][-1] == "keep alternating sides for about 3 min in all"
    assert "stronger band" in doses["lat_pulldown"][2]


def test_a_level_version_drives_the_timer_and_is_clamped_to_the_ladder(catalog: Catalog) -> None:
    chair = catalog.exercises["chair_rotation"]
    assert level_version(chair, 1, catalog.count_words).hold_seconds == 30
    assert (
        level_version(chair, 99, catalog.count_words).dose_text() == "hold 30 s each side, 3 times"
    )
    assert level_version(chair, -1, catalog.count_words).dose_text() == chair.dose_text()


def test_a_level_names_its_counts_in_the_words_cldr_picks_for_each_number() -> None:
    russian = load_languages().catalogs["ru"]
    level = DoseLevel(dose="{sets} × {slow_reps}", sets=5, reps=21)
    assert level.dose_template(russian.count_words) == "5 подходов × 21 медленное повторение"
    level = DoseLevel(dose="{sets} × {reps}", sets=2, reps=4)
    assert level.dose_template(russian.count_words) == "2 подхода × 4 повторения"
    level = DoseLevel(dose="{times}", reps=3, reps_from=2)
    assert level.dose_template(russian.count_words) == "2–3 раза"
    english = load_catalog()
    assert DoseLevel(dose="{sets} × {reps}", sets=1, reps=1).dose_template(english.count_words) == (
        "1 set × 1 rep"
    )


def test_a_level_says_its_reps_exactly_once(catalog: Catalog) -> None:
    twice = {**SEED, "dose": "{sets} × {slow_reps}, {times}", "reps": 12}
    problems = ladder_problems(with_ladder(catalog, "wall_angels", SEED, twice), SOURCE)
    assert f"{WALL}.level[1].dose: has a value for reps, so it says exactly one of" in "".join(
        problems
    )


def test_an_exercise_without_a_ladder_keeps_its_own_dose(catalog: Catalog) -> None:
    plain = catalog.exercises["wall_angels"].model_copy(update={"level": ()})
    assert level_version(plain, 2, catalog.count_words) is plain


def with_ladder(catalog: Catalog, exercise_id: str, *levels: dict[str, Any]) -> Catalog:
    """The real catalog with one exercise's ladder replaced by these levels."""
    exercise: Exercise = catalog.exercises[exercise_id]
    changed = exercise.model_copy(
        update={"level": tuple(DoseLevel.model_validate(level) for level in levels)}
    )
    return catalog.model_copy(update={"exercises": {**catalog.exercises, exercise_id: changed}})


WALL = "content/exercises.toml: exercise[1] (wall_angels)"
REPS = "{sets} × {slow_reps}"
SEED = {"dose": REPS, "sets": 2, "reps": 10}


@pytest.mark.parametrize(
    ("levels", "problem"),
    [
        pytest.param((), f"{WALL}.level: needs a ladder of at least 2", id="no ladder"),
        pytest.param((SEED,), f"{WALL}.level: needs a ladder of at least 2", id="one level"),
        pytest.param(
            ({**SEED, "reps": 8}, {**SEED, "reps": 12}),
            f"{WALL}.level[0]: reads '2 sets × 8 slow reps' but the exercise's dose is "
            "'2 sets × 10 slow reps'",
            id="a first level that is not the seed dose",
        ),
        pytest.param(
            ({**SEED, "dose": REPS + ", hold {hold}", "hold": 5}, {**SEED, "reps": 12}),
            f"{WALL}.level[0]: has hold 5 and hold_from None but the exercise has hold_seconds 0",
            id="a first level with a hold the seed has not",
        ),
        pytest.param(
            (SEED, {**SEED, "dose": "2 sets × {slow_reps}", "sets": 1, "reps": 12}),
            f"{WALL}.level[1].dose: types a number by hand",
            id="a number typed by hand",
        ),
        pytest.param(
            (SEED, {"dose": "{sets} sets, slowly", "sets": 3}),
            f"{WALL}.level[1]: must ask for more than the level before",
            id="fewer reps without a stronger band",
        ),
        pytest.param(
            (SEED, SEED),
            f"{WALL}.level[1]: must ask for more than the level before",
            id="a level the same as the one before",
        ),
        pytest.param(
            (SEED, {**SEED, "dose": "{sets} sets, slowly", "reps": 12}),
            f"{WALL}.level[1].dose: has a value for reps, so it says exactly one of {{reps}} or "
            "{slow_reps} or {times}",
            id="reps the words do not say",
        ),
        pytest.param(
            (SEED, {**SEED, "dose": REPS + " with {band}", "reps": 12}),
            f"{WALL}.level[1].dose: says {{band}} but its value is not set",
            id="a band placeholder without a band",
        ),
        pytest.param(
            (SEED, {**SEED, "dose": REPS + " {tempo}", "reps": 12}),
            f"{WALL}.level[1].dose: unknown placeholder {{tempo}}",
            id="an unknown placeholder",
        ),
        pytest.param(
            (SEED, {**SEED, "reps": 12, "reps_from": 12}),
            f"{WALL}.level[1].reps_from: 12 must be less than reps (12)",
            id="a reps range that is not a range",
        ),
        pytest.param(
            (SEED, {**SEED, "dose": REPS + ", hold {hold}", "hold": 10, "hold_from": 10}),
            f"{WALL}.level[1].hold_from: 10 must be less than hold (10)",
            id="a hold range that is not a range",
        ),
        pytest.param(
            (SEED, {**SEED, "dose": REPS + " with {band}" + ", slowly" * 18, "band": "b" * 200}),
            f"{WALL}: level[1]: the exercise message with this dose is",
            id="a dose too long for the caption",
        ),
    ],
)
def test_a_broken_ladder_is_named_with_its_exercise_and_level(
    catalog: Catalog, levels: tuple[dict[str, Any], ...], problem: str
) -> None:
    problems = ladder_problems(with_ladder(catalog, "wall_angels", *levels), SOURCE)
    assert any(line.startswith(problem) for line in problems), problems


@pytest.mark.parametrize(
    "levels",
    [
        pytest.param(
            (SEED, {**SEED, "reps": 12}, {**SEED, "sets": 3}), id="more sets, fewer reps a set"
        ),
        pytest.param(
            (SEED, {**SEED, "dose": REPS + " with {band}", "reps": 8, "band": "a stronger band"}),
            id="a stronger band restarts at fewer reps",
        ),
    ],
)
def test_a_sound_ladder_has_no_problems(
    catalog: Catalog, levels: tuple[dict[str, Any], ...]
) -> None:
    assert ladder_problems(with_ladder(catalog, "wall_angels", *levels), SOURCE) == []


def test_start_up_refuses_a_first_level_that_would_change_todays_dose(content_copy: Path) -> None:
    replace_once(
        content_copy / "exercises.toml",
        'dose = "{sets} × {slow_reps}"\nsets = 2\nreps = 10\n',
        'dose = "{sets} × {slow_reps}"\nsets = 2\nreps = 8\n',
    )
    with pytest.raises(ContentError) as caught:
        load_catalog(content_copy)
    assert caught.value.problems == (
        f"{WALL}.level[0]: reads '2 sets × 8 slow reps' but the exercise's dose is "
        "'2 sets × 10 slow reps'; the first level must be the seed dose",
    )


def test_start_up_names_a_mistyped_level_field(content_copy: Path) -> None:
    replace_once(content_copy / "exercises.toml", "hold = 120\n", "hold_seconds = 120\n")
    with pytest.raises(ContentError) as caught:
        load_catalog(content_copy)
    assert (
        "content/exercises.toml: exercise[5].level[0].hold_seconds: unknown field (not allowed)"
        in caught.value.problems
    )
