"""The figure keeps human proportions, bends only the ways joints bend, and rests on the floor."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.demos.geometry import apply
from bot.demos.scene import place
from bot.demos.skeleton import JOINTS, PROPORTIONS, Pose, pose_body, rest_pose

BONES = {
    ("right_shoulder", "right_elbow"): PROPORTIONS.upper_arm,
    ("left_elbow", "left_wrist"): PROPORTIONS.forearm,
    ("right_hip", "right_knee"): PROPORTIONS.thigh,
    ("left_knee", "left_ankle"): PROPORTIONS.shin,
    ("neck_base", "head_base"): PROPORTIONS.neck,
}


def posed(**changes: dict[str, float]) -> Pose:
    """The rest pose with some joints changed."""
    pose = rest_pose()
    for joint, angles in changes.items():
        pose[joint].update(angles)
    return pose


@st.composite
def any_pose(draw: st.DrawFn) -> Pose:
    """Any pose the validator would allow."""
    pose = rest_pose()
    for name, joint in JOINTS.items():
        for component, (low, high) in joint.ranges.items():
            pose[name][component] = draw(st.floats(low, high))
    return pose


def test_standing_at_rest_the_figure_is_about_1_8_m_tall_with_its_feet_on_the_floor() -> None:
    figure = place(pose_body(rest_pose()))

    head_top = figure.point("head_centre")[1] + PROPORTIONS.head_ry
    assert 1.7 < head_top < 1.85
    assert figure.point("right_heel")[1] < 0.05
    assert figure.point("left_toe")[1] < 0.05


def test_bending_the_elbow_brings_the_hand_forward_and_up_never_behind() -> None:
    for flex in (30, 90, 140):
        body = pose_body(posed(right_elbow={"flex": flex}))
        elbow, wrist = body.point("right_elbow"), body.point("right_wrist")
        assert wrist[0] > elbow[0] + 0.05
        assert wrist[1] > pose_body(rest_pose()).point("right_wrist")[1]


def test_bending_the_knee_takes_the_foot_backwards() -> None:
    body = pose_body(posed(left_knee={"flex": 90}))

    assert body.point("left_ankle")[0] < body.point("left_knee")[0] - 0.3


def test_lifting_an_arm_out_to_the_side_moves_it_away_from_the_body_on_either_side() -> None:
    body = pose_body(posed(right_shoulder={"side": 90}, left_shoulder={"side": 90}))

    assert body.point("right_wrist")[2] > 0.5
    assert body.point("left_wrist")[2] < -0.5


def test_pelvis_flex_of_minus_90_lays_the_figure_on_its_back_face_up() -> None:
    figure = place(pose_body(posed(pelvis={"flex": -90})))

    head, hips = figure.point("head_centre"), figure.point("hip_centre")
    assert abs(head[1] - hips[1]) < 0.05
    assert head[0] < hips[0] - 0.6
    assert apply(figure.body.head_frame, (1.0, 0.0, 0.0))[1] > 0.9  # the face points up


@settings(max_examples=60, deadline=None)
@given(any_pose())
def test_bones_keep_their_length_in_any_allowed_pose(pose: Pose) -> None:
    body = pose_body(pose)

    for (start, end), length in BONES.items():
        assert math.dist(body.point(start), body.point(end)) == pytest.approx(length, abs=1e-6)


@settings(max_examples=60, deadline=None)
@given(any_pose())
def test_in_any_allowed_pose_the_lowest_edge_rests_exactly_on_the_floor(pose: Pose) -> None:
    figure = place(pose_body(pose))

    lowest = min(
        point[1] - shape.width / 2
        for part in figure.parts
        for shape in part.shapes
        for point in shape.points
    )
    assert abs(lowest) < 1e-9
