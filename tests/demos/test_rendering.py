"""Every exercise and its gentler version render to a small, looping GIF in which the figure
really moves."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageSequence, ImageStat

from bot.content import Catalog
from bot.demos import DemoLibrary
from bot.demos.draw import SIZE
from bot.demos.render import SHEET_FRAMES, contact_sheet, render
from bot.demos.timeline import timeline

EXERCISE_IDS = (
    "lat_pulldown",
    "wall_angels",
    "chair_rotation",
    "neck_flexion",
    "trunk_rotation",
    "arm_reach",
    "knee_to_chest",
    "towel_pulldown",
)
VERSIONS = (*EXERCISE_IDS, *(f"{exercise_id}.gentler" for exercise_id in EXERCISE_IDS))
MAX_BYTES = 1_000_000
MIN_FRAMES = 12
MIN_PIXEL_VARIANCE = 500.0
"""A blank frame has a grey-level variance near zero; floor and wall alone stay under 200."""
DARK = 110
MIN_DARK_SHARE = 0.01
"""The figure's outline and clothes are dark; the scenery is light."""


@pytest.fixture(scope="module")
def library(catalog: Catalog, tmp_path_factory: pytest.TempPathFactory) -> DemoLibrary:
    """The real demonstrations, cached for the whole module."""
    return DemoLibrary(catalog, tmp_path_factory.mktemp("demos"))


@pytest.fixture(scope="module")
def gifs(library: DemoLibrary) -> dict[str, Path]:
    """Each version's GIF (main and gentler), rendered once for the whole module."""
    return {version: library.animation_path(version) for version in library.version_keys}


def frames_of(path: Path) -> Iterator[Image.Image]:
    """The frames of a GIF as RGB images."""
    with Image.open(path) as animation:
        for frame in ImageSequence.Iterator(animation):
            yield frame.convert("RGB")


def test_the_exercises_are_the_seven_of_the_routine_and_the_no_band_version(
    gifs: dict[str, Path],
) -> None:
    assert tuple(gifs) == VERSIONS


@pytest.mark.parametrize("exercise_id", VERSIONS)
def test_the_animation_is_a_phone_sized_looping_gif_under_one_megabyte(
    gifs: dict[str, Path], library: DemoLibrary, exercise_id: str
) -> None:
    path = gifs[exercise_id]

    assert path.stat().st_size <= MAX_BYTES
    with Image.open(path) as animation:
        assert animation.format == "GIF"
        assert animation.size == (SIZE, SIZE)
        assert animation.info.get("loop") == 0
    frame_count = len(list(frames_of(path)))
    assert frame_count >= MIN_FRAMES
    assert frame_count == len(timeline(library.movement(exercise_id)).poses)


@pytest.mark.parametrize("exercise_id", VERSIONS)
def test_every_frame_differs_from_the_one_before_so_the_figure_really_moves(
    gifs: dict[str, Path], exercise_id: str
) -> None:
    frames = list(frames_of(gifs[exercise_id]))

    for index, (before, after) in enumerate(zip(frames, [*frames[1:], frames[0]], strict=True)):
        assert ImageChops.difference(before, after).getbbox() is not None, f"frame {index}"


@pytest.mark.parametrize("exercise_id", VERSIONS)
def test_no_frame_is_blank_and_the_figure_is_in_every_frame(
    gifs: dict[str, Path], exercise_id: str
) -> None:
    for index, frame in enumerate(frames_of(gifs[exercise_id])):
        grey = frame.convert("L")
        variance = ImageStat.Stat(grey).var[0]
        dark_share = sum(grey.histogram()[:DARK]) / (SIZE * SIZE)
        assert variance > MIN_PIXEL_VARIANCE, f"frame {index} has variance {variance:.1f}"
        assert dark_share > MIN_DARK_SHARE, f"frame {index} shows almost no figure"


@pytest.mark.parametrize("exercise_id", VERSIONS)
def test_the_gif_holds_the_keyframes_longer_than_the_frames_in_between(
    gifs: dict[str, Path], exercise_id: str
) -> None:
    with Image.open(gifs[exercise_id]) as animation:
        durations = [frame.info["duration"] for frame in ImageSequence.Iterator(animation)]

    assert min(durations) >= 60
    assert max(durations) > min(durations)


def test_the_contact_sheet_shows_six_frames_side_by_side(library: DemoLibrary) -> None:
    animation = render(library.movement("knee_to_chest"), size=120)

    sheet = contact_sheet(animation, "Knee to Chest")

    assert sheet.width == SHEET_FRAMES * 120
    assert sheet.height > 120
    first, last = (sheet.crop((x, sheet.height - 120, x + 120, sheet.height)) for x in (0, 600))
    assert ImageChops.difference(first, last).getbbox() is not None
