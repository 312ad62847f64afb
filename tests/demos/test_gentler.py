"""A gentler variant is the same movement with a smaller range, played slower, as its own GIF."""

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
GENTLER_IDS = ("neck_flexion", "trunk_rotation")
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


def test_only_the_same_movement_with_a_smaller_range_has_a_gentler_animation(
    catalog: Catalog, tmp_path: Path
) -> None:
    library = DemoLibrary(catalog, tmp_path)

    gentler = [key for key in library.version_keys if parse_version_key(key)[1] == GENTLER]
    assert gentler == [version_key(e, GENTLER) for e in GENTLER_IDS]
    assert library.cache_key("neck_flexion.gentler") != library.cache_key("neck_flexion")


@pytest.mark.parametrize("exercise_id", GENTLER_IDS)
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


@pytest.mark.parametrize("exercise_id", GENTLER_IDS)
def test_the_gentler_gif_is_valid_and_loops(
    catalog: Catalog, tmp_path: Path, exercise_id: str
) -> None:
    library = DemoLibrary(catalog, tmp_path)
    key = version_key(exercise_id, GENTLER)
    path = library.animation_path(key)

    assert path.name.startswith(f"{key}-")
    assert library.animation_path(exercise_id).is_file()  # the main GIF's clean-up spares it
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
