"""The shape of content/movements.toml: keyframed joint angles, camera and props per exercise."""

from __future__ import annotations

from typing import Annotated, Any, Literal, Self

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, Strict, model_validator

from bot.content.models import Identifier

Degrees = Annotated[float, Strict()]
Metres = Annotated[float, Strict(), Field(ge=-3.0, le=3.0)]


class _Spec(BaseModel):
    """Frozen and strict about unknown fields, so a typo in the file is reported, not ignored."""

    model_config = ConfigDict(frozen=True, extra="forbid")


def _number_means_flex(value: Any) -> Any:
    """Let hinge joints be written as a plain number: `left_elbow = 90`."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return {"flex": value}
    return value


class Angles(_Spec):
    """Some components of one joint, in degrees; missing ones keep the base pose's value."""

    flex: Degrees | None = None
    side: Degrees | None = None
    twist: Degrees | None = None
    across: Degrees | None = None

    def given(self) -> dict[str, float]:
        """Only the components written in the file."""
        return {name: value for name, value in self.model_dump().items() if value is not None}


JointAngles = Annotated[Angles, BeforeValidator(_number_means_flex)]
Joints = dict[str, JointAngles]


class Camera(_Spec):
    """Where we look from: yaw 0 is a side view of a figure facing right, 90 is a front view."""

    yaw: Annotated[Degrees, Field(ge=-180, le=180)] = 0.0
    pitch: Annotated[Degrees, Field(ge=0, le=80)] = 0.0
    framing: Literal["full", "upper"] = "full"


class Band(_Spec):
    """A resistance band fixed at an anchor; its two ends follow the hands."""

    anchor: tuple[Metres, Metres, Metres]
    """Metres: forward of the hips, height above the floor, towards the figure's right."""


class Towel(_Spec):
    """A towel held taut between the two hands (the no-band version of a pull-down)."""


class Wall(_Spec):
    """A wall just behind the figure's back."""

    gap: Annotated[float, Strict(), Field(ge=0.0, le=0.5)] = 0.0


class Chair(_Spec):
    """A chair under the hips; its backrest behind or on one side of the figure, or none."""

    back: Literal["behind", "right", "left", "none"] = "behind"
    """Where the backrest is; "none" is a stool, for sitting tall with nothing behind the back."""


class Mat(_Spec):
    """An exercise mat under a figure lying on the floor."""


class Props(_Spec):
    """The props in the scene; the floor is always there."""

    band: Band | None = None
    towel: Towel | None = None
    wall: Wall | None = None
    chair: Chair | None = None
    mat: Mat | None = None


class Keyframe(_Spec):
    """A pose the movement passes through: `move` frames to get here, then `hold` ms of rest."""

    move: Annotated[int, Strict(), Field(ge=2, le=12)]
    hold: Annotated[int, Strict(), Field(ge=0, le=3000)] = 0
    joints: Joints = Field(default_factory=dict)


Keyframes = Annotated[tuple[Keyframe, ...], Field(min_length=2, max_length=8)]


GENTLER_WAYS: dict[str, frozenset[str]] = {
    "range": frozenset({"range", "slower"}),
    "keyframes": frozenset({"keyframes", "pose", "camera", "props"}),
    "same_as": frozenset({"same_as"}),
}
"""Each way of declaring a gentler animation and the fields that may go with it."""


class Gentler(_Spec):
    """The gentler version's animation, declared in one of three ways.

    `range` (with `slower`): the same movement with a smaller range, played slower.
    `keyframes` (with `pose`, and `camera` or `props` where they differ from the main
    movement's): another movement, posed from standing like any main movement.
    `same_as`: the gentler animation of another exercise, when both have the same gentler version.
    """

    range: Annotated[float, Strict(), Field(gt=0.0, lt=1.0)] | None = None
    """How far each keyframe goes from the first one: 0.5 is half the main movement's range."""
    slower: Annotated[float, Strict(), Field(ge=1.0, le=2.0)] = 1.0
    """Every move and hold lasts this many times longer."""
    camera: Camera | None = None
    props: Props | None = None
    pose: Joints = Field(default_factory=dict)
    keyframes: Keyframes | None = None
    same_as: Identifier | None = None

    @model_validator(mode="after")
    def _one_way(self) -> Self:
        """Exactly one of range, keyframes and same_as, with only the fields that go with it."""
        ways = [way for way in GENTLER_WAYS if getattr(self, way) is not None]
        if len(ways) != 1:
            raise ValueError("give exactly one of range, keyframes or same_as")
        stray = sorted(self.model_fields_set - GENTLER_WAYS[ways[0]])
        if stray:
            raise ValueError(f"{', '.join(stray)} cannot go with {ways[0]}")
        return self


class Movement(_Spec):
    """One exercise's animation; the id is the exercise id in exercises.toml."""

    id: Identifier
    camera: Camera = Camera()
    props: Props = Props()
    pose: Joints = Field(default_factory=dict)
    keyframes: Keyframes
    gentler: Gentler | None = None


class MovementsFile(_Spec):
    """The whole file: one [[movement]] table per exercise."""

    movement: Annotated[tuple[Movement, ...], Field(min_length=1)]
