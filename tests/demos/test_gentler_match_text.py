"""Each gentler animation that is not the main movement made smaller shows its own text.

The texts are the [exercise.gentler] entries in content/exercises.toml. Positions are in the
room (metres; x forward of the figure, y up, z towards its right), measured on every frame.
"""

from __future__ import annotations

import math

from bot.demos.scene import Placed
from tests.demos.test_movements_match_text import frames, movement

ON_THE_FLOOR = 0.1
"""Metres: a foot whose lower end is this low rests on the floor or the mat."""


def test_wall_angels_gentler_keeps_the_elbows_below_the_shoulders_and_slides_a_short_way() -> None:
    figures = frames(movement("wall_angels.gentler"))
    main = frames(movement("wall_angels"))

    for index, figure in enumerate(figures):
        for side in ("right", "left"):
            elbow, shoulder = (figure.point(f"{side}_{name}")[1] for name in ("elbow", "shoulder"))
            assert elbow < shoulder, f"frame {index}: the {side} elbow is at shoulder height"

    def rise(placed: list[Placed]) -> float:
        heights = [figure.point("right_wrist")[1] for figure in placed]
        return max(heights) - min(heights)

    assert 0.05 < rise(figures) < 0.5 * rise(main), "the arms slide up, only a short way"


def test_chair_rotation_gentler_sits_facing_forward_arms_crossed_turning_a_little() -> None:
    spec = movement("chair_rotation.gentler")
    assert spec.props.chair is not None
    assert spec.props.chair.back == "behind"

    turns = []
    for index, figure in enumerate(frames(spec)):
        right, left = figure.point("right_wrist"), figure.point("left_wrist")
        chest_right, chest_left = figure.point("right_shoulder"), figure.point("left_shoulder")
        across = (chest_right[0] - chest_left[0], chest_right[2] - chest_left[2])
        turns.append(math.degrees(math.atan2(-across[0], across[1])))
        # Each hand is on the other side of the chest: the arms are crossed, not on the chair.
        sideways = (right[0] - left[0]) * across[0] + (right[2] - left[2]) * across[1]
        assert sideways < 0, f"frame {index}: the arms are not crossed"
    assert 10 < max(turns) < 35, "a little to the right"
    assert -35 < min(turns) < -10, "a little to the left"


def test_arm_reach_gentler_raises_one_arm_at_a_time_and_leans_slightly_away_from_it() -> None:
    leans = {"right": 0.0, "left": 0.0}
    for index, figure in enumerate(frames(movement("arm_reach.gentler"))):
        head = figure.point("head_centre")[1]
        up = [side for side in leans if figure.point(f"{side}_wrist")[1] > head]
        assert len(up) <= 1, f"frame {index}: both arms are up"
        hips, neck = figure.point("hip_centre"), figure.point("neck_base")
        lean = math.degrees(math.atan2(neck[2] - hips[2], neck[1] - hips[1]))  # + to its right
        if up:
            away = -lean if up[0] == "right" else lean
            assert away > -1, f"frame {index}: it leans towards the raised arm"
            leans[up[0]] = max(leans[up[0]], away)
    assert all(5 < lean < 16 for lean in leans.values()), f"only slightly: {leans}"


def test_knee_to_chest_gentler_brings_one_knee_up_hands_behind_it_the_other_foot_down() -> None:
    raised = set()
    for index, figure in enumerate(frames(movement("knee_to_chest.gentler"))):
        feet = {
            side: min(figure.point(f"{side}_{end}")[1] for end in ("heel", "toe"))
            for side in ("right", "left")
        }
        up = [side for side, height in feet.items() if height >= ON_THE_FLOOR]
        assert len(up) <= 1, f"frame {index}: both feet left the mat"
        hips = figure.point("hip_centre")
        if up and figure.point(f"{up[0]}_knee")[0] < hips[0] - 0.15:
            raised.add(up[0])
            knee = figure.point(f"{up[0]}_knee")
            for hand in ("right_wrist", "left_wrist"):
                assert math.dist(figure.point(hand), knee) < 0.2, f"frame {index}: {hand}"
    assert raised == {"right", "left"}, "each knee in turn comes towards the chest"


def test_the_pulldowns_share_one_gentler_squeeze_seated_with_the_arms_by_the_sides() -> None:
    spec = movement("lat_pulldown.gentler")
    assert movement("towel_pulldown.gentler") == spec
    assert spec.props.chair is not None
    assert (spec.props.band, spec.props.towel) == (None, None)

    figures = frames(spec)
    for index, figure in enumerate(figures):
        for side in ("right", "left"):
            wrist, hip = figure.point(f"{side}_wrist"), figure.point("hip_centre")
            assert wrist[1] < hip[1] + 0.1, f"frame {index}: the {side} arm leaves the side"
    elbows = [figure.point("right_elbow")[0] - figure.point("hip_centre")[0] for figure in figures]
    chest = [figure.point("neck_base")[0] - figure.point("hip_centre")[0] for figure in figures]
    assert elbows[0] - min(elbows) > 0.08, "the shoulders draw back so it shows on a phone"
    assert max(chest) - chest[0] < 0.02, "sitting tall: the chest never slumps forward"
