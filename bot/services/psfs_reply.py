"""What a function-check (PSFS) step hands to its view: plain values, no Telegram."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.domain.psfs import NameProblem, PsfsAction

__all__ = ["PsfsAction", "PsfsReply", "PsfsStep", "ScoreLine"]


class PsfsStep(StrEnum):
    """Where a function check stands after a step, i.e. what the person sees next."""

    NOT_ONBOARDED = "not_onboarded"
    NO_CONSENT = "no_consent"
    NAME = "name"  # name up to three activities (buttons or typed), Done after one
    REVIEW = "review"  # a repeat check: the same activities, or swap or add one
    SWAP = "swap"  # which activity to swap out
    RENAME = "rename"  # the activity to take the swapped one's place
    SCORE = "score"  # 0-10 for `current`
    FINISHED = "finished"
    SKIPPED = "skipped"
    STALE = "stale"  # an old or double-tapped button: nothing changed


@dataclass(frozen=True, slots=True)
class ScoreLine:
    """One activity at the end of a check: its previous score (if any) and today's."""

    name: str
    previous: int | None
    now: int | None


@dataclass(frozen=True, slots=True)
class PsfsReply:
    """The step to show; `check_id` and `version` go into its buttons."""

    step: PsfsStep
    check_id: int = 0
    version: int = 0
    # The activities asked about now, in slot order.
    activities: tuple[str, ...] = ()
    # With SCORE: the activity to score; with RENAME: the one being swapped out.
    current: str | None = None
    # With NAME or RENAME after a typed name was refused.
    problem: NameProblem | None = None
    # With FINISHED: each activity's previous and new score.
    lines: tuple[ScoreLine, ...] = ()
