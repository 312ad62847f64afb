"""Turns keyframes into the poses of every frame, eased so the figure moves smoothly."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from bot.demos.skeleton import BOTH_SIDES, Pose, rest_pose
from bot.demos.spec import Angles, Movement

FRAME_MS = 80


def expand_joints(joints: Mapping[str, Angles]) -> dict[str, dict[str, float]]:
    """Named joints with the components given; "knees" sets both knees, right_knee then wins."""
    expanded: dict[str, dict[str, float]] = {}
    ordered = sorted(joints.items(), key=lambda item: item[0] not in BOTH_SIDES)
    for name, angles in ordered:
        names = (
            (f"right_{BOTH_SIDES[name]}", f"left_{BOTH_SIDES[name]}")
            if name in BOTH_SIDES
            else (name,)
        )
        for target in names:
            expanded.setdefault(target, {}).update(angles.given())
    return expanded


def _overlay(base: Pose, changes: Mapping[str, Mapping[str, float]]) -> dict[str, dict[str, float]]:
    """A copy of the pose with some components replaced."""
    pose = {name: dict(angles) for name, angles in base.items()}
    for name, angles in changes.items():
        pose[name].update(angles)
    return pose


def keyframe_poses(movement: Movement) -> tuple[Pose, ...]:
    """Each keyframe's full pose: rest pose, then the movement's pose, then the keyframe's own."""
    base = _overlay(rest_pose(), expand_joints(movement.pose))
    return tuple(_overlay(base, expand_joints(keyframe.joints)) for keyframe in movement.keyframes)


def ease(t: float) -> float:
    """Slow in, slow out, but never quite still, so every frame differs from the last."""
    return 0.15 * t + 0.85 * (0.5 - 0.5 * math.cos(math.pi * t))


def blend(a: Pose, b: Pose, t: float) -> Pose:
    """The pose a fraction t of the way from a to b."""
    return {
        name: {part: value + (b[name][part] - value) * t for part, value in angles.items()}
        for name, angles in a.items()
    }


@dataclass(frozen=True)
class Timeline:
    """Every frame's pose and how long it stays on screen."""

    poses: tuple[Pose, ...]
    durations_ms: tuple[int, ...]


def timeline(movement: Movement) -> Timeline:
    """Frame 0 is the first keyframe; each move eases to the next keyframe; the last loops back."""
    keys = keyframe_poses(movement)
    count = len(keys)
    poses: list[Pose] = [keys[0]]
    durations = [FRAME_MS + movement.keyframes[0].hold]
    for index in range(1, count + 1):
        target = index % count
        start, end = keys[index - 1], keys[target]
        steps = movement.keyframes[target].move
        for step in range(1, steps + 1):
            if target == 0 and step == steps:
                break
            poses.append(blend(start, end, ease(step / steps)))
            hold = movement.keyframes[target].hold if step == steps else 0
            durations.append(FRAME_MS + hold)
    return Timeline(tuple(poses), tuple(durations))
