"""movements.toml covers every exercise, and a broken spec is refused naming file and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content import Catalog, ContentError, default_content_directory
from bot.demos import DemoLibrary, MovementError
from bot.demos.movements import MOVEMENTS_FILE, load_movements
from bot.demos.timeline import keyframe_poses
from tests.content.editing import replace_once

WALL_ANGELS_DOWN = "joints = { shoulders = { side = 90, twist = 90 }, elbows = 90 }"
WALL_ANGELS_UP = "joints = { shoulders = { side = 155, twist = 90 }, elbows = 25 }"


def problems_of(path: Path, catalog: Catalog) -> tuple[str, ...]:
    """The problems MovementError reports for the file, in order."""
    with pytest.raises(MovementError) as caught:
        load_movements(path, tuple(catalog.exercises))
    return caught.value.problems


def test_every_exercise_in_the_content_has_a_movement_spec(catalog: Catalog) -> None:
    movements = load_movements(default_content_directory() / MOVEMENTS_FILE, catalog.exercises)

    assert set(movements) == set(catalog.exercises)


def test_the_library_loads_the_real_specs_at_construction(catalog: Catalog, tmp_path: Path) -> None:
    library = DemoLibrary(catalog, tmp_path)

    assert library.movement("wall_angels").props.wall is not None


def test_an_unknown_joint_is_refused_naming_the_file_and_the_field(
    catalog: Catalog, movements_copy: Path
) -> None:
    replace_once(
        movements_copy, WALL_ANGELS_UP, WALL_ANGELS_UP.replace("elbows = 25", "elbow_l = 25")
    )

    assert problems_of(movements_copy, catalog) == (
        "content/movements.toml: movement 'wall_angels'.keyframes[1].joints.elbow_l: unknown joint",
    )


def test_the_library_refuses_a_broken_spec_at_construction(
    catalog: Catalog, movements_copy: Path
) -> None:
    replace_once(movements_copy, WALL_ANGELS_UP, WALL_ANGELS_UP.replace("elbows", "elbow_l"))

    with pytest.raises(MovementError, match=r"joints\.elbow_l: unknown joint"):
        DemoLibrary(catalog, movements_copy.parent / "cache", movements_copy)


def test_a_movement_error_is_a_content_error_so_start_up_reports_it_the_same_way() -> None:
    assert issubclass(MovementError, ContentError)
    assert issubclass(MovementError, ValueError)


def test_an_unknown_prop_is_refused_naming_the_file_and_the_field(
    catalog: Catalog, movements_copy: Path
) -> None:
    replace_once(movements_copy, "props.wall = {}", "props.trampoline = {}")

    assert problems_of(movements_copy, catalog) == (
        "content/movements.toml: movement 'wall_angels'.props.trampoline: unknown prop",
    )


@pytest.mark.parametrize(
    ("new", "problem"),
    [
        pytest.param(
            "elbows = -20",
            "joints.elbows.flex: -20° is outside the joint's range 0..150",
            id="elbow_bending_backwards",
        ),
        pytest.param(
            "elbows = { side = 25 }",
            "joints.elbows.side: this joint only has flex",
            id="component_the_joint_lacks",
        ),
        pytest.param(
            "elbows = { flx = 25 }",
            "joints.elbows.flx: unknown field (not allowed)",
            id="misspelt_component",
        ),
        pytest.param(
            'elbows = "bent"',
            "joints.elbows: expected degrees, e.g. 30 or { flex = 30, side = 10 }",
            id="not_a_number",
        ),
    ],
)
def test_an_impossible_or_misspelt_angle_is_refused(
    catalog: Catalog, movements_copy: Path, new: str, problem: str
) -> None:
    replace_once(movements_copy, WALL_ANGELS_UP, WALL_ANGELS_UP.replace("elbows = 25", new))

    assert problems_of(movements_copy, catalog) == (
        f"content/movements.toml: movement 'wall_angels'.keyframes[1].{problem}",
    )


def test_a_knee_bending_backwards_in_the_base_pose_is_refused(
    catalog: Catalog, movements_copy: Path
) -> None:
    main_pose = "props.wall = {}\npose = { pelvis = { flex = -4 }, hips = 8, knees = "
    replace_once(movements_copy, f"{main_pose}6", f"{main_pose}-6")

    assert problems_of(movements_copy, catalog) == (
        "content/movements.toml: movement 'wall_angels'.pose.knees.flex: "
        "-6° is outside the joint's range 0..150",
    )


def test_a_movement_for_an_exercise_that_does_not_exist_is_refused(
    catalog: Catalog, movements_copy: Path
) -> None:
    replace_once(movements_copy, 'id = "wall_angels"', 'id = "wall_angles"')

    assert problems_of(movements_copy, catalog) == (
        "content/movements.toml: movement 'wall_angles'.id: "
        "no exercise with this id in exercises.toml",
        "content/movements.toml: movement: no movement for exercise 'wall_angels'",
    )


def test_two_movements_for_one_exercise_are_refused(catalog: Catalog, movements_copy: Path) -> None:
    replace_once(movements_copy, 'id = "arm_reach"', 'id = "wall_angels"')

    assert problems_of(movements_copy, catalog) == (
        "content/movements.toml: movement 'wall_angels'.id: "
        "a second movement for the same exercise",
        "content/movements.toml: movement: no movement for exercise 'arm_reach'",
    )


def test_a_keyframe_that_does_not_move_is_refused(catalog: Catalog, movements_copy: Path) -> None:
    replace_once(movements_copy, WALL_ANGELS_UP, WALL_ANGELS_DOWN)

    assert problems_of(movements_copy, catalog) == (
        "content/movements.toml: movement 'wall_angels'.keyframes[1]: "
        "the same pose as keyframes[0], so nothing would move",
    )


def test_a_last_keyframe_equal_to_the_first_is_refused_because_the_loop_would_stall(
    catalog: Catalog, movements_copy: Path
) -> None:
    replace_once(
        movements_copy,
        "joints.right_shoulder = { side = 180 }\n",
        "joints.right_shoulder = { side = 180 }\n\n[[movement.keyframes]]\nmove = 5\n",
    )

    assert problems_of(movements_copy, catalog) == (
        "content/movements.toml: movement 'arm_reach'.keyframes[0]: "
        "the same pose as keyframes[4], so nothing would move",
    )


def test_too_few_frames_for_a_smooth_loop_are_refused(
    catalog: Catalog, movements_copy: Path
) -> None:
    for moves in (
        "move = 8\nhold = 320\n" + WALL_ANGELS_DOWN,
        "move = 10\nhold = 320\n" + WALL_ANGELS_UP,
    ):
        replace_once(movements_copy, moves, "move = 2\n" + moves.partition("\n")[2])

    assert problems_of(movements_copy, catalog) == (
        "content/movements.toml: movement 'wall_angels'.keyframes: 4 frames in all "
        "(the sum of `move`); use 12 to 40",
    )


def test_a_structural_mistake_names_the_movement_by_its_id(
    catalog: Catalog, movements_copy: Path
) -> None:
    replace_once(movements_copy, "camera = { yaw = 55, pitch = 10 }", "camera = { yaw = 500 }")

    assert problems_of(movements_copy, catalog) == (
        "content/movements.toml: movement 'wall_angels'.camera.yaw: "
        "input should be less than or equal to 180",
    )


def test_invalid_toml_is_reported_with_the_file_name(
    catalog: Catalog, movements_copy: Path
) -> None:
    replace_once(movements_copy, 'id = "wall_angels"', "id = wall_angels")

    (problem,) = problems_of(movements_copy, catalog)
    assert problem.startswith("content/movements.toml: invalid TOML: ")


def test_a_missing_file_is_reported_with_its_name(catalog: Catalog, movements_copy: Path) -> None:
    movements_copy.unlink()

    assert problems_of(movements_copy, catalog) == ("content/movements.toml: file not found",)


def test_a_plain_number_means_flex_and_a_shorthand_sets_both_sides(catalog: Catalog) -> None:
    movements = load_movements(default_content_directory() / MOVEMENTS_FILE, catalog.exercises)

    up = keyframe_poses(movements["wall_angels"])[1]

    assert up["right_elbow"]["flex"] == up["left_elbow"]["flex"] == 25
    assert up["right_shoulder"]["side"] == up["left_shoulder"]["side"] == 155


def test_a_named_side_wins_over_the_shorthand_for_both(
    catalog: Catalog, movements_copy: Path
) -> None:
    replace_once(
        movements_copy,
        WALL_ANGELS_UP,
        WALL_ANGELS_UP.replace("elbows = 25", "left_elbow = 40, elbows = 25"),
    )

    up = keyframe_poses(load_movements(movements_copy, catalog.exercises)["wall_angels"])[1]

    assert (up["right_elbow"]["flex"], up["left_elbow"]["flex"]) == (25, 40)
