"""Plain records the storage ports take and return: values to compute with, not ORM objects.

A repository reads rows into these and writes them back from them, so a service never holds
something that changes the database behind its back, and a fake unit of work can store them
in memory.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime, time


@dataclass(frozen=True, slots=True)
class NewSession:
    """A routine session to store: everything but its id, which storage assigns."""

    user_id: int
    routine_id: str
    local_date: date
    status: str
    phase: str
    step: int
    total: int
    plan: str
    softened: str
    track_pain: bool
    gentler: bool
    hurt: str | None
    stopping: bool
    version: int
    counted: bool
    started_at: datetime
    updated_at: datetime
    finished_at: datetime | None
    # Each position's dose level, fixed at start like the plan ("0,2,0"; "" is all level 0).
    levels: str

    def stored_as(self, session_id: int, timezone: str) -> SessionSnapshot:
        """The session as read back once stored under this id, with its owner's time zone."""
        return SessionSnapshot(id=session_id, **asdict(self), timezone=timezone)


@dataclass(frozen=True, slots=True)
class SessionSnapshot(NewSession):
    """A routine session's row as read under its owner's lock: its columns, its id, and the
    owner's time zone."""

    id: int
    timezone: str


@dataclass(frozen=True, slots=True)
class NewExerciseResult:
    """One exercise's outcome in a session, as a step stores it."""

    session_id: int
    position: int
    exercise_id: str
    outcome: str
    gentler: bool
    hurt_level: str | None
    recorded_at: datetime


@dataclass(frozen=True, slots=True)
class NewPainRating:
    """A pain score given in a session: before or after its exercises."""

    session_id: int
    user_id: int
    kind: str
    score: int
    recorded_at: datetime


@dataclass(frozen=True, slots=True)
class OutcomeRow:
    """One exercise's recorded outcome in a session."""

    session_id: int
    exercise_id: str
    outcome: str
    hurt_level: str | None


@dataclass(frozen=True, slots=True)
class FinishedSession:
    """What a /history line shows of a finished session."""

    id: int
    routine_id: str
    local_date: date
    status: str


@dataclass(frozen=True, slots=True)
class RatedSession:
    """A finished session's day, whether it counted, and its pain before and after (if rated)."""

    id: int
    local_date: date
    counted: bool
    before: int | None
    after: int | None


@dataclass(frozen=True, slots=True)
class PauseDates:
    """A pause's first day and its last (None: until /resume)."""

    start_date: date
    end_date: date | None


@dataclass(slots=True)
class UserRecord:
    """A user's settings and onboarding state, as plain values.

    Services change these fields and hand the record back to `Users.save`, which stores what
    changed. Defaults are those of a new user.
    """

    id: int
    chat_id: int
    created_at: datetime
    updated_at: datetime
    timezone: str = "UTC"
    remind_at: time = time(9, 0)
    reminders_enabled: bool = True
    # Reminder days, a weekday mask (bot.domain.nudge_days): Monday to Friday, the 5-day goal's.
    nudge_days: int = 31
    weekly_goal: int = 5
    # None while reminders are off, the user blocked the bot, or is paused indefinitely.
    next_nudge_at: datetime | None = None
    pain_consent: bool | None = None
    screening_status: str = "pending"
    screening_index: int = 0
    lock_cause: str | None = None
    locked_at: datetime | None = None
    screened_at: datetime | None = None
    cleared_at: datetime | None = None
    onboarding_step: str = "screening"
    awaiting: str | None = None
    blocked: bool = False
    streak_current: int = 0
    streak_best: int = 0
    weekly_summary: bool = True
    next_weekly_at: datetime | None = None
    # The local date `streak_current` was computed for, so a nudge can tell it is stale.
    streak_day: date | None = None
    # Has a resistance band; None: not asked yet (users from before the question), as if yes.
    has_band: bool | None = None
    # A lesson after a finished session (/learn switches it); the local date of the last one.
    lessons_enabled: bool = True
    lesson_day: date | None = None
    # Issue 18: the language chosen with /language; None: Telegram's language_code decides.
    language: str | None = None
    # The language Telegram last reported ("de"), for jobs, which have no update to read it from.
    telegram_language: str | None = None


@dataclass(frozen=True, slots=True)
class PauseRecord:
    """A stored pause: its id, whose it is, and its first and last day (None: until /resume)."""

    id: int
    user_id: int
    start_date: date
    end_date: date | None


@dataclass(slots=True)
class NudgeRecord:
    """One reminder of one kind for one local day, and where its send stands."""

    user_id: int
    local_date: date
    kind: str
    status: str
    due_at: datetime
    attempts: int
    updated_at: datetime
    message_id: int | None = None
    id: int = 0  # 0 until stored


@dataclass(frozen=True, slots=True)
class NewNudge:
    """A nudge to store, claimed for sending or waiting: everything but its id."""

    user_id: int
    local_date: date
    kind: str
    status: str
    due_at: datetime
    attempts: int
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class NudgeOutcome:
    """Where a nudge stands after a send: its new status and the message it became, if any.

    `attempts` and `due_at` are None when the send leaves them as they are.
    """

    nudge_id: int
    status: str
    updated_at: datetime
    message_id: int | None
    attempts: int | None = None
    due_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class NextNudge:
    """When a user's next daily nudge is due (None: none is planned)."""

    user_id: int
    next_nudge_at: datetime | None


@dataclass(frozen=True, slots=True)
class NextWeekly:
    """When a user's next weekly summary is due (None: none is planned)."""

    user_id: int
    next_weekly_at: datetime | None


@dataclass(frozen=True, slots=True)
class UserBlocked:
    """A user who blocked the bot: nudged no more until they /start again."""

    user_id: int
    updated_at: datetime


# A change to a user's reminder schedule, stored by `Nudges.set_next_nudges`.
ScheduleChange = NextNudge | NextWeekly | UserBlocked


@dataclass(frozen=True, slots=True)
class LevelRecord:
    """A user's dose level of one exercise, and its last change (None: never changed)."""

    exercise_id: str
    level: int
    changed_on: date | None = None
    changed_at: datetime | None = None
    last_step: str | None = None


@dataclass(frozen=True, slots=True)
class LevelChangeRecord:
    """One change of a dose level: when, from which level to which, and why."""

    exercise_id: str
    from_level: int
    to_level: int
    reason: str
    local_date: date
    changed_at: datetime


@dataclass(frozen=True, slots=True)
class FeltSession:
    """A finished session as the dose rule reads it: when, and how it felt (if kept)."""

    id: int
    local_date: date
    finished_at: datetime
    feel: str | None
    counted: bool
    routine_id: str = ""
