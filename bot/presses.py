"""What a button press means: one frozen dataclass per kind of inline button."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from bot.domain.progression import Feel
from bot.domain.psfs import PsfsAction
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
class ErasePress:
    """Yes, erase everything: valid only with the one-time nonce its /delete question stored."""

    nonce: str


@dataclass(frozen=True, slots=True)
class ProgressWindowPress:
    """A /progress range button that edits the report in place; days None is all time."""

    days: int | None


@dataclass(frozen=True, slots=True)
class PsfsOfferPress:
    """Start the function check now, or not now (offered after a finished session)."""

    start: bool


@dataclass(frozen=True, slots=True)
class PsfsPress:
    """A button of an open function check at a version: what it does, and its number (a
    suggestion's index, a 0-10 score or a slot; 0 when unused)."""

    check_id: int
    version: int
    action: PsfsAction
    value: int


@dataclass(frozen=True, slots=True)
class ReportRangePress:
    """The clinician report for the last `days` days; None is all time."""

    days: int | None


@dataclass(frozen=True, slots=True)
class GoalPress:
    """The weekly goal asked at onboarding: 3, 5 or 7 days a week."""

    days: int


@dataclass(frozen=True, slots=True)
class PrefPress:
    """A button of the /settings screen: which setting (`name`) and the value it sets.

    Values are absolute ("rem:n" turns reminders off, "days:31" sets Monday to Friday), so a
    double tap or an old copy of the screen never flips a setting back.
    """

    name: str
    value: str


@dataclass(frozen=True, slots=True)
class SwitchRoutinePress:
    """Leave the paused session `paused_id` and start `routine_id` instead."""

    routine_id: str
    paused_id: int


@dataclass(frozen=True, slots=True)
class BandPress:
    """Whether the user has a resistance band."""

    has_band: bool


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
    | ErasePress | ProgressWindowPress
    | GoalPress | PrefPress
    | PsfsOfferPress | PsfsPress | ReportRangePress
    | SwitchRoutinePress | BandPress
    | FeelPress | LessonPress | LessonsSwitchPress | ResetLevelsPress
)  # fmt: skip
