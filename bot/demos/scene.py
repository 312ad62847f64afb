"""Puts the figure on the floor among its props and projects everything for one camera."""

from __future__ import annotations

import math
from dataclasses import dataclass

from bot.demos.figure import Part, Shape, figure_parts, lowest_point
from bot.demos.geometry import X_AXIS, Y_AXIS, Mat, Vec, add, apply, compose, rotation
from bot.demos.skeleton import Body
from bot.demos.spec import Camera, Props

FLOOR_BEYOND = 1.5
"""How far the visible floor reaches behind the farthest thing in the scene, in metres."""

AMONG_FIGURE = frozenset({"chair_back"})
"""Props that may be in front of the figure, so they are sorted by depth with its parts."""

Point = tuple[float, float]


@dataclass(frozen=True)
class FlatShape:
    """A shape projected onto the picture plane (metres, y up), keeping its style."""

    points: tuple[Point, ...]
    style: Shape


@dataclass(frozen=True)
class FlatPart:
    """A projected part with its distance to the viewer (larger is nearer)."""

    name: str
    shapes: tuple[FlatShape, ...]
    depth: float


@dataclass(frozen=True)
class Frame:
    """One picture: static scenery behind, then the figure and nearby props sorted far to near."""

    scenery: tuple[FlatPart, ...]
    figure: tuple[FlatPart, ...]
    horizon: float
    """The far edge of the floor: the height in the picture above which there is no floor."""


@dataclass(frozen=True)
class Placed:
    """The dressed figure standing, sitting or lying on the floor, and where its joints are."""

    parts: tuple[Part, ...]
    body: Body
    offset: Vec

    def point(self, name: str) -> Vec:
        """A joint's position in the room."""
        return add(self.body.point(name), self.offset)


def camera_matrix(camera: Camera) -> Mat:
    """World to picture: turn by the yaw, then tilt down by the pitch."""
    return compose(rotation(X_AXIS, camera.pitch), rotation(Y_AXIS, -camera.yaw))


def place(body: Body) -> Placed:
    """Move the figure up or down so that its lowest edge rests on the floor."""
    parts = figure_parts(body)
    offset: Vec = (0.0, -lowest_point(parts), 0.0)
    return Placed(tuple(part.shifted(offset) for part in parts), body, offset)


def _prop(name: str, *shapes: Shape, depth_bias: float = 0.0) -> Part:
    """A prop part whose depth is that of all its points."""
    anchors = tuple(point for shape in shapes for point in shape.points)
    return Part(name, shapes, anchors, depth_bias)


def _box(centre: Vec, half: Vec, colour: str) -> Shape:
    """A solid box, drawn as the hull of its corners."""
    corners = tuple(
        add(centre, (sx * half[0], sy * half[1], sz * half[2]))
        for sx in (-1, 1)
        for sy in (-1, 1)
        for sz in (-1, 1)
    )
    return Shape(corners, 0.0, colour, filled=True, hull=True)


def _chair(props: Props, hips: Vec) -> tuple[Part, ...]:
    """A plain wooden chair (or a stool, with no back) whose seat is just under the hips."""
    if props.chair is None:
        return ()
    seat: Vec = (hips[0] + 0.06, hips[1] - 0.115, hips[2])
    parts = [_prop("chair_seat", _box(seat, (0.21, 0.025, 0.21), "chair"))]
    for sx in (-1, 1):
        for sz in (-1, 1):
            top = add(seat, (sx * 0.18, 0.0, sz * 0.18))
            parts.append(_prop("chair_leg", Shape((top, (top[0], 0.0, top[2])), 0.035, "wood")))
    if props.chair.back == "none":
        return tuple(parts)
    side = {"right": 1.0, "left": -1.0}.get(props.chair.back)
    if side is None:
        ends: list[Vec] = [(-0.2, 0.0, sz * 0.18) for sz in (-1, 1)]
        rail: Vec = (0.018, 0.03, 0.2)
    else:
        ends = [(sx * 0.18, 0.0, side * 0.2) for sx in (-1, 1)]
        rail = (0.2, 0.03, 0.018)
    middle: Vec = ((ends[0][0] + ends[1][0]) / 2, 0.0, (ends[0][2] + ends[1][2]) / 2)
    back = [
        Shape((add(seat, end), add(seat, (end[0], 0.44, end[2]))), 0.038, "wood") for end in ends
    ]
    back.extend(_box(add(add(seat, middle), (0.0, y, 0.0)), rail, "chair") for y in (0.2, 0.4))
    parts.append(_prop("chair_back", *back, depth_bias=-0.05))
    return tuple(parts)


def _wall(props: Props, points: list[Vec]) -> tuple[Part, ...]:
    """A wall right behind the figure's back, with a skirting board."""
    if props.wall is None:
        return ()
    x = min(point[0] for point in points) - 0.02 - props.wall.gap

    def panel(top: float, colour: str) -> Shape:
        """A strip of the wall from the floor up to `top`, wide enough to fill the picture."""
        corners = ((x, 0.0, -4.0), (x, top, -4.0), (x, top, 4.0), (x, 0.0, 4.0))
        return Shape(corners, 0.0, colour, filled=True)

    return (_prop("wall", panel(2.5, "wall"), panel(0.1, "wall_edge"), depth_bias=-9.0),)


def scenery(props: Props, first: Placed) -> tuple[Part, ...]:
    """Static props placed against the figure's first pose: wall, mat, chair, band anchor."""
    points = [point for part in first.parts for shape in part.shapes for point in shape.points]
    parts = list(_wall(props, points))
    if props.mat is not None:
        xs = [point[0] for point in points]
        centre = ((min(xs) + max(xs)) / 2, 0.006, 0.0)
        half = ((max(xs) - min(xs)) / 2 + 0.12, 0.006, 0.42)
        parts.append(_prop("mat", _box(centre, half, "mat"), depth_bias=-8.0))
    parts.extend(_chair(props, first.point("hip_centre")))
    if props.band is not None:
        anchor = props.band.anchor
        bar = Shape((add(anchor, (0.0, 0.07, -0.3)), add(anchor, (0.0, 0.07, 0.3))), 0.06, "anchor")
        hook = Shape((anchor, add(anchor, (0.0, 0.07, 0.0))), 0.03, "anchor")
        parts.append(_prop("band_anchor", bar, hook))
    return tuple(parts)


def held_props(props: Props, placed: Placed) -> tuple[Part, ...]:
    """What moves with the hands: the band's two ends from the anchor, or a taut towel."""
    hands = {side: placed.point(f"{side}_hand") for side in ("right", "left")}
    parts: list[Part] = []
    if props.band is not None:
        anchor = props.band.anchor
        parts.extend(_prop("band", Shape((anchor, hand), 0.03, "band")) for hand in hands.values())
    if props.towel is not None:
        parts.append(_prop("towel", Shape((hands["right"], hands["left"]), 0.07, "towel")))
    return tuple(parts)


def _flatten(part: Part, matrix: Mat) -> FlatPart:
    """Project one part, leaving out shapes that face away from the viewer."""
    shapes = []
    for shape in part.shapes:
        if shape.facing is not None and apply(matrix, shape.facing)[2] < shape.min_facing:
            continue
        projected = (apply(matrix, point) for point in shape.points)
        shapes.append(FlatShape(tuple((x, y) for x, y, _ in projected), shape))
    depths = [apply(matrix, point)[2] for point in part.anchors]
    return FlatPart(part.name, tuple(shapes), sum(depths) / len(depths) + part.depth_bias)


def compose_frame(camera: Camera, static: tuple[Part, ...], figure: tuple[Part, ...]) -> Frame:
    """Project the scene and order it for painting: far things first."""
    matrix = camera_matrix(camera)
    farthest = min(
        apply(matrix, point)[2]
        for part in (*static, *figure)
        if part.name != "wall"
        for shape in part.shapes
        for point in shape.points
    )
    behind = (part for part in static if part.name not in AMONG_FIGURE)
    among = (*(part for part in static if part.name in AMONG_FIGURE), *figure)
    return Frame(
        scenery=tuple(sorted((_flatten(part, matrix) for part in behind), key=lambda p: p.depth)),
        figure=tuple(sorted((_flatten(part, matrix) for part in among), key=lambda p: p.depth)),
        horizon=max(0.0, -math.tan(math.radians(camera.pitch)) * (farthest - FLOOR_BEYOND)),
    )
