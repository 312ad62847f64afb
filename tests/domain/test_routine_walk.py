"""The routine walk as a table: each phase and event, and what the transition records."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.domain.routine import (
    Action,
    ChooseHurt,
    HurtLevel,
    Outcome,
    Phase,
    Press,
    Progress,
    Rate,
    SafetyStop,
    Status,
    UnexpectedEvent,
    advance,
    start,
)

MID = Progress(phase=Phase.EXERCISE, step=1, total=3, track_pain=True)
HURTING = replace(MID, phase=Phase.HURT_LEVEL)
GENTLER_HURTING = replace(MID, phase=Phase.HURT_LEVEL, gentler=True, hurt=HurtLevel.MILD)


@pytest.mark.parametrize("consent", [True, False])
def test_every_walk_starts_with_the_pain_question_with_or_without_consent(consent: bool) -> None:
    assert start(3, track_pain=consent).phase is Phase.PAIN_BEFORE


@pytest.mark.parametrize(
    ("progress", "event", "phase", "status", "outcome", "hurt"),
    [
        (MID, Press(Action.HURTS), Phase.HURT_LEVEL, Status.ACTIVE, None, None),
        (HURTING, ChooseHurt(HurtLevel.MILD), Phase.GENTLER, Status.ACTIVE, None, None),
        (
            GENTLER_HURTING,
            ChooseHurt(HurtLevel.MILD),
            Phase.EXERCISE,
            Status.ACTIVE,
            Outcome.HURT_SKIPPED,
            HurtLevel.MILD,
        ),
        (
            HURTING,
            ChooseHurt(HurtLevel.STRONG),
            Phase.EXERCISE,
            Status.ACTIVE,
            Outcome.HURT_SKIPPED,
            HurtLevel.STRONG,
        ),
        (
            HURTING,
            ChooseHurt(HurtLevel.SHARP),
            Phase.FINISHED,
            Status.RED_FLAG,
            Outcome.HURT_STOPPED,
            HurtLevel.SHARP,
        ),
        (
            HURTING,
            ChooseHurt(HurtLevel.URGENT),
            Phase.FINISHED,
            Status.RED_FLAG,
            Outcome.HURT_STOPPED,
            HurtLevel.URGENT,
        ),
        (MID, SafetyStop(), Phase.FINISHED, Status.RED_FLAG, None, None),
        (HURTING, SafetyStop(), Phase.FINISHED, Status.RED_FLAG, None, None),
        (
            replace(MID, phase=Phase.PAIN_BEFORE),
            SafetyStop(),
            Phase.FINISHED,
            Status.RED_FLAG,
            None,
            None,
        ),
        (
            replace(MID, phase=Phase.PAIN_AFTER),
            SafetyStop(),
            Phase.FINISHED,
            Status.RED_FLAG,
            None,
            None,
        ),
    ],
)
def test_hurts_choices_and_safety_stops(
    progress: Progress,
    event: ChooseHurt | Press | SafetyStop,
    phase: Phase,
    status: Status,
    outcome: Outcome | None,
    hurt: HurtLevel | None,
) -> None:
    transition = advance(progress, event)
    assert (transition.progress.phase, transition.progress.status) == (phase, status)
    recorded = transition.outcome
    assert (None if recorded is None else recorded.outcome) == outcome
    assert (None if recorded is None else recorded.hurt_level) == hurt


def test_the_last_exercise_always_asks_for_pain_afterwards() -> None:
    last = replace(MID, step=2, track_pain=False)
    assert advance(last, Press(Action.DONE)).progress.phase is Phase.PAIN_AFTER


def test_a_finished_session_takes_no_safety_stop() -> None:
    finished = replace(MID, phase=Phase.FINISHED, status=Status.COMPLETED)
    with pytest.raises(UnexpectedEvent):
        advance(finished, SafetyStop())
    with pytest.raises(UnexpectedEvent):
        advance(finished, Rate(3))
