"""The figure's joints, their anatomical limits and the forward kinematics that place its bones."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum

from bot.demos.geometry import X_AXIS, Y_AXIS, Z_AXIS, Mat, Vec, add, apply, compose, rotation

COMPONENTS = ("flex", "side", "twist", "across")
"""flex: forward bend; side: sideways (abduction for limbs); twist: turn about the long axis
(external rotation for limbs); across: a raised arm swung across the chest."""

Pose = Mapping[str, Mapping[str, float]]
"""Every joint with every one of its components, in degrees."""


class Kind(Enum):
    """How a joint's anatomical angles map onto rotations: the signs that make flexion forward."""

    AXIAL = "axial"
    LIMB = "limb"
    HINGE_FORWARD = "hinge_forward"
    HINGE_BACK = "hinge_back"


@dataclass(frozen=True)
class JointDef:
    """A joint's allowed components with their plausible ranges; limits stop backward elbows."""

    kind: Kind
    ranges: Mapping[str, tuple[float, float]]
    side: int = 0
    """+1 for the figure's right (towards the viewer in side view), -1 for its left."""


def _paired(
    name: str, kind: Kind, ranges: Mapping[str, tuple[float, float]]
) -> dict[str, JointDef]:
    """The right and left joint of a pair, with the same limits."""
    return {
        f"right_{name}": JointDef(kind, ranges, side=1),
        f"left_{name}": JointDef(kind, ranges, side=-1),
    }


JOINTS: Mapping[str, JointDef] = {
    "pelvis": JointDef(Kind.AXIAL, {"flex": (-95, 95), "side": (-45, 45), "twist": (-90, 90)}),
    "spine": JointDef(Kind.AXIAL, {"flex": (-30, 80), "side": (-40, 40), "twist": (-60, 60)}),
    "neck": JointDef(Kind.AXIAL, {"flex": (-40, 60), "side": (-45, 45), "twist": (-70, 70)}),
    **_paired(
        "shoulder",
        Kind.LIMB,
        {"flex": (-50, 180), "side": (-15, 180), "twist": (-90, 100), "across": (-30, 130)},
    ),
    **_paired("elbow", Kind.HINGE_FORWARD, {"flex": (0, 150)}),
    **_paired("hip", Kind.LIMB, {"flex": (-20, 140), "side": (-20, 60), "twist": (-45, 45)}),
    **_paired("knee", Kind.HINGE_BACK, {"flex": (0, 150)}),
    **_paired("ankle", Kind.HINGE_FORWARD, {"flex": (-80, 35)}),
}

BOTH_SIDES: Mapping[str, str] = {
    "shoulders": "shoulder",
    "elbows": "elbow",
    "hips": "hip",
    "knees": "knee",
    "ankles": "ankle",
}
"""Shorthands that set the right and the left joint to the same (mirrored) angles."""


@dataclass(frozen=True)
class Proportions:
    """Segment lengths in metres for a figure about 1.78 m tall."""

    hip_half: float = 0.09
    spine: tuple[float, float, float] = (0.15, 0.17, 0.2)
    """Hip centre to the base of the neck, in three pieces so the back can curve."""
    torso_half_widths: tuple[float, float, float, float] = (0.1, 0.085, 0.1, 0.115)
    """Half the torso's width at the hips, at the two bends of the back, and under the neck."""
    shoulder_half: float = 0.175
    shoulder_drop: float = 0.05
    neck: float = 0.085
    head_rx: float = 0.098
    head_ry: float = 0.118
    upper_arm: float = 0.29
    forearm: float = 0.25
    hand: float = 0.06
    thigh: float = 0.44
    shin: float = 0.42
    ankle_height: float = 0.065
    toe: float = 0.16
    heel: float = 0.045


PROPORTIONS = Proportions()


def rest_pose() -> dict[str, dict[str, float]]:
    """Standing upright, arms hanging, feet flat: every angle zero."""
    return {name: dict.fromkeys(joint.ranges, 0.0) for name, joint in JOINTS.items()}


def joint_rotation(joint: JointDef, angles: Mapping[str, float], fraction: float = 1.0) -> Mat:
    """The joint's rotation in its parent's frame; x forward, y up, z to the figure's right."""
    flex = angles.get("flex", 0.0) * fraction
    side = angles.get("side", 0.0) * fraction
    twist = angles.get("twist", 0.0) * fraction
    across = angles.get("across", 0.0) * fraction
    if joint.kind is Kind.AXIAL:
        return compose(rotation(Z_AXIS, -flex), rotation(X_AXIS, side), rotation(Y_AXIS, -twist))
    if joint.kind is Kind.LIMB:
        return compose(
            rotation(Y_AXIS, joint.side * across),
            rotation(Z_AXIS, flex),
            rotation(X_AXIS, -joint.side * side),
            rotation(Y_AXIS, -joint.side * twist),
        )
    return rotation(Z_AXIS, flex if joint.kind is Kind.HINGE_FORWARD else -flex)


@dataclass(frozen=True)
class Body:
    """Named points of the posed figure (metres, hip centre at the origin) and the head's axes."""

    points: Mapping[str, Vec]
    head_frame: Mat

    def point(self, name: str) -> Vec:
        """One named point, e.g. "right_wrist"."""
        return self.points[name]


def _rotate(pose: Pose, name: str, parent: Mat, fraction: float = 1.0) -> Mat:
    """The child frame: the parent's frame turned by one joint of the pose."""
    return compose(parent, joint_rotation(JOINTS[name], pose[name], fraction))


def _limb(
    pose: Pose, points: dict[str, Vec], frame: Mat, root: Vec, names: tuple[str, str, str]
) -> None:
    """Place one arm (shoulder, elbow, wrist, hand) or leg (hip, knee, ankle, heel, toe)."""
    p = PROPORTIONS
    first, second, tip = names
    side = "right" if JOINTS[first].side > 0 else "left"
    is_arm = first.endswith("shoulder")
    upper_len, lower_len = (p.upper_arm, p.forearm) if is_arm else (p.thigh, p.shin)
    upper = _rotate(pose, first, frame)
    middle = add(root, apply(upper, (0.0, -upper_len, 0.0)))
    lower = _rotate(pose, second, upper)
    end = add(middle, apply(lower, (0.0, -lower_len, 0.0)))
    points[first] = root
    points[second] = middle
    points[tip] = end
    if is_arm:
        points[f"{side}_hand"] = add(end, apply(lower, (0.0, -p.hand, 0.0)))
        return
    foot = _rotate(pose, f"{side}_ankle", lower)
    points[f"{side}_heel"] = add(end, apply(foot, (-p.heel, -p.ankle_height, 0.0)))
    points[f"{side}_toe"] = add(end, apply(foot, (p.toe, -p.ankle_height, 0.0)))


def pose_body(pose: Pose) -> Body:
    """Forward kinematics: where every bone of the figure is for this pose."""
    p = PROPORTIONS
    origin: Vec = (0.0, 0.0, 0.0)
    pelvis = _rotate(pose, "pelvis", ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0)))
    frame, joint = pelvis, origin
    outline: list[tuple[Vec, Mat]] = [(add(origin, (0.0, -0.01, 0.0)), pelvis)]
    for length in p.spine:
        frame = _rotate(pose, "spine", frame, 1 / len(p.spine))
        joint = add(joint, apply(frame, (0.0, length, 0.0)))
        outline.append((joint, frame))
    chest, neck_base = frame, joint
    outline[-1] = (add(neck_base, apply(chest, (0.0, -0.07, 0.0))), chest)
    neck = _rotate(pose, "neck", chest, 0.5)
    head_base = add(neck_base, apply(neck, (0.0, p.neck, 0.0)))
    head = _rotate(pose, "neck", neck, 0.5)
    points: dict[str, Vec] = {
        "hip_centre": origin,
        "neck_base": neck_base,
        "head_base": head_base,
        "head_centre": add(head_base, apply(head, (0.012, p.head_ry * 0.85, 0.0))),
    }
    for side, sign in (("right", 1.0), ("left", -1.0)):
        for index, ((centre, tilt), half) in enumerate(
            zip(outline, p.torso_half_widths, strict=True)
        ):
            points[f"{side}_torso_{index}"] = add(centre, apply(tilt, (0.0, 0.0, sign * half)))
        shoulder = add(neck_base, apply(chest, (0.0, -p.shoulder_drop, sign * p.shoulder_half)))
        _limb(pose, points, chest, shoulder, (f"{side}_shoulder", f"{side}_elbow", f"{side}_wrist"))
        hip = apply(pelvis, (0.0, 0.0, sign * p.hip_half))
        _limb(pose, points, pelvis, hip, (f"{side}_hip", f"{side}_knee", f"{side}_ankle"))
    return Body(points=points, head_frame=head)
