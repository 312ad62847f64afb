"""Dresses the posed skeleton in simple rounded shapes, so it reads as a person at phone size."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from bot.demos.geometry import Mat, Vec, add, apply, lerp
from bot.demos.skeleton import PROPORTIONS, Body

HEAD_SLICES = 20
HEAD_RINGS = 12


@dataclass(frozen=True)
class Shape:
    """A stroke in 3-D: a round-capped line through the points, or a filled outline of them."""

    points: tuple[Vec, ...]
    width: float
    colour: str
    filled: bool = False
    hull: bool = False
    """Fill the convex hull of the points (for a head sampled all over) instead of their outline."""
    outlined: bool = True
    facing: Vec | None = None
    """With min_facing: hidden when this direction points away from the viewer."""
    min_facing: float = 0.0
    shaded: bool = True
    """Whether it turns paler with its part on the far side of the figure."""

    def shifted(self, offset: Vec) -> Shape:
        """The same shape moved, e.g. to stand the figure on the floor."""
        return replace(self, points=tuple(add(point, offset) for point in self.points))


@dataclass(frozen=True)
class Part:
    """Shapes drawn together (outlines first, then fills) so a limb looks like one piece."""

    name: str
    shapes: tuple[Shape, ...]
    anchors: tuple[Vec, ...]
    """The points whose mean depth decides whether the part is drawn in front or behind."""
    depth_bias: float = 0.0

    def shifted(self, offset: Vec) -> Part:
        """The same part moved."""
        return replace(
            self,
            shapes=tuple(shape.shifted(offset) for shape in self.shapes),
            anchors=tuple(add(point, offset) for point in self.anchors),
        )


def _on_head(frame: Mat, centre: Vec, phi: float, theta: float, grow: float = 1.0) -> Vec:
    """A point on the egg-shaped head; phi from the crown, theta around from the nose."""
    p = PROPORTIONS
    local = (
        p.head_rx * grow * math.sin(phi) * math.cos(theta),
        p.head_ry * grow * math.cos(phi),
        p.head_rx * 0.92 * grow * math.sin(phi) * math.sin(theta),
    )
    return add(centre, apply(frame, local))


def _is_hair(phi: float, theta: float) -> bool:
    """Hair covers the crown and the back of the head; the hairline is higher at the front."""
    forward = math.sin(phi) * math.cos(theta)
    up = math.cos(phi)
    return up > 0.35 + 0.3 * forward or (forward < -0.25 and up > -0.55)


def _head_shapes(body: Body) -> tuple[Shape, ...]:
    """An egg-shaped head with hair, a nose and ears, so nodding and tilting are visible."""
    p = PROPORTIONS
    centre = body.point("head_centre")
    frame = body.head_frame
    skull = tuple(
        _on_head(frame, centre, math.pi * ring / HEAD_RINGS, 2 * math.pi * step / HEAD_SLICES)
        for ring in range(HEAD_RINGS + 1)
        for step in range(HEAD_SLICES)
    )
    shapes = [Shape(skull, 0.0, "skin", filled=True, hull=True)]
    for ring in range(HEAD_RINGS):
        for step in range(HEAD_SLICES):
            phis = (math.pi * ring / HEAD_RINGS, math.pi * (ring + 1) / HEAD_RINGS)
            thetas = (2 * math.pi * step / HEAD_SLICES, 2 * math.pi * (step + 1) / HEAD_SLICES)
            phi, theta = sum(phis) / 2, sum(thetas) / 2
            if not _is_hair(phi, theta):
                continue
            corners = tuple(
                _on_head(frame, centre, a, b, 1.01)
                for a, b in (
                    (phis[0], thetas[0]),
                    (phis[0], thetas[1]),
                    (phis[1], thetas[1]),
                    (phis[1], thetas[0]),
                )
            )
            normal = _on_head(frame, (0.0, 0.0, 0.0), phi, theta)
            shapes.append(Shape(corners, 0.004, "hair", filled=True, outlined=False, facing=normal))
    for sign in (1.0, -1.0):
        ear = add(
            centre, apply(frame, (-0.08 * p.head_rx, -0.12 * p.head_ry, sign * 0.9 * p.head_rx))
        )
        shapes.append(
            Shape(
                (ear,), 0.034, "skin_shade", facing=apply(frame, (0.0, 0.0, sign)), min_facing=0.25
            )
        )
    forward = apply(frame, (1.0, 0.0, 0.0))
    for sign in (1.0, -1.0):
        eye = _on_head(frame, centre, math.pi * 0.5, sign * 0.38, 0.93)
        look = apply(frame, (0.9, 0.0, sign * 0.4))
        shapes.append(Shape((eye,), 0.02, "eye", facing=look, min_facing=0.3))
    nose = add(centre, apply(frame, (p.head_rx * 1.0, -0.2 * p.head_ry, 0.0)))
    shapes.append(Shape((nose,), 0.03, "skin_shade", facing=forward, min_facing=-0.35))
    return tuple(shapes)


def _limb_parts(body: Body, side: str) -> tuple[Part, Part]:
    """One arm and one leg; the leg refills the hips so a thigh over the body shows no seam."""
    point = body.point
    pelvis = (point("right_torso_0"), point("left_torso_0"))
    shoulder, elbow, wrist = (point(f"{side}_{name}") for name in ("shoulder", "elbow", "wrist"))
    arm = Part(
        f"{side}_arm",
        (
            Shape((shoulder, elbow), 0.096, "shirt"),
            Shape((elbow, wrist), 0.072, "skin"),
            Shape((point(f"{side}_hand"),), 0.082, "skin"),
            Shape((shoulder, lerp(shoulder, elbow, 0.55)), 0.104, "shirt"),
        ),
        anchors=(shoulder, elbow, wrist),
        depth_bias=0.03,
    )
    hip, knee, ankle = (point(f"{side}_{name}") for name in ("hip", "knee", "ankle"))
    heel, toe = point(f"{side}_heel"), point(f"{side}_toe")
    leg = Part(
        f"{side}_leg",
        (
            Shape((hip, knee), 0.15, "trousers"),
            Shape((knee, ankle), 0.112, "trousers"),
            Shape((heel, toe), 0.07, "shoe"),
            Shape((ankle, lerp(heel, toe, 0.35)), 0.075, "shoe"),
            Shape(pelvis, 0.18, "trousers", outlined=False, shaded=False),
        ),
        anchors=(hip,),
        depth_bias=-0.02,
    )
    return arm, leg


def figure_parts(body: Body) -> tuple[Part, ...]:
    """The whole figure as parts, not yet on the floor and not yet sorted by depth."""
    point = body.point
    outline = tuple(str(index) for index in range(len(PROPORTIONS.spine) + 1))
    torso_outline = tuple(point(f"right_torso_{name}") for name in outline) + tuple(
        point(f"left_torso_{name}") for name in reversed(outline)
    )
    torso = Part(
        "torso",
        (
            Shape(torso_outline, 0.2, "shirt", filled=True),
            Shape((point("right_torso_0"), point("left_torso_0")), 0.18, "trousers"),
        ),
        anchors=(point("hip_centre"), point("neck_base")),
    )
    head = Part(
        "head",
        (Shape((point("neck_base"), point("head_base")), 0.1, "skin"), *_head_shapes(body)),
        anchors=(point("head_centre"),),
        depth_bias=0.01,
    )
    right_arm, right_leg = _limb_parts(body, "right")
    left_arm, left_leg = _limb_parts(body, "left")
    return (torso, head, right_arm, left_arm, right_leg, left_leg)


def lowest_point(parts: tuple[Part, ...]) -> float:
    """The height of the figure's lowest edge, counting stroke widths."""
    return min(
        point[1] - shape.width / 2
        for part in parts
        for shape in part.shapes
        for point in shape.points
    )
