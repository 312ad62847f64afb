"""The content as typed, immutable values the rest of the bot can rely on."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, Strict, field_validator
from pydantic_core import PydanticCustomError

from bot.content.symptoms import SymptomPhrases
from bot.content.text_keys import TextKey
from bot.content.texts import Texts
from bot.domain.screening import Severity

MAX_ID_LENGTH = 24
"""Short enough that callback data such as "ex:<session>:<step>:<id>" stays within 64 bytes."""

MAX_TIMER_SECONDS = 600
FULL_ROUTINE_ID = "full"
QUICK_ROUTINE_ID = "quick"


def _require_visible_text(value: str) -> str:
    """Reject texts that would show the user an empty or blank message."""
    if not value.strip():
        raise PydanticCustomError("empty_text", "must not be empty")
    return value


Identifier = Annotated[
    str,
    Strict(),
    Field(min_length=1, max_length=MAX_ID_LENGTH, pattern=r"^[a-z][a-z0-9_]*$"),
]
Text = Annotated[str, Strict(), AfterValidator(_require_visible_text)]
ShortText = Annotated[str, Strict(), Field(max_length=64), AfterValidator(_require_visible_text)]


class _Content(BaseModel):
    """Frozen, strict about unknown fields, so typos in the files are caught at start-up."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Exercise(_Content):
    """One home exercise, rewritten from the source article into short, safe steps."""

    id: Identifier
    name: ShortText
    why: Text
    steps: Annotated[tuple[Text, ...], Field(min_length=3, max_length=6)]
    dose: Text
    hold_seconds: Annotated[int, Strict(), Field(ge=0, le=MAX_TIMER_SECONDS)]
    safety: Text
    gentler: Text

    @property
    def is_timed(self) -> bool:
        """Timed holds get a countdown Timer button."""
        return self.hold_seconds > 0

    def numbered_steps(self) -> str:
        """Steps as "1. ..." lines, the shape the routine.exercise text expects."""
        return "\n".join(f"{number}. {step}" for number, step in enumerate(self.steps, start=1))


class Routine(_Content):
    """A named, ordered list of exercises the user walks through in one session."""

    id: Identifier
    title: ShortText
    exercises: Annotated[tuple[Identifier, ...], Field(min_length=1)]


class ScreeningQuestion(_Content):
    """A red-flag checklist item; ticking it locks routines."""

    id: Identifier
    question: Text
    severity: Severity


_SEVERITY_MARKS = {Severity.URGENT: "🚨", Severity.DOCTOR: "🩺"}


def screening_checklist(items: Sequence[ScreeningQuestion]) -> str:
    """The checklist's numbered lines, each marked with its tier, as the screen shows them."""
    return "\n".join(
        f"{number}. {_SEVERITY_MARKS[item.severity]} {item.question}"
        for number, item in enumerate(items, start=1)
    )


class Catalog(BaseModel):
    """All content, loaded and validated once at start-up."""

    model_config = ConfigDict(frozen=True)

    exercises: Mapping[str, Exercise]
    routines: Mapping[str, Routine]
    screening: tuple[ScreeningQuestion, ...]
    texts: Texts
    # Typed symptom phrases for bot.domain.symptoms.detect_symptom (content/symptoms.toml).
    symptoms: SymptomPhrases

    @field_validator("exercises", "routines", mode="after")
    @classmethod
    def _read_only(cls, items: Mapping[str, object]) -> Mapping[str, object]:
        """Keep the order of the file and forbid changes after loading."""
        return MappingProxyType(dict(items))

    def routine_exercises(self, routine_id: str) -> tuple[Exercise, ...]:
        """The exercises of a routine in order; an unknown routine id raises KeyError."""
        return tuple(
            self.exercises[exercise_id] for exercise_id in self.routines[routine_id].exercises
        )

    def exercise_message(self, exercise: Exercise, index: int, total: int) -> str:
        """The message for one exercise of a session; index counts from 1."""
        return self.texts.render(
            TextKey.ROUTINE_EXERCISE,
            index=index,
            total=total,
            name=exercise.name,
            why=exercise.why,
            steps=exercise.numbered_steps(),
            dose=exercise.dose,
            safety=exercise.safety,
        )

    def gentler_message(self, exercise: Exercise) -> str:
        """The message offering the gentler variant after a mild "hurts"."""
        return self.texts.render(
            TextKey.ROUTINE_EXERCISE_GENTLER, name=exercise.name, gentler=exercise.gentler
        )
