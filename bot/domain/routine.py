"""The walk through a routine as a pure state machine: advance(progress, event) -> transition."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

# A session counts for the streak once this many exercises are done (the 2-minute minimum).
MIN_DONE_FOR_STREAK = 2


class Phase(StrEnum):
    """What the bot is waiting for in a session."""

    PAIN_BEFORE = "pain_before"
    EXERCISE = "exercise"
    HURT_LEVEL = "hurt_level"
    GENTLER = "gentler"
    PAIN_AFTER = "pain_after"
    FINISHED = "finished"


class Status(StrEnum):
    """How a session stands or ended."""

    ACTIVE = "active"
    COMPLETED = "completed"
    STOPPED = "stopped"
    RED_FLAG = "red_flag"
    ABANDONED = "abandoned"


class Outcome(StrEnum):
    """The recorded outcome of one exercise."""

    DONE = "done"
    SKIPPED = "skipped"
    HURT_SKIPPED = "hurt_skipped"
    HURT_STOPPED = "hurt_stopped"


class HurtLevel(StrEnum):
    """How much an exercise hurts, which decides what happens next."""

    MILD = "mild"
    STRONG = "strong"
    SHARP = "sharp"
    # Chest pain, breathlessness or dizziness: emergency advice, never "an exercise hurt".
    URGENT = "urgent"


class Action(StrEnum):
    """A button the user can press on an exercise."""

    DONE = "done"
    SKIP = "skip"
    HURTS = "hurts"
    STOP = "stop"


@dataclass(frozen=True, slots=True)
class Progress:
    """Where a user is in one session; persisted after every transition."""

    phase: Phase
    step: int
    total: int
    # The user consented to keeping health data: ratings and hurt levels outlive the session.
    # Ratings are asked either way; without consent they serve the safety check, then go.
    track_pain: bool
    status: Status = Status.ACTIVE
    gentler: bool = False
    stopping: bool = False
    # How much the current exercise hurt (only mild keeps it going, in its gentler form).
    hurt: HurtLevel | None = None
    # Steps served in their gentler form from the start, because they hurt recently.
    softened: frozenset[int] = frozenset()


@dataclass(frozen=True, slots=True)
class ExerciseOutcome:
    """An outcome to record for the exercise at `position`."""

    position: int
    outcome: Outcome
    gentler: bool = False
    hurt_level: HurtLevel | None = None


@dataclass(frozen=True, slots=True)
class Transition:
    """The new progress plus what to record, so the service can persist it in one commit."""

    progress: Progress
    outcome: ExerciseOutcome | None = None
    rating: tuple[str, int] | None = None


@dataclass(frozen=True, slots=True)
class Rate:
    """A 0–10 pain rating (already validated)."""

    score: int


@dataclass(frozen=True, slots=True)
class Press:
    """An exercise button."""

    action: Action


@dataclass(frozen=True, slots=True)
class ChooseHurt:
    """An answer to 'how much does it hurt?'."""

    level: HurtLevel


@dataclass(frozen=True, slots=True)
class SafetyStop:
    """A typed red-flag symptom: the session ends as a safety stop, whatever its phase."""


Event = Rate | Press | ChooseHurt | SafetyStop


class UnexpectedEvent(ValueError):
    """The event does not fit the current phase; the caller shows a hint and changes nothing."""


def start(total: int, *, track_pain: bool, softened: frozenset[int] = frozenset()) -> Progress:
    """Begin with the pain question: it is asked for safety even when ratings are not kept."""
    if total < 1:
        raise ValueError("a routine needs at least one exercise")
    return Progress(
        phase=Phase.PAIN_BEFORE,
        step=0,
        total=total,
        track_pain=track_pain,
        gentler=0 in softened,
        softened=softened,
    )


def advance(progress: Progress, event: Event) -> Transition:
    """Apply one event; raise UnexpectedEvent when it does not fit the phase."""
    match progress.phase, event:
        case Phase.PAIN_BEFORE, Rate(score):
            return Transition(replace(progress, phase=Phase.EXERCISE), rating=("before", score))
        case Phase.PAIN_AFTER, Rate(score):
            return Transition(_finish(progress), rating=("after", score))
        case ((Phase.PAIN_BEFORE | Phase.PAIN_AFTER), Press(Action.STOP)):
            return Transition(_wind_down(progress, ask_pain=False))
        case ((Phase.EXERCISE | Phase.GENTLER), Press(Action.DONE)):
            return _record(progress, Outcome.DONE)
        case ((Phase.EXERCISE | Phase.GENTLER), Press(Action.SKIP)):
            return _record(progress, Outcome.SKIPPED)
        case ((Phase.EXERCISE | Phase.GENTLER), Press(Action.HURTS)):
            return Transition(replace(progress, phase=Phase.HURT_LEVEL))
        case ((Phase.EXERCISE | Phase.GENTLER | Phase.HURT_LEVEL), Press(Action.STOP)):
            return Transition(_wind_down(progress, ask_pain=True))
        case Phase.HURT_LEVEL, ChooseHurt(HurtLevel.MILD) if progress.gentler:
            # Already the gentler version: the next step down is to leave it out today.
            return _record(progress, Outcome.HURT_SKIPPED, HurtLevel.MILD)
        case Phase.HURT_LEVEL, ChooseHurt(HurtLevel.MILD):
            mild = replace(progress, phase=Phase.GENTLER, gentler=True, hurt=HurtLevel.MILD)
            return Transition(mild)
        case Phase.HURT_LEVEL, ChooseHurt(HurtLevel.STRONG):
            return _record(progress, Outcome.HURT_SKIPPED, HurtLevel.STRONG)
        case Phase.HURT_LEVEL, ChooseHurt((HurtLevel.SHARP | HurtLevel.URGENT) as level):
            stopped = replace(progress, phase=Phase.FINISHED, status=Status.RED_FLAG)
            return Transition(stopped, _outcome(progress, Outcome.HURT_STOPPED, level))
        case phase, SafetyStop() if phase is not Phase.FINISHED:
            return Transition(replace(progress, phase=Phase.FINISHED, status=Status.RED_FLAG))
    raise UnexpectedEvent(f"{event!r} does not fit phase {progress.phase}")


def _outcome(progress: Progress, outcome: Outcome, hurt: HurtLevel | None) -> ExerciseOutcome:
    """Describe the current exercise's result, with the mild pain reported earlier if any."""
    hurt = hurt or progress.hurt
    return ExerciseOutcome(progress.step, outcome, gentler=progress.gentler, hurt_level=hurt)


def _record(progress: Progress, outcome: Outcome, hurt: HurtLevel | None = None) -> Transition:
    """Record the current exercise and move to the next one, or to the end."""
    result = _outcome(progress, outcome, hurt)
    next_step = progress.step + 1
    if next_step < progress.total:
        moved = replace(
            progress,
            phase=Phase.EXERCISE,
            step=next_step,
            gentler=next_step in progress.softened,
            hurt=None,
        )
        return Transition(moved, result)
    return Transition(_wind_down(replace(progress, step=next_step), ask_pain=True), result)


def _wind_down(progress: Progress, *, ask_pain: bool) -> Progress:
    """End the exercises: ask for pain afterwards (the after-session safety check), or finish."""
    stopping = progress.stopping or progress.step < progress.total
    ending = replace(progress, gentler=False, hurt=None, stopping=stopping)
    if ask_pain:
        return replace(ending, phase=Phase.PAIN_AFTER)
    return _finish(ending)


def _finish(progress: Progress) -> Progress:
    """Close the session as completed, or as stopped when the user left early."""
    status = Status.STOPPED if progress.stopping else Status.COMPLETED
    return replace(progress, phase=Phase.FINISHED, status=status)


def counts_for_streak(status: Status, done_count: int, total: int) -> bool:
    """A session counts when it ended normally or early with the 2-minute minimum done."""
    if status not in (Status.COMPLETED, Status.STOPPED):
        return False
    return done_count >= min(MIN_DONE_FOR_STREAK, total)
