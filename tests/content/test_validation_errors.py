"""Broken exercise, routine and screening files stop start-up naming the file and the field."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.content import ContentError, load_catalog
from tests.content.editing import replace_once

LONG = "x" * 4100

BROKEN_COPIES = [
    pytest.param(
        "exercises.toml",
        'dose = "3 sets × 12 reps',
        "dose = 3 sets × 12 reps",
        "content/exercises.toml: invalid TOML: ",
        id="toml_syntax_error",
    ),
    pytest.param(
        "exercises.toml",
        'dose = "hold each position {hold}, 2–3 times"\n',
        "",
        "content/exercises.toml: exercise[3].dose: field required",
        id="missing_field",
    ),
    pytest.param(
        "exercises.toml",
        'id = "wall_angels"\n',
        'id = "wall_angels"\ncolour = "blue"\n',
        "content/exercises.toml: exercise[1].colour: unknown field (not allowed)",
        id="extra_field",
    ),
    pytest.param(
        "exercises.toml",
        '[[exercise]]\nid = "lat_pulldown"',
        '[[exercises]]\nid = "typo"\n\n[[exercise]]\nid = "lat_pulldown"',
        "content/exercises.toml: exercises: unknown field (not allowed)",
        id="misspelled_table",
    ),
    pytest.param(
        "exercises.toml",
        'why = "A quick seated twist that loosens a stiff upper back, even on a busy morning."',
        'why = ""',
        "content/exercises.toml: exercise[2].why: must not be empty",
        id="empty_string",
    ),
    pytest.param(
        "exercises.toml",
        '"Repeat the same stretch to the left.",',
        '"   ",',
        "content/exercises.toml: exercise[4].steps[4]: must not be empty",
        id="blank_step",
    ),
    pytest.param(
        "exercises.toml",
        "hold_seconds = 30",
        'hold_seconds = "30"',
        "content/exercises.toml: exercise[4].hold_seconds: input should be a valid integer",
        id="hold_seconds_as_text",
    ),
    pytest.param(
        "exercises.toml",
        "hold_seconds = 30",
        "hold_seconds = -30",
        "content/exercises.toml: exercise[4].hold_seconds: input should be greater than or equal",
        id="negative_hold",
    ),
    pytest.param(
        "exercises.toml",
        'id = "chair_rotation"',
        'id = "lat_pulldown"',
        "content/exercises.toml: exercise[2].id: duplicate id 'lat_pulldown' "
        "(already used by exercise[0])",
        id="duplicate_exercise_id",
    ),
    pytest.param(
        "exercises.toml",
        'id = "knee_to_chest"',
        'id = "Knee-To-Chest"',
        "content/exercises.toml: exercise[6].id: string should match pattern",
        id="id_with_bad_characters",
    ),
    pytest.param(
        "exercises.toml",
        'id = "knee_to_chest"',
        'id = "knee_to_chest_lying_on_the_floor"',
        "content/exercises.toml: exercise[6].id: string should have at most 24 characters",
        id="id_too_long_for_callback_data",
    ),
    pytest.param(
        "exercises.toml",
        'name = "Wall Angels"',
        f'name = "{"Wall Angels " * 6}"',
        "content/exercises.toml: exercise[1].name: string should have at most 64 characters",
        id="name_too_long",
    ),
    pytest.param(
        "exercises.toml",
        'why = "Opens a rounded upper back',
        f'why = "{LONG} Opens a rounded upper back',
        "content/exercises.toml: exercise[1] (wall_angels): rendered with routine-exercise "
        "the message cannot be made (en: routine-exercise: the value of why has 4193 "
        "characters; Fluent fills in at most 2500)",
        id="exercise_message_over_4096",
    ),
    pytest.param(
        "exercises.toml",
        'text = "Back against the wall and arms in the goalpost shape',
        f'text = "{LONG} Back against the wall and arms in the goalpost shape',
        "content/exercises.toml: exercise[1] (wall_angels): rendered with "
        "routine-exercise-gentler the message cannot be made",
        id="gentler_message_over_4096",
    ),
    pytest.param(
        "routines.toml",
        'exercises = ["chair_rotation", "lat_pulldown"]',
        'exercises = ["chair_rotation", "foo"]',
        "content/routines.toml: routine 'quick'.exercises[1]: unknown exercise id 'foo'",
        id="unknown_exercise_in_routine",
    ),
    pytest.param(
        "routines.toml",
        'exercises = ["chair_rotation", "lat_pulldown"]',
        'exercises = ["chair_rotation", "chair_rotation"]',
        "content/routines.toml: routine 'quick'.exercises[1]: exercise 'chair_rotation' "
        "is listed twice",
        id="exercise_twice_in_routine",
    ),
    pytest.param(
        "routines.toml",
        'id = "quick"',
        'id = "desk"',
        "content/routines.toml: routine: missing required routine 'quick'",
        id="missing_quick_routine",
    ),
    pytest.param(
        "routines.toml",
        'id = "full"',
        'id = "quick"',
        "content/routines.toml: routine[1].id: duplicate id 'quick'",
        id="duplicate_routine_id",
    ),
    pytest.param(
        "screening.toml",
        'severity = "urgent"\n\n[[question]]\nid = "breathless"',
        'severity = "soon"\n\n[[question]]\nid = "breathless"',
        "content/screening.toml: question[0].severity: input should be 'urgent' or 'doctor'",
        id="bad_severity",
    ),
    pytest.param(
        "screening.toml",
        'id = "breathless"',
        'id = "chest_pain"',
        "content/screening.toml: question[1].id: duplicate id 'chest_pain'",
        id="duplicate_question_id",
    ),
]


@pytest.mark.parametrize(("file_name", "old", "new", "expected_problem"), BROKEN_COPIES)
def test_a_broken_copy_names_the_file_and_the_field(
    content_copy: Path, file_name: str, old: str, new: str, expected_problem: str
) -> None:
    replace_once(content_copy / file_name, old, new)
    with pytest.raises(ContentError) as raised:
        load_catalog(content_copy)
    assert expected_problem in str(raised.value)


def test_a_toml_syntax_error_names_the_line(content_copy: Path) -> None:
    lines = (content_copy / "routines.toml").read_text(encoding="utf-8").splitlines()
    title_line = lines.index('title = "Full routine"') + 1
    replace_once(content_copy / "routines.toml", 'title = "Full routine"', "title = Full routine")
    with pytest.raises(ContentError, match=rf"content/routines\.toml: .*line {title_line}\b"):
        load_catalog(content_copy)


def test_a_missing_file_is_named(content_copy: Path) -> None:
    (content_copy / "screening.toml").unlink()
    with pytest.raises(ContentError, match=re.escape("content/screening.toml: file not found")):
        load_catalog(content_copy)


def test_problems_in_several_files_are_reported_together(content_copy: Path) -> None:
    replace_once(content_copy / "exercises.toml", 'dose = "2 sets × 10 slow reps"\n', "")
    replace_once(
        content_copy / "screening.toml",
        'arms or legs"\nseverity = "doctor"',
        'arms or legs"\nseverity = "later"',
    )
    replace_once(content_copy / "texts.ftl", "settings-consent-off = off\n", "")
    with pytest.raises(ContentError) as raised:
        load_catalog(content_copy)
    assert raised.value.problems == (
        "content/exercises.toml: exercise[1].dose: field required",
        "content/screening.toml: question[5].severity: input should be 'urgent' or 'doctor'",
        "content/texts.ftl: settings-consent-off: missing text",
    )


def test_content_error_is_a_value_error(content_copy: Path) -> None:
    (content_copy / "texts.ftl").write_text("", encoding="utf-8")
    with pytest.raises(ValueError, match=re.escape("content/texts.ftl: common-help: missing text")):
        load_catalog(content_copy)
