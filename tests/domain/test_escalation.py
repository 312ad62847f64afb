"""Escalation rules: when the numbers call for a professional, case by case and on each edge."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from bot.domain.escalation import EscalationReason, escalation_reasons

HIGH = EscalationReason.HIGH_AFTER
ROSE = EscalationReason.ROSE_DURING_SESSION
TREND = EscalationReason.RISING_WEEKLY_TREND
CALM: Sequence[float | None] = (4.0, 4.0, 4.0)


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        pytest.param(5, 3, (), id="relief is fine"),
        pytest.param(6, 6, (), id="unchanged at 6 is fine"),
        pytest.param(None, 6, (), id="6 after is below the line"),
        pytest.param(None, 7, (HIGH,), id="7 after is high"),
        pytest.param(9, 7, (HIGH,), id="7 after is high even when it eased"),
        pytest.param(10, 10, (HIGH,), id="10 after is high"),
        pytest.param(4, 5, (), id="one point up is not a rise"),
        pytest.param(4, 6, (ROSE,), id="two points up is a rise"),
        pytest.param(0, 3, (ROSE,), id="three points up from zero is a rise"),
        pytest.param(5, 7, (HIGH, ROSE), id="two points up to 7 is both"),
        pytest.param(6, 7, (HIGH,), id="one point up to 7 is only high"),
        pytest.param(3, None, (), id="no after rating says nothing"),
        pytest.param(None, None, (), id="no ratings say nothing"),
    ],
)
def test_a_session_escalates_on_a_high_or_rising_after_rating(
    before: int | None, after: int | None, expected: tuple[EscalationReason, ...]
) -> None:
    assert escalation_reasons(before, after, CALM) == expected


@pytest.mark.parametrize(
    ("weekly", "expected"),
    [
        pytest.param([3.0, 4.0, 5.0], (TREND,), id="rising two weeks in a row"),
        pytest.param([2.0, 2.1, 2.2], (TREND,), id="any strict rise counts"),
        pytest.param([3.0, 4.0, 4.0], (), id="a flat last week is not a rise"),
        pytest.param([4.0, 4.0, 5.0], (), id="one rising week is not two"),
        pytest.param([3.0, 5.0, 4.0], (), id="up then down"),
        pytest.param([5.0, 4.0, 3.0], (), id="falling"),
        pytest.param([6.0, 3.0, 4.0, 5.0], (TREND,), id="only the last three weeks are read"),
        pytest.param([3.0, 4.0, 5.0, 4.5], (), id="a fall this week ends the trend"),
        pytest.param([None, 4.0, 5.0], (), id="an unrated week two back breaks the run"),
        pytest.param([3.0, None, 5.0], (), id="an unrated last week breaks the run"),
        pytest.param([3.0, 4.0, 5.0, None], (), id="nothing rated this week yet"),
        pytest.param([4.0, 5.0], (), id="two weeks of history are too few"),
        pytest.param([], (), id="no weeks"),
    ],
)
def test_a_weekly_average_rising_two_weeks_in_a_row_escalates(
    weekly: list[float | None], expected: tuple[EscalationReason, ...]
) -> None:
    assert escalation_reasons(None, None, weekly) == expected


def test_all_three_reasons_come_together_in_a_fixed_order() -> None:
    assert escalation_reasons(5, 8, [3.0, 4.0, 5.0]) == (HIGH, ROSE, TREND)


@pytest.mark.parametrize(
    ("before", "after", "weekly"),
    [
        pytest.param(11, 3, CALM, id="before above ten"),
        pytest.param(3, -1, CALM, id="after below zero"),
        pytest.param(3, 3, [4.0, 10.5, 4.0], id="a weekly average above ten"),
        pytest.param(3, 3, [float("nan"), 4.0, 5.0], id="a weekly average that is nan"),
    ],
)
def test_values_off_the_scale_are_rejected(
    before: int, after: int, weekly: Sequence[float | None]
) -> None:
    with pytest.raises(ValueError, match="0-10"):
        escalation_reasons(before, after, weekly)


def test_reasons_are_stable_strings_for_the_event_record() -> None:
    assert [reason.value for reason in EscalationReason] == [
        "high_after",
        "rose_during_session",
        "rising_weekly_trend",
    ]
