"""The shape of content/movements.toml: keyframed joint angles, camera and props per exercise."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, Strict

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
    """A chair under the hips; its backrest on one side of the figure."""

    back: Literal["behind", "right", "left"] = "behind"


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


class Gentler(_Spec):
    """The gentler version of the same movement: a smaller range, played slower."""

    range: Annotated[float, Strict(), Field(gt=0.0, lt=1.0)]
    """How far each keyframe goes from the first one: 0.5 is half the main movement's range."""
    slower: Annotated[float, Strict(), Field(ge=1.0, le=2.0)] = 1.0
    """Every move and hold lasts this many times longer."""


class Movement(_Spec):
    """One exercise's animation; the id is the exercise id in exercises.toml."""

    id: Identifier
    camera: Camera = Camera()
    props: Props = Props()
    pose: Joints = Field(default_factory=dict)
    keyframes: Annotated[tuple[Keyframe, ...], Field(min_length=2, max_length=8)]
    gentler: Gentler | None = None


class MovementsFile(_Spec):
    """The whole file: one [[movement]] table per exercise."""

    movement: Annotated[tuple[Movement, ...], Field(min_length=1)]
