"""Where a function-check (PSFS) button takes the open check, and what the person sees: pure."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime

from bot.domain.psfs import MAX_ACTIVITIES
from bot.services.psfs_reply import PsfsAction, PsfsReply, PsfsStep
from bot.services.report_records import PsfsActivityRecord, PsfsCheckRecord

OPEN, DONE, SKIPPED = "open", "done", "skipped"


def after_press(
    check: PsfsCheckRecord,
    active: Sequence[PsfsActivityRecord],
    phase: PsfsStep,
    action: PsfsAction,
    value: int,
) -> PsfsCheckRecord | None:
    """Where a button takes the check; None when it does not fit the phase on screen."""
    match phase, action:
        case (PsfsStep.NAME, PsfsAction.DONE) | (PsfsStep.REVIEW, PsfsAction.SAME) if active:
            return replace(check, phase=PsfsStep.SCORE, slot=0)
        case PsfsStep.REVIEW, PsfsAction.ADD if len(active) < MAX_ACTIVITIES:
            return replace(check, phase=PsfsStep.NAME)
        case PsfsStep.REVIEW, PsfsAction.SWAP:
            return replace(check, phase=PsfsStep.SWAP)
        case PsfsStep.SWAP, PsfsAction.OUT if 0 <= value < len(active):
            return replace(check, phase=PsfsStep.RENAME, slot=value)
        case PsfsStep.SCORE, PsfsAction.SCORE | PsfsAction.PASS:
            return replace(check, slot=check.slot + 1)
    return None


def bumped(check: PsfsCheckRecord, now: datetime) -> PsfsCheckRecord:
    """The check one version on, so the buttons of the step before go stale."""
    return replace(check, version=check.version + 1, updated_at=now)


def closed(check: PsfsCheckRecord, status: str, today: date, now: datetime) -> PsfsCheckRecord:
    """A check finished or skipped today."""
    return replace(bumped(check, now), status=status, local_date=today)


def shown(check: PsfsCheckRecord, active: Sequence[PsfsActivityRecord]) -> PsfsReply:
    """The step on screen for an open check."""
    phase = PsfsStep(check.phase)
    current = None
    if phase in (PsfsStep.SCORE, PsfsStep.RENAME) and check.slot < len(active):
        current = active[check.slot].name
    names = tuple(a.name for a in active)
    return PsfsReply(phase, check.id, check.version, names, current)
