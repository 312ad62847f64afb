"""What a button press means: one frozen dataclass per kind of inline button."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from bot.domain.progression import Feel
from bot.domain.routine import Action, HurtLevel


@dataclass(frozen=True, slots=True)
class ExercisePress:
    """An exercise or hurt-level button of a session at a given version."""

    session_id: int
    version: int
    choice: Action | HurtLevel


@dataclass(frozen=True, slots=True)
class PainPress:
    """A 0–10 button."""

    session_id: int
    version: int
    score: int


@dataclass(frozen=True, slots=True)
class TimerPress:
    """Start the countdown for the exercise shown at that version."""

    session_id: int
    version: int


@dataclass(frozen=True, slots=True)
class ScreenToggle:
    """Tick or untick checklist item `index`; `mask` is what the checklist showed."""

    mask: int
    index: int


@dataclass(frozen=True, slots=True)
class ScreenDone:
    """Confirm the checklist as `mask` shows it; 0 is "none of these"."""

    mask: int


@dataclass(frozen=True, slots=True)
class ClearedPress:
    """First unlock step: 'a professional has checked me'; asks to confirm."""


@dataclass(frozen=True, slots=True)
class UnlockConfirm:
    """Second unlock step, bound to the lock it answers; None is "not yet"."""

    lock_stamp: int | None


@dataclass(frozen=True, slots=True)
class ForgetHealthPress:
    """Delete the health answers kept so far (offered when consent is withdrawn)."""


@dataclass(frozen=True, slots=True)
class PausePress:
    """Pause reminders until /resume (offered with pain escalation advice)."""


@dataclass(frozen=True, slots=True)
class ConsentPress:
    """Store pain ratings, or not."""

    consent: bool


@dataclass(frozen=True, slots=True)
class ZonePress:
    """A common time zone button."""

    zone: str


@dataclass(frozen=True, slots=True)
class RemindPress:
    """A reminder time button; None turns reminders off."""

    at: time | None


@dataclass(frozen=True, slots=True)
class SettingsPress:
    """Change one setting from /settings."""

    field: str


@dataclass(frozen=True, slots=True)
class StartPress:
    """Start a routine from a button."""

    routine_id: str


@dataclass(frozen=True, slots=True)
class SnoozePress:
    """Snooze the nudge of that local day by an hour."""

    day: date


@dataclass(frozen=True, slots=True)
class SkipTodayPress:
    """No more nudges on that local day."""

    day: date


@dataclass(frozen=True, slots=True)
class KeepDropPress:
    """Keep or drop an exercise the user keeps skipping."""

    exercise_id: str
    keep: bool


@dataclass(frozen=True, slots=True)
class ProgressRangePress:
    """Chart window in days; None is all time."""

    days: int | None


@dataclass(frozen=True, slots=True)
class HistoryPagePress:
    """A page of /history, 0 the newest."""

    page: int


@dataclass(frozen=True, slots=True)
class DeletePress:
    """Confirm or cancel /delete."""

    confirm: bool


@dataclass(frozen=True, slots=True)
class FeelPress:
    """The answer to "How did it feel?" for a finished session; None is skip."""

    session_id: int
    feel: Feel | None


@dataclass(frozen=True, slots=True)
class LessonPress:
    """Read one lesson from /learn."""

    lesson_id: str


@dataclass(frozen=True, slots=True)
class LessonsSwitchPress:
    """Lessons after sessions on or off."""

    enabled: bool


@dataclass(frozen=True, slots=True)
class ResetLevelsPress:
    """Every exercise back to its first dose."""


CallbackData = (
    ExercisePress | PainPress | TimerPress | ScreenToggle | ScreenDone | ClearedPress
    | UnlockConfirm | PausePress | ForgetHealthPress | ConsentPress
    | ZonePress | RemindPress | SettingsPress | StartPress | SnoozePress | SkipTodayPress
    | KeepDropPress | ProgressRangePress | HistoryPagePress | DeletePress
    | FeelPress | LessonPress | LessonsSwitchPress | ResetLevelsPress
)  # fmt: skip
