"""Versions of a demonstration: the main movement and, where declared, its gentler variant.

A version key names one animation: "neck_flexion" for the main movement and
"neck_flexion.gentler" for the same movement with a smaller range, played slower. The key is
built and parsed only here, so the view, the library and the media cache agree on it.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.demos.spec import Angles, Keyframe, Movement
from bot.demos.timeline import blend, keyframe_poses

GENTLER = "gentler"
SEPARATOR = "."


def version_key(exercise_id: str, version: str | None = None) -> str:
    """ "neck_flexion" for the main movement, "neck_flexion.gentler" for a version of it."""
    return exercise_id if version is None else f"{exercise_id}{SEPARATOR}{version}"


def parse_version_key(key: str) -> tuple[str, str | None]:
    """The exercise id and the version (None for the main movement) of a version key."""
    exercise_id, _, version = key.partition(SEPARATOR)
    return exercise_id, version or None


def _stretch(milliseconds_or_frames: int, slower: float) -> int:
    """Rounded half up, so 6.5 frames become 7 rather than Python's banker's 6."""
    return int(milliseconds_or_frames * slower + 0.5)


def gentler_movement(movement: Movement) -> Movement:
    """Every keyframe only `range` of the way from the first one, moves and holds `slower`.

    The movement must declare a gentler variant. Keyframes are written out as full poses, so the
    result renders, caches and checks like any other movement.
    """
    variant = movement.gentler
    if variant is None:
        raise ValueError(f"movement {movement.id!r} declares no gentler variant")
    poses = keyframe_poses(movement)
    keyframes = tuple(
        Keyframe.model_construct(
            move=_stretch(keyframe.move, variant.slower),
            hold=_stretch(keyframe.hold, variant.slower),
            joints={
                name: Angles(**angles)
                for name, angles in blend(poses[0], pose, variant.range).items()
            },
        )
        for keyframe, pose in zip(movement.keyframes, poses, strict=True)
    )
    return movement.model_copy(update={"keyframes": keyframes, "gentler": None})


def demo_versions(movements: Mapping[str, Movement]) -> dict[str, Movement]:
    """Every animation by version key: each main movement, then each gentler variant."""
    versions = dict(movements)
    for exercise_id, movement in movements.items():
        if movement.gentler is not None:
            versions[version_key(exercise_id, GENTLER)] = gentler_movement(movement)
    return versions
