"""Callback data codec: short prefixed strings, strictly parsed, since clients can forge them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from bot.domain.routine import Action, HurtLevel

MAX_CALLBACK_BYTES = 64
_INT = r"(0|[1-9][0-9]{0,17})"
_PATTERNS = {
    "r": re.compile(rf"r:{_INT}:{_INT}:(done|skip|hurts|stop|mild|strong|sharp|urgent)"),
    "p": re.compile(rf"p:{_INT}:{_INT}:(10|[0-9])"),
    "t": re.compile(rf"t:{_INT}:{_INT}"),
    "sc": re.compile(r"sc:([0-9a-f]{4}):(ok|1[0-5]|[0-9])"),
    "ok": re.compile(r"ok"),
    "ul": re.compile(rf"ul:(no|{_INT})"),
    "pz": re.compile(r"pz"),
    "fh": re.compile(r"fh"),
    "c": re.compile(r"c:(y|n)"),
    "tz": re.compile(r"tz:([A-Za-z0-9_+\-/]{1,48})"),
    "rm": re.compile(r"rm:(off|([01][0-9]|2[0-3])([0-5][0-9]))"),
    "set": re.compile(r"set:(tz|rm|restore|weekly)"),
    "kd": re.compile(r"kd:([a-z][a-z0-9_]{0,23}):(k|d)"),
    "pg": re.compile(r"pg:(30|90|all)"),
    "hs": re.compile(r"hs:([0-9]{1,4})"),
    "del": re.compile(r"del:(y|n)"),
    "go": re.compile(r"go:([a-z][a-z0-9_]{0,23})"),
    "snz": re.compile(r"snz:(20[0-9]{2})([01][0-9])([0-3][0-9])"),
    "skp": re.compile(r"skp:(20[0-9]{2})([01][0-9])([0-3][0-9])"),
}


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


CallbackData = (
    ExercisePress | PainPress | TimerPress | ScreenToggle | ScreenDone | ClearedPress
    | UnlockConfirm | PausePress | ForgetHealthPress | ConsentPress
    | ZonePress | RemindPress | SettingsPress | StartPress | SnoozePress | SkipTodayPress
    | KeepDropPress | ProgressRangePress | HistoryPagePress | DeletePress
)  # fmt: skip


def parse(data: str | None) -> CallbackData | None:
    """Decode callback data; anything malformed, over-long or unknown gives None."""
    if not data or len(data.encode()) > MAX_CALLBACK_BYTES:
        return None
    pattern = _PATTERNS.get(data.split(":", 1)[0])
    match = None if pattern is None else pattern.fullmatch(data)
    if match is None:
        return None
    groups = match.groups()
    match data.split(":", 1)[0]:
        case "r":
            return ExercisePress(int(groups[0]), int(groups[1]), _choice(groups[2]))
        case "p":
            return PainPress(int(groups[0]), int(groups[1]), int(groups[2]))
        case "t":
            return TimerPress(int(groups[0]), int(groups[1]))
        case "sc":
            mask = int(groups[0], 16)
            return ScreenDone(mask) if groups[1] == "ok" else ScreenToggle(mask, int(groups[1]))
        case "ok":
            return ClearedPress()
        case "ul":
            return UnlockConfirm(None if groups[0] == "no" else int(groups[0]))
        case "pz":
            return PausePress()
        case "fh":
            return ForgetHealthPress()
        case "c":
            return ConsentPress(groups[0] == "y")
        case "tz":
            return ZonePress(groups[0])
        case "rm":
            at = None if groups[0] == "off" else time(int(groups[1]), int(groups[2]))
            return RemindPress(at)
        case "set":
            return SettingsPress(groups[0])
        case "kd":
            return KeepDropPress(groups[0], groups[1] == "k")
        case "pg":
            return ProgressRangePress(None if groups[0] == "all" else int(groups[0]))
        case "hs":
            return HistoryPagePress(int(groups[0]))
        case "del":
            return DeletePress(groups[0] == "y")
        case "snz" | "skp":
            day = _date(groups)
            if day is None:
                return None
            return SnoozePress(day) if data.startswith("snz") else SkipTodayPress(day)
        case _:
            return StartPress(groups[0])


def _date(groups: tuple[str | Any, ...]) -> date | None:
    """A calendar date from year, month and day groups; None for 2026-02-31 and the like."""
    try:
        return date(int(groups[0]), int(groups[1]), int(groups[2]))
    except ValueError:
        return None


def _choice(name: str) -> Action | HurtLevel:
    """Exercise buttons and hurt-level buttons share the `r:` prefix."""
    return Action(name) if name in {action.value for action in Action} else HurtLevel(name)


def encode(data: CallbackData) -> str:
    """Encode callback data; the result always parses back to the same value."""
    match data:
        case ExercisePress(session_id, version, choice):
            text = f"r:{session_id}:{version}:{choice.value}"
        case PainPress(session_id, version, score):
            text = f"p:{session_id}:{version}:{score}"
        case TimerPress(session_id, version):
            text = f"t:{session_id}:{version}"
        case ScreenToggle(mask, index):
            text = f"sc:{mask:04x}:{index}"
        case ScreenDone(mask):
            text = f"sc:{mask:04x}:ok"
        case ClearedPress():
            text = "ok"
        case UnlockConfirm(stamp):
            text = f"ul:{'no' if stamp is None else stamp}"
        case PausePress():
            text = "pz"
        case ForgetHealthPress():
            text = "fh"
        case ConsentPress(consent):
            text = f"c:{'y' if consent else 'n'}"
        case ZonePress(zone):
            text = f"tz:{zone}"
        case RemindPress(at):
            text = "rm:off" if at is None else f"rm:{at:%H%M}"
        case SettingsPress(field):
            text = f"set:{field}"
        case StartPress(routine_id):
            text = f"go:{routine_id}"
        case SnoozePress(day):
            text = f"snz:{day:%Y%m%d}"
        case KeepDropPress(exercise_id, keep):
            text = f"kd:{exercise_id}:{'k' if keep else 'd'}"
        case ProgressRangePress(days):
            text = f"pg:{'all' if days is None else days}"
        case HistoryPagePress(page):
            text = f"hs:{page}"
        case DeletePress(confirm):
            text = f"del:{'y' if confirm else 'n'}"
        case SkipTodayPress(day):
            text = f"skp:{day:%Y%m%d}"
    if len(text.encode()) > MAX_CALLBACK_BYTES:
        raise ValueError(f"callback data too long: {text!r}")
    return text
