"""Plain results the services hand to the handlers, which only render them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time
from enum import StrEnum

from bot.domain.routine import Phase, Status
from bot.domain.streaks import Streak
from bot.services.encouragement import Encouragement


class Note(StrEnum):
    """Something to tell the user before the next prompt."""

    RESUMED = "resumed"
    HURT_MILD = "hurt_mild"
    HURT_STRONG = "hurt_strong"
    HURT_LET_GO = "hurt_let_go"
    RED_FLAG = "red_flag"
    EMERGENCY = "emergency"
    RESCREEN = "rescreen"
    STALE = "stale"
    ALREADY_HANDLED = "already_handled"
    NOT_ONBOARDED = "not_onboarded"
    LOCKED = "locked"
    NO_SESSION = "no_session"
    CANCELLED = "cancelled"
    UNEXPECTED = "unexpected"
    # Another routine is paused: finish it, or start the one asked for (RoutineReply.choice)?
    CHOOSE = "choose"


@dataclass(frozen=True, slots=True)
class Prompt:
    """The question or exercise the user should see now, with what its buttons must carry."""

    session_id: int
    version: int
    routine_id: str
    phase: Phase
    step: int
    total: int
    exercise_id: str | None
    gentler: bool = False
    # Given gentler from the start because it hurt recently (not because the user said so now).
    softened: bool = False
    # The session's exercise ids, for the opening line's minutes and things to have at hand.
    plan: tuple[str, ...] = ()
    # The exercise's dose level in this session (0: the seed dose; bot/content/levels.py).
    level: int = 0


@dataclass(frozen=True, slots=True)
class Summary:
    """The end-of-session report."""

    routine_id: str
    status: Status
    done: int
    skipped: int
    hurt: int
    track_pain: bool
    pain_before: int | None
    pain_after: int | None
    counted: bool
    streak: Streak
    next_nudge_at: datetime | None
    timezone: str
    escalations: tuple[str, ...] = ()
    ask_about: tuple[str, ...] = ()
    session_id: int = 0
    total: int = 0
    # Praise, the weekly streak, "How did it feel?", the day's lesson and dose changes.
    extras: Encouragement = field(default_factory=Encouragement)


@dataclass(frozen=True, slots=True)
class RoutineReply:
    """A note, then either the next prompt or the summary."""

    note: Note | None = None
    prompt: Prompt | None = None
    summary: Summary | None = None
    exercise_id: str | None = None
    # With Note.LOCKED: what locked the routines (bot.domain.screening.LockCause).
    lock_cause: str | None = None
    # With Note.CHOOSE: the routine asked for, offered instead of the paused one in `prompt`.
    choice: str | None = None


@dataclass(frozen=True, slots=True)
class UserSettings:
    """What /settings shows."""

    timezone: str
    remind_at: time | None
    pain_consent: bool
    weekdays_only: bool = False
    next_nudge_at: datetime | None = None
    # Has a resistance band (None: never asked, treated as yes); ProfileService.set_band sets it.
    has_band: bool | None = None
