"""Plain records the storage ports take and return: values to compute with, not ORM objects.

A repository reads rows into these and writes them back from them, so a service never holds
something that changes the database behind its back, and a fake unit of work can store them
in memory.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class SessionSnapshot:
    """A routine session's row as read under its owner's lock, with the owner's time zone."""

    id: int
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
    timezone: str


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
