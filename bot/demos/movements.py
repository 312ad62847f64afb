"""Reads content/movements.toml and reports every mistake with its file and field."""

from __future__ import annotations

import tomllib
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from bot.content.errors import ContentError, format_location
from bot.demos.skeleton import BOTH_SIDES, JOINTS
from bot.demos.spec import Angles, Movement, MovementsFile
from bot.demos.timeline import keyframe_poses
from bot.demos.versions import GENTLER, gentler_movement

MOVEMENTS_FILE = "movements.toml"
MIN_FRAMES = 12
MAX_FRAMES = 40


class MovementError(ContentError):
    """movements.toml is broken; like any content error, the bot must not start with it."""


def _read(path: Path, source: str) -> dict[str, Any]:
    """Parse the TOML file; syntax errors keep tomllib's line and column."""
    try:
        with path.open("rb") as file:
            return tomllib.load(file)
    except FileNotFoundError:
        raise MovementError([f"{source}: file not found"]) from None
    except tomllib.TOMLDecodeError as error:
        raise MovementError([f"{source}: invalid TOML: {error}"]) from None
    except (OSError, UnicodeDecodeError) as error:
        raise MovementError([f"{source}: cannot read the file: {error}"]) from None


def _label(raw: Mapping[str, Any], index: int) -> str:
    """ "movement 'wall_angels'" when the table has a readable id, else "movement[1]"."""
    tables = raw.get("movement")
    if isinstance(tables, list) and index < len(tables) and isinstance(tables[index], dict):
        movement_id = tables[index].get("id")
        if isinstance(movement_id, str) and movement_id:
            return f"movement '{movement_id}'"
    return f"movement[{index}]"


def _describe(error: ErrorDetails) -> str:
    """Plain words for pydantic's error, with the movement file's vocabulary."""
    location = error["loc"]
    if error["type"] == "extra_forbidden":
        return "unknown prop" if location[-2:-1] == ("props",) else "unknown field (not allowed)"
    if error["type"] == "missing":
        return "field required"
    if error["type"] == "value_error" and "ctx" in error:
        return str(error["ctx"]["error"])
    if error["type"] == "model_type" and "joints" in location[-2:-1] + location[-3:-2]:
        return "expected degrees, e.g. 30 or { flex = 30, side = 10 }"
    message = error["msg"]
    return message[:1].lower() + message[1:]


def _structure_problems(source: str, raw: Mapping[str, Any], error: ValidationError) -> list[str]:
    """One line per pydantic error, leaving out "too short" echoes of broken items inside."""
    details = error.errors()
    locations = [detail["loc"] for detail in details]
    problems = []
    for detail in details:
        location = detail["loc"]
        if detail["type"] == "too_short" and any(
            other[: len(location)] == location and other != location for other in locations
        ):
            continue
        if len(location) >= 2 and location[0] == "movement" and isinstance(location[1], int):
            rest = format_location(location[2:])
            where = _label(raw, location[1]) + (f".{rest}" if rest and rest[0] != "[" else rest)
        else:
            where = format_location(location)
        problems.append(f"{source}: {where}: {_describe(detail)}")
    return problems


def _joint_problems(where: str, joints: Mapping[str, Angles]) -> list[str]:
    """Unknown joints, components a joint does not have, and angles it cannot reach."""
    problems = []
    for name, angles in joints.items():
        if name not in JOINTS and name not in BOTH_SIDES:
            problems.append(f"{where}.{name}: unknown joint")
            continue
        joint = JOINTS[f"right_{BOTH_SIDES[name]}" if name in BOTH_SIDES else name]
        for component, value in angles.given().items():
            if component not in joint.ranges:
                known = ", ".join(joint.ranges)
                problems.append(f"{where}.{name}.{component}: this joint only has {known}")
                continue
            low, high = joint.ranges[component]
            if not low <= value <= high:
                problems.append(
                    f"{where}.{name}.{component}: {value:g}° is outside the joint's "
                    f"range {low:g}..{high:g}"
                )
    return problems


def _movement_problems(
    source: str, movement: Movement, version: str | None = None, hint: str = ""
) -> list[str]:
    """Joint, frame-count and still-frame problems of one movement (or of its gentler variant)."""
    where = f"{source}: movement '{movement.id}'" + (f".{version}" if version else "")
    problems = _joint_problems(f"{where}.pose", movement.pose)
    for index, keyframe in enumerate(movement.keyframes):
        problems += _joint_problems(f"{where}.keyframes[{index}].joints", keyframe.joints)
    if problems:
        return problems
    frames = sum(keyframe.move for keyframe in movement.keyframes)
    if not MIN_FRAMES <= frames <= MAX_FRAMES:
        problems.append(
            f"{where}.keyframes: {frames} frames in all (the sum of `move`); "
            f"use {MIN_FRAMES} to {MAX_FRAMES}{hint}"
        )
    poses = keyframe_poses(movement)
    first = 1 if len(poses) == 2 else 0  # with two keyframes the loop back is the same pair
    for index in range(first, len(poses)):
        if poses[index] == poses[index - 1]:
            previous = (index - 1) % len(poses)
            problems.append(
                f"{where}.keyframes[{index}]: the same pose as keyframes[{previous}], "
                "so nothing would move"
            )
    return problems


def _gentler_problems(
    source: str, movement: Movement, movements: Mapping[str, Movement], main_ok: bool
) -> list[str]:
    """The gentler variant gets the main movements' checks; a `same_as` must name a variant."""
    gentler = movement.gentler
    if gentler is None or (gentler.range is not None and not main_ok):
        return []  # a smaller range of a broken movement would only repeat its problems
    if gentler.same_as is not None:
        other = movements.get(gentler.same_as)
        if other is None or other.gentler is None or other.gentler.same_as is not None:
            return [
                f"{source}: movement '{movement.id}'.gentler.same_as: "
                f"'{gentler.same_as}' has no gentler animation of its own to share"
            ]
        return []
    hint = " (lower `slower`)" if gentler.range is not None else ""
    return _movement_problems(source, gentler_movement(movement, movements), GENTLER, hint)


def load_movements(path: Path, exercise_ids: Collection[str]) -> dict[str, Movement]:
    """Load and check the movements, one per exercise id. Raises MovementError on any problem."""
    source = f"{path.parent.name}/{path.name}"
    raw = _read(path, source)
    try:
        parsed = MovementsFile.model_validate(raw)
    except ValidationError as error:
        raise MovementError(_structure_problems(source, raw, error)) from None
    problems: list[str] = []
    movements: dict[str, Movement] = {}
    for movement in parsed.movement:
        where = f"{source}: movement '{movement.id}'.id"
        if movement.id in movements:
            problems.append(f"{where}: a second movement for the same exercise")
        elif movement.id not in exercise_ids:
            problems.append(f"{where}: no exercise with this id in exercises.toml")
        movements[movement.id] = movement
    for movement in parsed.movement:
        own = _movement_problems(source, movement)
        problems += own + _gentler_problems(source, movement, movements, main_ok=not own)
    problems += [
        f"{source}: movement: no movement for exercise '{exercise_id}'"
        for exercise_id in exercise_ids
        if exercise_id not in movements
    ]
    if problems:
        raise MovementError(problems)
    return movements
