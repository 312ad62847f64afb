"""Every dose says exactly what the ▶ Timer counts, for the exercise and its gentler version."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.content import ContentError, load_catalog
from bot.content.models import format_hold
from tests.content.editing import replace_once

NECK_GENTLER = (
    '[exercise.gentler]\ntext = "The same three positions, chin down, then each ear towards its '
    'shoulder, but move only a little way and come back to the centre slowly."\n'
    'dose = "hold each position {hold}, 2 times"\nhold_seconds = 10'
)

BROKEN_DOSES = [
    pytest.param(
        NECK_GENTLER,
        '[exercise.gentler]\ntext = "Make each movement smaller and hold it for only about '
        '10 seconds."\ndose = "2 times"\nhold_seconds = 20',
        [
            "content/exercises.toml: exercise[3] (neck_flexion).gentler.dose: hold_seconds is 20, "
            "so the ▶ Timer counts 20 s, but the dose does not say how long to hold: write "
            "{hold} where the hold goes (it reads '20 s')",
            "content/exercises.toml: exercise[3] (neck_flexion).gentler.text: says '10 seconds' "
            "by hand; write {hold} in the dose and set hold_seconds instead, so the text always "
            "matches the ▶ Timer",
        ],
        id="the_old_gentler_neck_text_says_10_s_while_the_timer_runs_20",
    ),
    pytest.param(
        'dose = "hold each position {hold}, 2 times"',
        'dose = "hold each position 10 s, 2 times"',
        [
            "content/exercises.toml: exercise[3] (neck_flexion).gentler.dose: hold_seconds is 10, "
            "so the ▶ Timer counts 10 s, but the dose does not say how long to hold",
            "content/exercises.toml: exercise[3] (neck_flexion).gentler.dose: says '10 s' by hand",
        ],
        id="a_typed_hold_even_if_it_matches_today",
    ),
    pytest.param(
        'dose = "hold each position {hold}, 2–3 times"',
        'dose = "hold each position {hold}, 2–3 times (about 20 sec)"',
        ["content/exercises.toml: exercise[3] (neck_flexion).dose: says '20 sec' by hand"],
        id="a_typed_duration_beside_the_placeholder",
    ),
    pytest.param(
        'dose = "3 sets × 12 reps, with a short rest between sets"',
        'dose = "3 sets × 12 reps, hold {hold} at the bottom"',
        [
            "content/exercises.toml: exercise[0] (lat_pulldown).dose: uses {hold} but "
            "hold_seconds is 0: set hold_seconds to the hold, so the ▶ Timer counts it"
        ],
        id="an_untimed_dose_with_a_hold",
    ),
    pytest.param(
        'dose = "hold {hold}, 2–3 times"',
        'dose = "hold {hold}, {times} times"',
        [
            "content/exercises.toml: exercise[6] (knee_to_chest).dose: unknown placeholder "
            "{times}; only {hold} is filled in"
        ],
        id="an_unknown_placeholder",
    ),
    pytest.param(
        "hold_from_seconds = 20\n",
        "hold_from_seconds = 30\n",
        [
            "content/exercises.toml: exercise[4] (trunk_rotation).hold_from_seconds: 30 must be "
            "less than hold_seconds (30): the dose reads '30–30 s' and the ▶ Timer counts to 30"
        ],
        id="a_range_that_does_not_end_at_the_timer",
    ),
    pytest.param(
        '"Hold for a few slow breaths, then slowly come back to the centre.",',
        '"Hold for 15–20 s, then slowly come back to the centre.",',
        ["content/exercises.toml: exercise[5] (arm_reach).steps[3]: says '15–20 s' by hand"],
        id="a_typed_duration_in_a_step",
    ),
    pytest.param(
        'dose = "keep alternating arms for about {hold} in all"',
        'dose = "keep alternating arms for about 2 minutes in all"',
        [
            "content/exercises.toml: exercise[5] (arm_reach).gentler.dose: hold_seconds is 60, "
            "so the ▶ Timer counts 60 s, but the dose does not say how long to hold: write "
            "{hold} where the hold goes (it reads '1 min')",
            "content/exercises.toml: exercise[5] (arm_reach).gentler.dose: says '2 minutes' "
            "by hand",
        ],
        id="typed_minutes",
    ),
]


@pytest.mark.parametrize(("old", "new", "expected_problems"), BROKEN_DOSES)
def test_a_dose_that_could_disagree_with_its_timer_stops_start_up(
    content_copy: Path, old: str, new: str, expected_problems: list[str]
) -> None:
    replace_once(content_copy / "exercises.toml", old, new)
    with pytest.raises(ContentError) as raised:
        load_catalog(content_copy)
    for expected in expected_problems:
        assert any(problem.startswith(expected) for problem in raised.value.problems), (
            expected,
            raised.value.problems,
        )
    assert len(raised.value.problems) == len(expected_problems)


@pytest.mark.parametrize(
    ("seconds", "from_seconds", "expected"),
    [
        (20, None, "20 s"),
        (90, None, "90 s"),
        (59, None, "59 s"),
        (60, None, "1 min"),
        (120, None, "2 min"),
        (30, 20, "20–30 s"),
    ],
)
def test_a_hold_reads_in_seconds_or_whole_minutes(
    seconds: int, from_seconds: int | None, expected: str
) -> None:
    assert format_hold(seconds, from_seconds) == expected


def test_every_shipped_timed_dose_names_exactly_the_hold_its_timer_counts() -> None:
    catalog = load_catalog()
    for exercise in catalog.exercises.values():
        for version in (exercise, exercise.gentler):
            shown = version.dose_text()
            assert "{" not in shown, exercise.id
            if version.is_timed:
                hold = format_hold(version.hold_seconds, version.hold_from_seconds)
                assert hold in shown, (exercise.id, shown)
                assert re.findall(r"\d+\s*(?:s|min)\b", shown) == [hold.split("–")[-1]], shown
