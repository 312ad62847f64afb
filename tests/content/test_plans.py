"""What a routine asks of the person, computed from the doses: its minutes, what to have at
hand, and the ▶ Timer's sequence."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content import Catalog, ContentError, load_catalog
from bot.content.plans import (
    Interval,
    dose_in,
    dose_seconds,
    plan_minutes,
    plan_needs,
    timer_intervals,
)
from tests.content.editing import replace_once


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    """The real content."""
    return load_catalog()


@pytest.mark.parametrize(
    ("exercise_id", "gentler", "expected"),
    [
        # Each side in turn, a switch between them; rounds rest (or switch back) between them.
        (
            "chair_rotation",
            True,
            [
                Interval("hold", 10, "Right side", 1, 2),
                Interval("switch", 5, "Left side", 1, 2),
                Interval("hold", 10, "Left side", 1, 2),
                Interval("rest", 5, "Right side", 2, 2),
                Interval("hold", 10, "Right side", 2, 2),
                Interval("switch", 5, "Left side", 2, 2),
                Interval("hold", 10, "Left side", 2, 2),
            ],
        ),
        # One hold, no sides: one interval.
        ("arm_reach", False, [Interval("hold", 120, None, 1, 1)]),
        # A range counts to its end; the dose's own rest between rounds.
        (
            "knee_to_chest",
            False,
            [
                Interval("hold", 20, None, 1, 3),
                Interval("rest", 10, None, 2, 3),
                Interval("hold", 20, None, 2, 3),
                Interval("rest", 10, None, 3, 3),
                Interval("hold", 20, None, 3, 3),
            ],
        ),
        ("lat_pulldown", False, []),
    ],
)
def test_the_timer_follows_the_dose_side_by_side_and_round_by_round(
    catalog: Catalog, exercise_id: str, gentler: bool, expected: list[Interval]
) -> None:
    exercise = catalog.exercises[exercise_id]
    assert list(timer_intervals(exercise.version(gentler=gentler))) == expected


@pytest.mark.parametrize(
    ("exercise_id", "seconds"),
    [
        # 15 s to set up, 3 × 12 reps at 3 s, two rests of 30 s.
        ("lat_pulldown", 15 + 3 * 12 * 3 + 2 * 30),
        # 15 s, 2 × 10 reps, one rest of the default 20 s.
        ("wall_angels", 15 + 2 * 10 * 3 + 20),
        # 15 s, three rounds of 20 s a side with a switch, and a switch back between rounds.
        ("chair_rotation", 15 + 3 * (20 + 5 + 20) + 2 * 5),
        ("arm_reach", 15 + 120),
    ],
)
def test_an_exercise_takes_its_dose_plus_setting_up(
    catalog: Catalog, exercise_id: str, seconds: int
) -> None:
    assert dose_seconds(catalog.exercises[exercise_id]) == seconds


def test_the_two_minute_routine_takes_two_minutes_by_its_own_doses(catalog: Catalog) -> None:
    quick = catalog.routines["quick"].exercises
    assert plan_minutes(catalog, "quick", quick) == 2
    assert plan_minutes(catalog, "quick", ("chair_rotation", "towel_pulldown")) == 2
    chair = dose_in(catalog, "quick", catalog.exercises["chair_rotation"], gentler=False)
    assert chair.dose_text() == "hold 20 s each side, once"
    gentler = dose_in(catalog, "quick", catalog.exercises["chair_rotation"], gentler=True)
    assert gentler is catalog.exercises["chair_rotation"].gentler
    assert plan_minutes(catalog, "full", catalog.routines["full"].exercises) == 19


def test_what_to_have_at_hand_is_listed_once_in_the_order_it_is_needed(catalog: Catalog) -> None:
    assert plan_needs(catalog, catalog.routines["full"].exercises) == (
        "a resistance band with a door anchor",
        "a wall",
        "a sturdy chair without wheels",
        "a mat or carpet",
    )
    assert plan_needs(catalog, ("neck_flexion", "arm_reach")) == ()


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        (
            'dose = "hold {hold} each side, once"',
            'dose = "hold 20 s each side, once"',
            "content/routines.toml: routine 'quick'.doses.chair_rotation.dose: hold_seconds is 20",
        ),
        (
            "[routine.doses.towel_pulldown]",
            "[routine.doses.towel_pulldwn]",
            "content/routines.toml: routine 'quick'.doses.towel_pulldwn: unknown exercise id",
        ),
    ],
)
def test_a_routine_dose_follows_the_same_rules_as_an_exercise_dose(
    content_copy: Path, old: str, new: str, problem: str
) -> None:
    replace_once(content_copy / "routines.toml", old, new)
    with pytest.raises(ContentError) as raised:
        load_catalog(content_copy)
    assert any(line.startswith(problem) for line in raised.value.problems)


def test_without_band_must_name_another_exercise(content_copy: Path) -> None:
    replace_once(
        content_copy / "exercises.toml",
        'without_band = "towel_pulldown"',
        'without_band = "towel"',
    )
    with pytest.raises(ContentError) as raised:
        load_catalog(content_copy)
    assert "(lat_pulldown).without_band: unknown exercise id 'towel'" in str(raised.value)
