"""The callback data codec: short prefixed strings, strictly parsed, since clients can forge them.

Every kind of press is one row of `CODECS`: its prefix, a regular expression for the fields after
`prefix:`, how to build the press from the matched fields, and how to write the fields back. Buttons
already sitting in people's chats keep working as long as a row keeps accepting what it wrote.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time
from typing import Any, Generic, TypeVar

from bot.domain.progression import Feel
from bot.domain.psfs import PsfsAction
from bot.domain.routine import Action, HurtLevel
from bot.presses import (
    BandPress,
    CallbackData,
    ClearedPress,
    ConsentPress,
    DeletePress,
    ErasePress,
    ExercisePress,
    FeelPress,
    ForgetHealthPress,
    GoalPress,
    HistoryPagePress,
    KeepDropPress,
    LessonPress,
    LessonsSwitchPress,
    PainPress,
    PausePress,
    PrefPress,
    ProgressRangePress,
    ProgressWindowPress,
    PsfsOfferPress,
    PsfsPress,
    RemindPress,
    ReportRangePress,
    ResetLevelsPress,
    ScreenDone,
    ScreenToggle,
    SettingsPress,
    SkipTodayPress,
    SnoozePress,
    StartPress,
    SwitchRoutinePress,
    TimerPress,
    UnlockConfirm,
    ZonePress,
)

MAX_CALLBACK_BYTES = 64


P = TypeVar("P", bound=CallbackData)
Fields = tuple[str, ...]

_INT = r"(0|[1-9][0-9]{0,17})"
_DAY = r"(20[0-9]{2})([01][0-9])([0-3][0-9])"
_ID = r"([a-z][a-z0-9_]{0,23})"
_ZONE = r"([A-Za-z0-9_+\-/]{1,48})"


@dataclass(frozen=True, slots=True)
class Codec(Generic[P]):
    """One kind of press: `prefix` alone, or `prefix:fields` where `fields` must match in full."""

    prefix: str
    kind: type[P]
    fields: str | None
    parse: Callable[[Fields], P | None]
    encode: Callable[[P], str]

    def read(self, rest: str | None) -> P | None:
        """The press if `rest` (the text after `prefix:`, None without a colon) is valid."""
        if self.fields is None:
            return self.parse(()) if rest is None else None
        match = None if rest is None else re.fullmatch(self.fields, rest)
        return None if match is None else self.parse(match.groups())

    def write(self, data: P) -> str:
        """The callback string of `data`."""
        return self.prefix if self.fields is None else f"{self.prefix}:{self.encode(data)}"


def _choice(name: str) -> Action | HurtLevel:
    """Exercise buttons and hurt-level buttons share the `r:` prefix."""
    return Action(name) if name in {action.value for action in Action} else HurtLevel(name)


def _day(groups: Fields) -> date | None:
    """A calendar date from year, month and day groups; None for 2026-02-31 and the like."""
    try:
        return date(int(groups[0]), int(groups[1]), int(groups[2]))
    except ValueError:
        return None


def _snooze(groups: Fields) -> SnoozePress | None:
    """A snooze for a real calendar day."""
    day = _day(groups)
    return None if day is None else SnoozePress(day)


def _skip(groups: Fields) -> SkipTodayPress | None:
    """A skip for a real calendar day."""
    day = _day(groups)
    return None if day is None else SkipTodayPress(day)


def _yn(flag: bool) -> str:
    """Yes/no buttons write y or n."""
    return "y" if flag else "n"


CODECS: tuple[Codec[Any], ...] = (
    Codec(
        "r",
        ExercisePress,
        rf"{_INT}:{_INT}:(done|skip|hurts|stop|mild|strong|sharp|urgent)",
        lambda g: ExercisePress(int(g[0]), int(g[1]), _choice(g[2])),
        lambda d: f"{d.session_id}:{d.version}:{d.choice.value}",
    ),
    Codec(
        "p",
        PainPress,
        rf"{_INT}:{_INT}:(10|[0-9])",
        lambda g: PainPress(int(g[0]), int(g[1]), int(g[2])),
        lambda d: f"{d.session_id}:{d.version}:{d.score}",
    ),
    Codec(
        "t",
        TimerPress,
        rf"{_INT}:{_INT}",
        lambda g: TimerPress(int(g[0]), int(g[1])),
        lambda d: f"{d.session_id}:{d.version}",
    ),
    Codec(
        "sc",
        ScreenToggle,
        r"([0-9a-f]{4}):(1[0-5]|[0-9])",
        lambda g: ScreenToggle(int(g[0], 16), int(g[1])),
        lambda d: f"{d.mask:04x}:{d.index}",
    ),
    Codec(
        "sc",
        ScreenDone,
        r"([0-9a-f]{4}):ok",
        lambda g: ScreenDone(int(g[0], 16)),
        lambda d: f"{d.mask:04x}:ok",
    ),
    Codec("ok", ClearedPress, None, lambda _: ClearedPress(), lambda _: ""),
    Codec(
        "ul",
        UnlockConfirm,
        rf"(no|{_INT})",
        lambda g: UnlockConfirm(None if g[0] == "no" else int(g[0])),
        lambda d: "no" if d.lock_stamp is None else str(d.lock_stamp),
    ),
    Codec("pz", PausePress, None, lambda _: PausePress(), lambda _: ""),
    Codec("fh", ForgetHealthPress, None, lambda _: ForgetHealthPress(), lambda _: ""),
    Codec(
        "c", ConsentPress, "(y|n)", lambda g: ConsentPress(g[0] == "y"), lambda d: _yn(d.consent)
    ),
    Codec(
        "tz", ZonePress, r"([A-Za-z0-9_+\-/]{1,48})", lambda g: ZonePress(g[0]), lambda d: d.zone
    ),
    Codec(
        "rm",
        RemindPress,
        r"(off|([01][0-9]|2[0-3])([0-5][0-9]))",
        lambda g: RemindPress(None if g[0] == "off" else time(int(g[1]), int(g[2]))),
        lambda d: "off" if d.at is None else f"{d.at:%H%M}",
    ),
    Codec(
        "set",
        SettingsPress,
        "(tz|rm|restore|weekly)",
        lambda g: SettingsPress(g[0]),
        lambda d: d.field,
    ),
    Codec(
        "kd",
        KeepDropPress,
        rf"{_ID}:(k|d)",
        lambda g: KeepDropPress(g[0], g[1] == "k"),
        lambda d: f"{d.exercise_id}:{'k' if d.keep else 'd'}",
    ),
    Codec(
        "pg",
        ProgressRangePress,
        "(30|90|all)",
        lambda g: ProgressRangePress(None if g[0] == "all" else int(g[0])),
        lambda d: "all" if d.days is None else str(d.days),
    ),
    Codec(
        "hs",
        HistoryPagePress,
        "([0-9]{1,4})",
        lambda g: HistoryPagePress(int(g[0])),
        lambda d: str(d.page),
    ),
    Codec(
        "del", DeletePress, "(y|n)", lambda g: DeletePress(g[0] == "y"), lambda d: _yn(d.confirm)
    ),
    Codec("go", StartPress, _ID, lambda g: StartPress(g[0]), lambda d: d.routine_id),
    Codec("snz", SnoozePress, _DAY, _snooze, lambda d: f"{d.day:%Y%m%d}"),
    Codec("skp", SkipTodayPress, _DAY, _skip, lambda d: f"{d.day:%Y%m%d}"),
    Codec("er", ErasePress, "([0-9a-f]{16})", lambda g: ErasePress(g[0]), lambda d: d.nonce),
    Codec(
        "pw",
        ProgressWindowPress,
        "(30|90|all)",
        lambda g: ProgressWindowPress(None if g[0] == "all" else int(g[0])),
        lambda d: "all" if d.days is None else str(d.days),
    ),
    Codec("gl", GoalPress, "(3|5|7)", lambda g: GoalPress(int(g[0])), lambda d: str(d.days)),
    Codec(
        "pf",
        PrefPress,
        r"([a-z]{1,8}):([A-Za-z0-9_+\-/]{1,48})",
        lambda g: PrefPress(g[0], g[1]),
        lambda d: f"{d.name}:{d.value}",
    ),
    Codec(
        "fo", PsfsOfferPress, "(y|n)", lambda g: PsfsOfferPress(g[0] == "y"), lambda d: _yn(d.start)
    ),
    Codec(
        "fn",
        PsfsPress,
        rf"{_INT}:{_INT}:({'|'.join(PsfsAction)}):(10|[0-9])",
        lambda g: PsfsPress(int(g[0]), int(g[1]), PsfsAction(g[2]), int(g[3])),
        lambda d: f"{d.check_id}:{d.version}:{d.action.value}:{d.value}",
    ),
    Codec(
        "rp",
        ReportRangePress,
        "(28|84|all)",
        lambda g: ReportRangePress(None if g[0] == "all" else int(g[0])),
        lambda d: "all" if d.days is None else str(d.days),
    ),
    Codec(
        "sw",
        SwitchRoutinePress,
        rf"{_ID}:{_INT}",
        lambda g: SwitchRoutinePress(g[0], int(g[1])),
        lambda d: f"{d.routine_id}:{d.paused_id}",
    ),
    Codec("bd", BandPress, "(y|n)", lambda g: BandPress(g[0] == "y"), lambda d: _yn(d.has_band)),
    Codec(
        "fl",
        FeelPress,
        rf"{_INT}:(easy|just_right|hard|painful|skip)",
        lambda g: FeelPress(int(g[0]), None if g[1] == "skip" else Feel(g[1])),
        lambda d: f"{d.session_id}:{'skip' if d.feel is None else d.feel.value}",
    ),
    Codec("lsn", LessonPress, _ID, lambda g: LessonPress(g[0]), lambda d: d.lesson_id),
    Codec(
        "lso",
        LessonsSwitchPress,
        "(y|n)",
        lambda g: LessonsSwitchPress(g[0] == "y"),
        lambda d: _yn(d.enabled),
    ),
    Codec("lvr", ResetLevelsPress, None, lambda _: ResetLevelsPress(), lambda _: ""),
)

_BY_PREFIX: dict[str, list[Codec[Any]]] = {}
for _codec in CODECS:
    _BY_PREFIX.setdefault(_codec.prefix, []).append(_codec)
_BY_KIND: dict[type[Any], Codec[Any]] = {codec.kind: codec for codec in CODECS}


def parse(data: str | None) -> CallbackData | None:
    """Decode callback data; anything malformed, over-long or unknown gives None."""
    if not data or len(data.encode()) > MAX_CALLBACK_BYTES:
        return None
    prefix, colon, rest = data.partition(":")
    for codec in _BY_PREFIX.get(prefix, ()):
        press: CallbackData | None = codec.read(rest if colon else None)
        if press is not None:
            return press
    return None


def encode(data: CallbackData) -> str:
    """Encode callback data; the result always parses back to the same value."""
    text = _BY_KIND[type(data)].write(data)
    if len(text.encode()) > MAX_CALLBACK_BYTES:
        raise ValueError(f"callback data too long: {text!r}")
    return text
