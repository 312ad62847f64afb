"""Red-flag screening rules: which answers lock routines, and how urgently to seek care."""

from __future__ import annotations

from enum import StrEnum


class Severity(StrEnum):
    """How serious a 'yes' to a screening question is."""

    URGENT = "urgent"
    DOCTOR = "doctor"


class ScreeningStatus(StrEnum):
    """The user's screening state, stored on the user."""

    PENDING = "pending"
    CLEAR = "clear"
    SEE_DOCTOR = "see_doctor"
    URGENT = "urgent"
    CLEARED = "cleared"


def after_answer(
    current: ScreeningStatus, severity: Severity, answered_yes: bool
) -> ScreeningStatus:
    """Fold one answer into the status; urgent outranks doctor, and 'no' never lowers it."""
    if not answered_yes:
        return current
    if severity is Severity.URGENT or current is ScreeningStatus.URGENT:
        return ScreeningStatus.URGENT
    return ScreeningStatus.SEE_DOCTOR


def routines_unlocked(status: ScreeningStatus) -> bool:
    """Open routines only with no red flags, or once a professional has cleared the user."""
    return status in (ScreeningStatus.CLEAR, ScreeningStatus.CLEARED)
