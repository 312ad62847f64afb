"""Plain records of the function check (PSFS) and the clinician report, as their ports speak.

Kept apart from bot/services/records.py so each module stays short; same rules: values to
compute with, never ORM objects.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class PsfsActivityRecord:
    """An activity named for the function check; `retired` once swapped for another."""

    id: int
    position: int
    name: str
    retired: bool


@dataclass(slots=True)
class PsfsCheckRecord:
    """One function check and where its conversation stands (id 0 until stored)."""

    user_id: int
    local_date: date
    status: str
    phase: str
    slot: int
    version: int
    updated_at: datetime
    id: int = 0


@dataclass(frozen=True, slots=True)
class PsfsScoreRecord:
    """One activity's score at one check, dated by the check's local day."""

    check_id: int
    activity_id: int
    local_date: date
    score: int


@dataclass(frozen=True, slots=True)
class ReportSession:
    """A finished session as the clinician report counts it."""

    id: int
    local_date: date
    routine_id: str
    status: str
    counted: bool
    before: int | None
    after: int | None


@dataclass(frozen=True, slots=True)
class ReportStep:
    """One recorded exercise outcome inside the report's period."""

    exercise_id: str
    outcome: str
    gentler: bool
    hurt_level: str | None


@dataclass(frozen=True, slots=True)
class ReportEvent:
    """A stored safety event: when, and its reason code (never any typed words)."""

    created_at: datetime
    reason: str
