"""One step of an exercise's dose ladder, as written under [[exercise.level]] in exercises.toml.

A level keeps its numbers in fields (sets, reps, hold) and its words in a `dose` template, so
that the text can never say one number while the ▶ Timer or the progression uses another:
- {sets} is filled in from `sets`, and {reps}, {slow_reps} or {times} (whichever the words
  need) from `reps` ("2–3" when `reps_from` is set), each as the number with its noun in the
  reader's language ("3 подхода", "12 slow reps", "2–3 Durchgänge"): the dose-* Fluent
  messages, so the plural form follows CLDR whatever the number (`CountWords`);
- {band} from `band`, a suggestion of a stronger resistance band, in words;
- {hold} is left for the exercise's usual hold formatting, from `hold` (and `hold_from` for
  a range), in seconds, exactly as hold_seconds and hold_from_seconds in an exercise's dose.
  (Shorter names than the exercise's, so the levels read as steps rather than doses.)
No digit may be typed in the template (bot/content/levels.py checks this at start-up).

This module imports nothing else from bot.content, so models.py can use DoseLevel freely.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, Strict

MAX_SETS = 10
MAX_REPS = 50
MAX_HOLD_SECONDS = 600
"""The same ceiling as the exercise's own timer (models.MAX_TIMER_SECONDS)."""

SETS_PLACEHOLDER = "{sets}"
REPS_PLACEHOLDER = "{reps}"
SLOW_REPS_PLACEHOLDER = "{slow_reps}"
TIMES_PLACEHOLDER = "{times}"
REPS_PLACEHOLDERS = (REPS_PLACEHOLDER, SLOW_REPS_PLACEHOLDER, TIMES_PLACEHOLDER)
"""The ways a dose can count its reps: "12 reps", "12 slow reps", "3 times"."""
BAND_PLACEHOLDER = "{band}"

CountWords = Callable[[str, str], str]
"""(placeholder, count) -> the count with its noun: ("{sets}", "3") -> "3 sets"."""

_Words = Annotated[str, Strict(), Field(min_length=1, max_length=200, pattern=r"\S")]


class DoseLevel(BaseModel):
    """How much of an exercise to do at one level; level 0 is the seed article's dose."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    dose: _Words
    sets: Annotated[int, Strict(), Field(ge=1, le=MAX_SETS)] = 1
    reps: Annotated[int, Strict(), Field(ge=1, le=MAX_REPS)] | None = None
    # Set for a range such as "2–3 times": the lower end; `reps` is the upper end.
    reps_from: Annotated[int, Strict(), Field(ge=1, le=MAX_REPS)] | None = None
    # Seconds, as the exercise's hold_seconds and hold_from_seconds: 0 means no timed hold.
    hold: Annotated[int, Strict(), Field(ge=0, le=MAX_HOLD_SECONDS)] = 0
    hold_from: Annotated[int, Strict(), Field(ge=1, le=MAX_HOLD_SECONDS)] | None = None
    band: _Words | None = None

    def reps_text(self) -> str:
        """Reps as the dose reads them: "12", or "2–3" for a range; empty when not counted."""
        if self.reps is None:
            return ""
        if self.reps_from is None:
            return str(self.reps)
        return f"{self.reps_from}–{self.reps}"

    def dose_template(self, words: CountWords) -> str:
        """The dose with sets, reps and band filled in and {hold} still in place."""
        dose = self.dose.replace(BAND_PLACEHOLDER, self.band or "")
        if SETS_PLACEHOLDER in dose:
            dose = dose.replace(SETS_PLACEHOLDER, words(SETS_PLACEHOLDER, str(self.sets)))
        for placeholder in REPS_PLACEHOLDERS:
            if placeholder in dose:
                dose = dose.replace(placeholder, words(placeholder, self.reps_text()))
        return dose

    def effort(self) -> tuple[int, int, int, int, int]:
        """(sets, total reps from, total reps to, hold from, hold to), to compare levels.

        Reps count over all sets, so 3 × 10 asks for more than 2 × 12: adding a set and
        restarting at fewer reps is the usual step.
        """
        reps = self.reps or 0
        total_from = self.sets * (self.reps_from or reps)
        return (self.sets, total_from, self.sets * reps, self.hold_from or self.hold, self.hold)
