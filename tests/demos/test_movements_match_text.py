"""The animations show what the exercise text says, as the viewer sees them on screen.

Most checks measure the projected picture (camera applied), because the bugs they guard against
were true in 3-D and wrong on screen: legs bent in space but seen edge-on, arms mirrored in
space but seen from an angle that made one swing wider. The checks that keep every figure honest
(on its seat or feet, clear of the wall and the chair back) run over every version, gentler
variants included.
"""

from __future__ import annotations

import math

import pytest

from bot.content import default_content_directory, load_catalog
from bot.demos.geometry import apply
from bot.demos.movements import MOVEMENTS_FILE, load_movements
from bot.demos.scene import Placed, camera_matrix, place, scenery
from bot.demos.skeleton import pose_body
from bot.demos.spec import Movement
from bot.demos.timeline import timeline
from bot.demos.versions import demo_versions

MAX_KNEE_ON_SCREEN = 130.0
"""Degrees between thigh and shin in the picture: above this a bent knee reads as straight."""
WRIST_TOLERANCE = 0.02
"""Metres in the picture: how far the two wrists may differ from mirror images."""
ELBOW_RADIUS = 0.048
"""Half the sleeve's width at the elbow (bot/demos/figure.py draws it 0.096 m wide)."""
HAND_RADIUS = 0.041
"""Half the hand's width (bot/demos/figure.py draws it 0.082 m wide)."""
STEADY = 0.005
"""Metres: how far a seated or standing figure may drift up or down between frames."""


def all_versions() -> dict[str, Movement]:
    """Every real spec by version key: "wall_angels", "wall_angels.gentler", ..."""
    ids = tuple(load_catalog().exercises)
    return demo_versions(load_movements(default_content_directory() / MOVEMENTS_FILE, ids))


VERSIONS = tuple(all_versions())


def movement(version: str) -> Movement:
    """The real spec of one exercise, or of its gentler variant by version key."""
    return all_versions()[version]


def frames(spec: Movement) -> list[Placed]:
    """Every frame's figure, on the floor."""
    return [place(pose_body(pose)) for pose in timeline(spec).poses]


def on_screen(spec: Movement, figure: Placed, name: str) -> tuple[float, float]:
    """Where a joint appears in the picture (metres, y up)."""
    x, y, _ = apply(camera_matrix(spec.camera), figure.point(name))
    return x, y


def angle(a: tuple[float, float], vertex: tuple[float, float], b: tuple[float, float]) -> float:
    """The angle at the vertex, in degrees."""
    u = (a[0] - vertex[0], a[1] - vertex[1])
    v = (b[0] - vertex[0], b[1] - vertex[1])
    cosine = (u[0] * v[0] + u[1] * v[1]) / (math.hypot(*u) * math.hypot(*v))
    return math.degrees(math.acos(max(-1.0, min(1.0, cosine))))


def test_trunk_rotation_keeps_both_knees_visibly_bent_in_every_frame() -> None:
    spec = movement("trunk_rotation")

    for index, figure in enumerate(frames(spec)):
        for side in ("right", "left"):
            hip, knee, ankle = (
                on_screen(spec, figure, f"{side}_{joint}") for joint in ("hip", "knee", "ankle")
            )
            seen = angle(hip, knee, ankle)
            assert seen <= MAX_KNEE_ON_SCREEN, f"frame {index}: {side} knee looks {seen:.0f}°"


def test_lat_pulldown_moves_both_arms_in_step_as_mirror_images_on_screen() -> None:
    spec = movement("lat_pulldown")

    for index, figure in enumerate(frames(spec)):
        centre = on_screen(spec, figure, "neck_base")[0]
        right = on_screen(spec, figure, "right_wrist")
        left = on_screen(spec, figure, "left_wrist")
        assert abs(right[1] - left[1]) <= WRIST_TOLERANCE, f"frame {index}: heights differ"
        spread = (right[0] - centre) + (left[0] - centre)
        assert abs(spread) <= WRIST_TOLERANCE, f"frame {index}: one arm swings wider"


def test_chair_rotation_keeps_the_chest_and_elbows_on_the_near_side_of_the_chair_back() -> None:
    spec = movement("chair_rotation")
    figures = frames(spec)
    back = next(part for part in scenery(spec.props, figures[0]) if part.name == "chair_back")
    inner_face = min(point[2] - shape.width / 2 for shape in back.shapes for point in shape.points)

    for index, figure in enumerate(figures):
        torso = [name for name in figure.body.points if "torso" in name]
        for name in [*torso, "right_shoulder", "left_shoulder"]:
            assert figure.point(name)[2] < inner_face, f"frame {index}: {name} in the chair back"
        for side in ("right", "left"):
            elbow = figure.point(f"{side}_elbow")[2] + ELBOW_RADIUS
            assert elbow < inner_face, f"frame {index}: the {side} elbow is in the chair back"


def test_chair_rotation_shows_the_chair_back_beside_the_body_not_across_it() -> None:
    spec = movement("chair_rotation")
    figure = frames(spec)[0]
    matrix = camera_matrix(spec.camera)
    back = next(part for part in scenery(spec.props, figure) if part.name == "chair_back")
    back_xs = [apply(matrix, point)[0] for shape in back.shapes for point in shape.points]
    torso_xs = [
        apply(matrix, figure.point(name))[0] for name in figure.body.points if "torso" in name
    ]

    overlap = min(max(back_xs), max(torso_xs)) - max(min(back_xs), min(torso_xs))
    assert overlap < 0.35 * (max(torso_xs) - min(torso_xs))


def test_the_towel_pull_down_comes_down_in_front_of_the_face_never_behind_the_neck() -> None:
    spec = movement("towel_pulldown")
    assert spec.props.towel is not None, "the towel is drawn between the hands"

    lowest = min(frames(spec), key=lambda figure: figure.point("right_hand")[1])
    head = lowest.point("head_centre")
    for side in ("right", "left"):
        hand = lowest.point(f"{side}_hand")
        assert hand[1] < head[1] + 0.15, f"the {side} hand comes down to about chin height"
        assert hand[0] > head[0], f"the {side} hand is in front of the face, not behind the neck"


def test_every_exercise_and_its_gentler_version_is_checked_below() -> None:
    ids = tuple(load_catalog().exercises)

    assert sorted(VERSIONS) == sorted([*ids, *(f"{exercise_id}.gentler" for exercise_id in ids)])


@pytest.mark.parametrize("version", [v for v in VERSIONS if movement(v).props.mat is None])
def test_a_seated_or_standing_figure_keeps_both_feet_on_the_floor_and_never_bobs(
    version: str,
) -> None:
    figures = frames(movement(version))
    heights = {round(figure.offset[1] / STEADY) for figure in figures}
    assert len(heights) == 1, "the figure moves up and down, off its seat or through the floor"

    for index, figure in enumerate(figures):
        for side in ("right", "left"):
            heel, toe = (figure.point(f"{side}_{end}")[1] for end in ("heel", "toe"))
            assert min(heel, toe) < 0.1, f"frame {index}: the {side} foot is off the floor"


@pytest.mark.parametrize("version", [v for v in VERSIONS if movement(v).props.wall is not None])
def test_nothing_passes_through_the_wall(version: str) -> None:
    spec = movement(version)
    figures = frames(spec)
    wall = next(part for part in scenery(spec.props, figures[0]) if part.name == "wall")
    surface = max(point[0] for shape in wall.shapes for point in shape.points)

    for index, figure in enumerate(figures):
        for name in figure.body.points:
            assert figure.point(name)[0] - HAND_RADIUS > surface, f"frame {index}: {name}"


@pytest.mark.parametrize("version", [v for v in VERSIONS if movement(v).props.chair is not None])
def test_the_body_and_elbows_never_pass_through_the_chair_back(version: str) -> None:
    spec = movement(version)
    figures = frames(spec)
    backs = [part for part in scenery(spec.props, figures[0]) if part.name == "chair_back"]
    if spec.props.chair is not None and spec.props.chair.back == "none":
        assert backs == [], "a stool has no back"
        return
    corners = [point for shape in backs[0].shapes for point in shape.points]
    low = [min(point[axis] for point in corners) for axis in range(3)]
    high = [max(point[axis] for point in corners) for axis in range(3)]

    for index, figure in enumerate(figures):
        names = [name for name in figure.body.points if "torso" in name or "elbow" in name]
        for name in [*names, "right_shoulder", "left_shoulder", "head_centre"]:
            point = figure.point(name)
            outside = max(max(low[a] - point[a], point[a] - high[a]) for a in range(3))
            assert outside > ELBOW_RADIUS / 2, f"frame {index}: {name} is in the chair back"
