"""The content as typed, immutable values the rest of the bot can rely on."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, Strict, field_validator
from pydantic_core import PydanticCustomError

from bot.content.ladders import (
    REPS_PLACEHOLDER,
    SETS_PLACEHOLDER,
    SLOW_REPS_PLACEHOLDER,
    TIMES_PLACEHOLDER,
    DoseLevel,
)
from bot.content.lessons import Lesson
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


HOLD_PLACEHOLDER = "{hold}"
_COUNT_WORDS = {
    SETS_PLACEHOLDER: TextKey.DOSE_SETS,
    REPS_PLACEHOLDER: TextKey.DOSE_REPS,
    SLOW_REPS_PLACEHOLDER: TextKey.DOSE_SLOW_REPS,
    TIMES_PLACEHOLDER: TextKey.DOSE_TIMES,
}
"""Where a dose says how long to hold; filled in from hold_seconds, so text and timer agree."""

SECONDS_PER_MINUTE = 60

HoldSeconds = Annotated[int, Strict(), Field(ge=0, le=MAX_TIMER_SECONDS)]


@dataclass(frozen=True, slots=True)
class HoldUnits:
    """The unit words after a hold's number, in the reader's language (units-* in texts.ftl)."""

    second: str = "s"
    minute: str = "min"


def format_hold(
    seconds: int, from_seconds: int | None = None, units: HoldUnits = HoldUnits()
) -> str:
    """A hold as the dose shows it: "20 s", "20–30 s", or "2 min" for whole minutes."""
    if from_seconds is not None:
        return f"{from_seconds}–{seconds} {units.second}"
    if seconds >= SECONDS_PER_MINUTE and seconds % SECONDS_PER_MINUTE == 0:
        return f"{seconds // SECONDS_PER_MINUTE} {units.minute}"
    return f"{seconds} {units.second}"


class Dosed(_Content):
    """A way of doing an exercise with its own dose; a timed one gets the ▶ Timer button.

    `dose` writes {hold} where the hold goes, so the dose can never say 10 s while the timer
    counts 20 (bot/content/doses.py checks this at start-up).
    """

    dose: Text
    hold_seconds: HoldSeconds
    # Set for a range such as "hold 20–30 s": the timer counts to hold_seconds, the end of it.
    hold_from_seconds: Annotated[int, Strict(), Field(ge=1, le=MAX_TIMER_SECONDS)] | None = None
    # The dose as numbers, for the ▶ Timer's sequence and the routine's "about N minutes":
    # each side or position held in turn ("Left side", "Right side"), `rounds` times over,
    # with `rest_seconds` between rounds; or, untimed, `sets` × `reps` (bot/content/plans.py).
    sides: tuple[ShortText, ...] = ()
    rounds: Annotated[int, Strict(), Field(ge=1, le=10)] = 1
    rest_seconds: Annotated[int, Strict(), Field(ge=0, le=120)] = 0
    sets: Annotated[int, Strict(), Field(ge=1, le=10)] = 1
    reps: Annotated[int, Strict(), Field(ge=0, le=50)] = 0

    @property
    def is_timed(self) -> bool:
        """Timed holds get a countdown Timer button."""
        return self.hold_seconds > 0

    def dose_text(self, units: HoldUnits = HoldUnits()) -> str:
        """The dose as the user reads it, with {hold} filled in from the hold fields."""
        if not self.is_timed:
            return self.dose
        return self.dose.replace(
            HOLD_PLACEHOLDER, format_hold(self.hold_seconds, self.hold_from_seconds, units)
        )


class Gentler(Dosed):
    """The gentler version offered after a mild "hurts", or given when it hurt recently."""

    text: Text
    # Only when the exercise's own safety line does not fit this version (e.g. no band used).
    safety: Text | None = None


class Exercise(Dosed):
    """One home exercise, rewritten from the source article into short, safe steps."""

    id: Identifier
    name: ShortText
    why: Text
    steps: Annotated[tuple[Text, ...], Field(min_length=3, max_length=6)]
    safety: Text
    gentler: Gentler
    # The dose ladder, easiest first; level[0] is the dose above (bot/content/levels.py).
    level: tuple[DoseLevel, ...] = ()
    # What the person needs at hand, for the routine's opening line ("a sturdy chair").
    needs: tuple[ShortText, ...] = ()
    # The exercise done instead by someone without a resistance band.
    without_band: Identifier | None = None

    @property
    def gentler_safety(self) -> str:
        """The safety line shown with the gentler version: its own, or the exercise's."""
        return self.gentler.safety or self.safety

    def version(self, *, gentler: bool) -> Dosed:
        """The version on screen: its dose and hold drive the message and the timer."""
        return self.gentler if gentler else self

    def numbered_steps(self) -> str:
        """Steps as "1. ..." lines, the shape the routine.exercise text expects."""
        return "\n".join(f"{number}. {step}" for number, step in enumerate(self.steps, start=1))


class Routine(_Content):
    """A named, ordered list of exercises the user walks through in one session."""

    id: Identifier
    title: ShortText
    exercises: Annotated[tuple[Identifier, ...], Field(min_length=1)]
    # How a choice between routines names this one: "Finish … or start the 2-minute one?".
    called: ShortText = "a new one"
    # Doses of this routine that differ from the exercise's own (the 2-minute version's).
    doses: Mapping[Identifier, Dosed] = Field(default_factory=dict)


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
    # Short lessons in teaching order (content/lessons.toml, bot/content/lessons.py).
    lessons: tuple[Lesson, ...] = ()
    # Issue 18: number words typed as pain ratings, word -> value (numbers.toml).
    numbers: Mapping[str, int] = Field(default_factory=lambda: MappingProxyType({}))
    # Issue 18: the command menu's descriptions, name -> text (command-* in texts.ftl).
    commands: Mapping[str, str] = Field(default_factory=lambda: MappingProxyType({}))

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

    @property
    def hold_units(self) -> HoldUnits:
        """ "s" and "min" in this catalog's language."""
        return HoldUnits(
            self.texts.render(TextKey.UNITS_SECOND), self.texts.render(TextKey.UNITS_MINUTE)
        )

    def count_words(self, placeholder: str, count: str) -> str:
        """A dose level's count with its noun in this catalog's language: "3 подхода"."""
        return self.texts.render(_COUNT_WORDS[placeholder], count=count)

    def exercise_message(
        self, exercise: Exercise, index: int, total: int, dose: Dosed | None = None
    ) -> str:
        """The message for one exercise of a session; index counts from 1.

        `dose`: the routine's own dose of it (bot/content/plans.py:dose_in), if it has one.
        """
        return self.texts.render(
            TextKey.ROUTINE_EXERCISE,
            index=index,
            total=total,
            name=exercise.name,
            why=exercise.why,
            steps=exercise.numbered_steps(),
            dose=(dose or exercise).dose_text(self.hold_units),
            safety=exercise.safety,
        )

    def gentler_message(self, exercise: Exercise) -> str:
        """The gentler version with its own dose, after a mild "hurts" or when it hurt recently."""
        return self.texts.render(
            TextKey.ROUTINE_EXERCISE_GENTLER,
            name=exercise.name,
            gentler=exercise.gentler.text,
            dose=exercise.gentler.dose_text(self.hold_units),
            safety=exercise.gentler_safety,
        )
