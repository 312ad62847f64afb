"""Every gentler version has its own animation: the same movement with a smaller range played
slower, keyframes of its own, or another exercise's gentler animation; each is its own GIF."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from PIL import Image, ImageSequence

from bot.content import Catalog
from bot.demos import DemoLibrary, MovementError
from bot.demos.draw import SIZE
from bot.demos.movements import load_movements
from bot.demos.scene import place
from bot.demos.skeleton import pose_body
from bot.demos.spec import Movement
from bot.demos.timeline import timeline
from bot.demos.versions import GENTLER, parse_version_key, version_key
from tests.content.editing import replace_once

NECK_GENTLER = "gentler = { range = 0.45, slower = 1.2 }"
TOWEL_GENTLER = 'gentler = { same_as = "lat_pulldown" }'
WALL_GENTLER_KEYFRAME = "joints = { shoulders = { side = 55, twist = 90 }, elbows = 95 }"
SMALLER_RANGE_IDS = ("neck_flexion", "trunk_rotation")
MEASURED = {
    "neck_flexion": ("neck_base", "head_centre"),
    "trunk_rotation": ("right_hip", "right_knee"),
}
"""A segment that carries the movement: the head on the neck, the thigh rolling to the side."""


def widest_turn(spec: Movement, start: str, end: str) -> float:
    """The largest angle, in degrees, the segment turns through away from the first frame."""
    directions = []
    for pose in timeline(spec).poses:
        figure = place(pose_body(pose))
        a, b = figure.point(start), figure.point(end)
        vector = [b[i] - a[i] for i in range(3)]
        length = math.sqrt(sum(part * part for part in vector))
        directions.append([part / length for part in vector])
    first = directions[0]
    return max(
        math.degrees(
            math.acos(max(-1.0, min(1.0, sum(u * v for u, v in zip(first, d, strict=True)))))
        )
        for d in directions
    )


def test_the_version_key_is_built_and_parsed_in_one_format() -> None:
    key = version_key("neck_flexion", GENTLER)

    assert key == "neck_flexion.gentler"
    assert parse_version_key(key) == ("neck_flexion", GENTLER)
    assert parse_version_key("neck_flexion") == ("neck_flexion", None)


def test_every_exercise_has_a_gentler_animation_of_its_own(
    catalog: Catalog, tmp_path: Path
) -> None:
    library = DemoLibrary(catalog, tmp_path)

    gentler = [key for key in library.version_keys if parse_version_key(key)[1] == GENTLER]
    assert gentler == [version_key(e, GENTLER) for e in catalog.exercises]
    for exercise_id in catalog.exercises:
        main, variant = exercise_id, version_key(exercise_id, GENTLER)
        assert library.cache_key(variant) != library.cache_key(main)


def test_the_two_pulldowns_share_one_gentler_file_so_telegram_gets_it_once(
    catalog: Catalog, tmp_path: Path
) -> None:
    library = DemoLibrary(catalog, tmp_path)

    lat, towel = (version_key(e, GENTLER) for e in ("lat_pulldown", "towel_pulldown"))
    assert library.movement(towel) == library.movement(lat)
    assert library.cache_key(towel) == library.cache_key(lat)


@pytest.mark.parametrize("exercise_id", SMALLER_RANGE_IDS)
def test_the_gentler_frames_turn_through_a_smaller_range_more_slowly(
    catalog: Catalog, tmp_path: Path, exercise_id: str
) -> None:
    library = DemoLibrary(catalog, tmp_path)
    main = library.movement(exercise_id)
    gentler = library.movement(version_key(exercise_id, GENTLER))

    full, small = (widest_turn(spec, *MEASURED[exercise_id]) for spec in (main, gentler))
    assert full > 25
    assert 0.25 * full < small < 0.6 * full
    assert sum(timeline(gentler).durations_ms) > 1.15 * sum(timeline(main).durations_ms)


def test_the_gentler_gif_is_valid_and_loops_and_the_main_gif_is_kept(
    catalog: Catalog, tmp_path: Path
) -> None:
    library = DemoLibrary(catalog, tmp_path)
    key = version_key("wall_angels", GENTLER)
    path = library.animation_path(key)

    assert path.name.startswith(f"{key}-")
    assert library.animation_path("wall_angels").is_file()  # the main GIF's clean-up spares it
    assert path.is_file()
    with Image.open(path) as animation:
        assert animation.format == "GIF"
        assert animation.size == (SIZE, SIZE)
        assert animation.info.get("loop") == 0
        frame_count = sum(1 for _ in ImageSequence.Iterator(animation))
    assert frame_count == len(timeline(library.movement(key)).poses)


@pytest.mark.parametrize(
    ("new", "problem"),
    [
        pytest.param(
            "gentler = { range = 1.5 }",
            "movement 'neck_flexion'.gentler.range: input should be less than 1",
            id="range_above_one",
        ),
        pytest.param(
            "gentler = { range = 0 }",
            "movement 'neck_flexion'.gentler.range: input should be greater than 0",
            id="range_zero",
        ),
        pytest.param(
            "gentler = { range = 0.5, slower = 0.5 }",
            "movement 'neck_flexion'.gentler.slower: input should be greater than or equal to 1",
            id="faster",
        ),
        pytest.param(
            "gentler = { range = 0.5, slower = 1.5 }",
            "movement 'neck_flexion'.gentler.keyframes: 48 frames in all (the sum of `move`); "
            "use 12 to 40 (lower `slower`)",
            id="too_many_frames",
        ),
        pytest.param(
            "gentler = { range = 0.5, slow = 1.2 }",
            "movement 'neck_flexion'.gentler.slow: unknown field (not allowed)",
            id="typo",
        ),
    ],
)
def test_a_bad_gentler_variant_is_refused_naming_the_field(
    catalog: Catalog, movements_copy: Path, new: str, problem: str
) -> None:
    replace_once(movements_copy, NECK_GENTLER, new)

    with pytest.raises(MovementError) as caught:
        load_movements(movements_copy, tuple(catalog.exercises))
    assert caught.value.problems == (f"content/movements.toml: {problem}",)


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        pytest.param(
            WALL_GENTLER_KEYFRAME,
            "joints = { shoulders = { side = 55 }, elbowz = 95 }",
            "movement 'wall_angels'.gentler.keyframes[0].joints.elbowz: unknown joint",
            id="unknown_joint",
        ),
        pytest.param(
            WALL_GENTLER_KEYFRAME,
            "joints = { shoulders = { side = 55, twist = 90 }, knees = -20 }",
            "movement 'wall_angels'.gentler.keyframes[0].joints.knees.flex: -20° is outside "
            "the joint's range 0..150",
            id="knee_backwards",
        ),
        pytest.param(
            "joints = { shoulders = { side = 80, twist = 90 }, elbows = 70 }",
            WALL_GENTLER_KEYFRAME,
            "movement 'wall_angels'.gentler.keyframes[1]: the same pose as keyframes[0], "
            "so nothing would move",
            id="still",
        ),
        pytest.param(
            NECK_GENTLER,
            "gentler = { range = 0.5, same_as = 'trunk_rotation' }",
            "movement 'neck_flexion'.gentler: give exactly one of range, keyframes or same_as",
            id="two_ways",
        ),
        pytest.param(
            NECK_GENTLER,
            "gentler = { same_as = 'towel_pulldown' }",
            "movement 'neck_flexion'.gentler.same_as: 'towel_pulldown' has no gentler "
            "animation of its own to share",
            id="same_as_a_same_as",
        ),
        pytest.param(
            TOWEL_GENTLER,
            'gentler = { same_as = "lat_pulldown", slower = 1.2 }',
            "movement 'towel_pulldown'.gentler: slower cannot go with same_as",
            id="stray_field",
        ),
    ],
)
def test_a_bad_gentler_animation_of_its_own_is_refused_like_a_main_one(
    catalog: Catalog, movements_copy: Path, old: str, new: str, problem: str
) -> None:
    replace_once(movements_copy, old, new)

    with pytest.raises(MovementError) as caught:
        load_movements(movements_copy, tuple(catalog.exercises))
    assert caught.value.problems == (f"content/movements.toml: {problem}",)


def test_changing_a_gentler_variant_changes_its_key_but_not_the_main_movements(
    catalog: Catalog, movements_copy: Path, tmp_path: Path
) -> None:
    old = DemoLibrary(catalog, tmp_path, movements_copy)
    replace_once(
        movements_copy,
        "joints = { shoulders = { side = 80, twist = 90 }, elbows = 70 }",
        "joints = { shoulders = { side = 75, twist = 90 }, elbows = 70 }",
    )
    new = DemoLibrary(catalog, tmp_path, movements_copy)

    variant = version_key("wall_angels", GENTLER)
    assert new.cache_key(variant) != old.cache_key(variant)
    assert new.cache_key("wall_angels") == old.cache_key("wall_angels")
