"""Versions of a demonstration: the main movement and, where declared, its gentler variant.

A version key names one animation: "neck_flexion" for the main movement and
"neck_flexion.gentler" for its gentler version, declared in movements.toml as the same movement
with a smaller range (played slower), as keyframes of its own, or as another exercise's gentler
animation. The key is built and parsed only here, so the view, the library and the media cache
agree on it.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.demos.spec import Angles, Gentler, Keyframe, Movement
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


def _smaller_range(movement: Movement, gentler: Gentler) -> Movement:
    """Every keyframe only `range` of the way from the first one, moves and holds `slower`.

    Keyframes are written out as full poses, so the result renders, caches and checks like any
    other movement.
    """
    share = gentler.range if gentler.range is not None else 1.0
    poses = keyframe_poses(movement)
    keyframes = tuple(
        Keyframe.model_construct(
            move=_stretch(keyframe.move, gentler.slower),
            hold=_stretch(keyframe.hold, gentler.slower),
            joints={
                name: Angles(**angles) for name, angles in blend(poses[0], pose, share).items()
            },
        )
        for keyframe, pose in zip(movement.keyframes, poses, strict=True)
    )
    return movement.model_copy(update={"keyframes": keyframes, "gentler": None})


def gentler_movement(movement: Movement, movements: Mapping[str, Movement]) -> Movement:
    """The animation of the movement's gentler version, as a movement with no variant of its own.

    `movements` resolves `same_as`; the result is then the other exercise's gentler movement,
    id included, so both share one cache key and Telegram gets the file once. The movement must
    declare a gentler variant, and a `same_as` must name one that is not itself a `same_as`
    (bot/demos/movements.py checks both at start-up).
    """
    gentler = movement.gentler
    if gentler is None:
        raise ValueError(f"movement {movement.id!r} declares no gentler variant")
    if gentler.same_as is not None:
        other = movements[gentler.same_as]
        if other.gentler is None or other.gentler.same_as is not None:
            raise ValueError(
                f"{movement.id!r}: {gentler.same_as!r} has no gentler animation of its own"
            )
        return gentler_movement(other, movements)
    if gentler.keyframes is None:
        return _smaller_range(movement, gentler)
    update = {
        "camera": movement.camera if gentler.camera is None else gentler.camera,
        "props": movement.props if gentler.props is None else gentler.props,
        "pose": gentler.pose,
        "keyframes": gentler.keyframes,
        "gentler": None,
    }
    return movement.model_copy(update=update)


def demo_versions(movements: Mapping[str, Movement]) -> dict[str, Movement]:
    """Every animation by version key: each main movement, then each gentler variant."""
    versions = dict(movements)
    for exercise_id, movement in movements.items():
        if movement.gentler is not None:
            versions[version_key(exercise_id, GENTLER)] = gentler_movement(movement, movements)
    return versions
