"""Red-flag screening and the safety lock: which answers lock routines, and what unlocks them.

The screen is one checklist. Its ticks travel in the buttons' callback data as a bit mask (bit i
= item i), so toggling an item needs no storage and a stale keyboard can only confirm exactly
what it shows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from enum import StrEnum

# The mask is 16 bits wide: four hex digits in the callback data.
MAX_SCREENING_ITEMS = 16
# People are screened again after this long, and after a pain escalation.
RESCREEN_AFTER = timedelta(weeks=12)


class Severity(StrEnum):
    """How serious a ticked screening item is."""

    URGENT = "urgent"
    DOCTOR = "doctor"


class ScreeningStatus(StrEnum):
    """The user's screening state, stored on the user."""

    PENDING = "pending"
    CLEAR = "clear"
    SEE_DOCTOR = "see_doctor"
    URGENT = "urgent"
    CLEARED = "cleared"


class LockCause(StrEnum):
    """What locked the routines, named in the lock message."""

    SCREENING = "screening"
    IN_SESSION = "in_session"
    TYPED = "typed"


def status_after_screen(severities: Iterable[Severity]) -> ScreeningStatus:
    """The status after a checklist: urgent outranks doctor, nothing ticked is clear."""
    ticked = set(severities)
    if Severity.URGENT in ticked:
        return ScreeningStatus.URGENT
    if Severity.DOCTOR in ticked:
        return ScreeningStatus.SEE_DOCTOR
    return ScreeningStatus.CLEAR


def routines_unlocked(status: ScreeningStatus) -> bool:
    """Open routines only with no red flags, or once a professional has cleared the user."""
    return status in (ScreeningStatus.CLEAR, ScreeningStatus.CLEARED)


def is_locked(status: ScreeningStatus) -> bool:
    """A red flag was raised and nobody has cleared it yet."""
    return status in (ScreeningStatus.URGENT, ScreeningStatus.SEE_DOCTOR)


def rescreen_due(screened_at: datetime | None, now: datetime) -> bool:
    """A new screen is due when none is on record or the last one is 12 weeks old."""
    return screened_at is None or now - screened_at >= RESCREEN_AFTER


def toggled(mask: int, index: int) -> int:
    """The mask with item `index` ticked or unticked."""
    if not 0 <= index < MAX_SCREENING_ITEMS:
        raise ValueError(f"screening item index out of range: {index}")
    return mask ^ (1 << index)


def ticked_items(mask: int, count: int) -> tuple[int, ...]:
    """The indices ticked in `mask`, among the first `count` items."""
    return tuple(index for index in range(count) if mask & (1 << index))


def severities_of(mask: int, severities: Sequence[Severity]) -> tuple[Severity, ...]:
    """The severities of the ticked items."""
    return tuple(severities[index] for index in ticked_items(mask, len(severities)))
