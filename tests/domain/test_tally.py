"""A finished session's tally: what the summary shows and whether the question can come."""

from __future__ import annotations

import pytest

from bot.domain.routine import HurtLevel, Outcome
from bot.services.records import OutcomeRow
from bot.services.summaries import Tally, tally_of


def outcome(kind: Outcome, hurt_level: HurtLevel | None = None) -> OutcomeRow:
    """One stored outcome of session 1."""
    return OutcomeRow(1, "neck", kind, None if hurt_level is None else hurt_level.value)


@pytest.mark.parametrize(
    ("outcomes", "expected"),
    [
        pytest.param([], Tally(0, 0, 0, 0), id="nothing reached"),
        pytest.param([outcome(Outcome.DONE)] * 3, Tally(3, 0, 0, 0), id="all done"),
        pytest.param([outcome(Outcome.SKIPPED)], Tally(0, 1, 0, 1), id="a plain skip"),
        pytest.param(
            [outcome(Outcome.HURT_SKIPPED, HurtLevel.STRONG)],
            Tally(0, 1, 1, 0),
            id="a skip for pain is not plain",
        ),
        pytest.param(
            [outcome(Outcome.SKIPPED, HurtLevel.MILD)],
            Tally(0, 1, 1, 0),
            id="skipping the gentler form after Hurts is not plain",
        ),
        pytest.param(
            [outcome(Outcome.DONE, HurtLevel.MILD), outcome(Outcome.HURT_STOPPED)],
            Tally(1, 0, 1, 0),
            id="a gentler form done and a stop for pain",
        ),
    ],
)
def test_tally_counts_each_kind_of_outcome(outcomes: list[OutcomeRow], expected: Tally) -> None:
    assert tally_of(outcomes) == expected
