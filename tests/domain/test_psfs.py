"""PSFS rules, checked against dates and scores worked out by hand."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain.psfs import (
    MAX_ACTIVITY_LENGTH,
    NameCheck,
    NameProblem,
    activity_change,
    check_activity_name,
    check_due,
    mean_change,
    next_check_on,
    parse_score,
)

CONSENT = date(2026, 11, 1)


@pytest.mark.parametrize(
    ("consented_on", "last_check", "today", "due"),
    [
        pytest.param(None, None, date(2026, 11, 20), False, id="never without consent"),
        pytest.param(CONSENT, None, CONSENT, True, id="first check on the day of consent"),
        pytest.param(CONSENT, None, date(2026, 12, 1), True, id="still due when never asked"),
        pytest.param(CONSENT, CONSENT, date(2026, 11, 14), False, id="13 days later not yet"),
        pytest.param(CONSENT, CONSENT, date(2026, 11, 15), True, id="14 days later is due"),
        pytest.param(CONSENT, date(2026, 11, 15), date(2026, 11, 20), False, id="after a recheck"),
        pytest.param(CONSENT, date(2026, 11, 15), date(2026, 12, 30), True, id="long gap is due"),
    ],
)
def test_a_check_is_due_after_consent_and_every_14_days(
    consented_on: date | None, last_check: date | None, today: date, due: bool
) -> None:
    assert check_due(consented_on, last_check, today) is due


def test_the_next_check_is_14_days_after_the_last() -> None:
    assert next_check_on(CONSENT, None) == CONSENT
    assert next_check_on(CONSENT, date(2026, 11, 3)) == date(2026, 11, 17)


@pytest.mark.parametrize(
    ("text", "existing", "expected"),
    [
        pytest.param(" sitting  at my desk ", (), NameCheck("sitting at my desk", None), id="tidy"),
        pytest.param("Сидеть за столом", (), NameCheck("Сидеть за столом", None), id="cyrillic"),
        pytest.param("   ", (), NameCheck(None, NameProblem.EMPTY), id="blank"),
        pytest.param(
            "x" * MAX_ACTIVITY_LENGTH, (), NameCheck("x" * MAX_ACTIVITY_LENGTH, None), id="at limit"
        ),
        pytest.param(
            "x" * (MAX_ACTIVITY_LENGTH + 1), (), NameCheck(None, NameProblem.TOO_LONG), id="long"
        ),
        pytest.param(
            "Driving", ("driving",), NameCheck(None, NameProblem.DUPLICATE), id="duplicate"
        ),
        pytest.param(
            "sleeping", ("a", "b", "c"), NameCheck(None, NameProblem.TOO_MANY), id="a fourth"
        ),
    ],
)
def test_activity_names_are_validated(
    text: str, existing: tuple[str, ...], expected: NameCheck
) -> None:
    assert check_activity_name(text, existing) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("0", 0), (" 7 ", 7), ("10", 10), ("11", None), ("-1", None), ("７", None), ("", None)],
)
def test_scores_are_0_to_10(text: str, expected: int | None) -> None:
    assert parse_score(text) == expected


@pytest.mark.parametrize(
    ("first", "last", "points", "meaningful"),
    [
        pytest.param([3, 4, 5], [5, 6, 7], 2.0, True, id="mean up 2 counts"),
        pytest.param([3, 4, 5], [4, 6, 5], 1.0, False, id="mean up 1 does not"),
        pytest.param([2, 2, 3], [4, 4, 4], 1.7, False, id="1.7 below the line"),
        pytest.param([6, 6], [4, 4], -2.0, True, id="a loss of 2 counts too"),
    ],
)
def test_the_mean_change_counts_at_2_points(
    first: list[int], last: list[int], points: float, meaningful: bool
) -> None:
    change = mean_change(first, last)
    assert (change.points, change.meaningful) == (points, meaningful)
    assert change.improved is (meaningful and points > 0)
    assert change.worsened is (meaningful and points < 0)


@pytest.mark.parametrize(
    ("first", "last", "meaningful"),
    [(2, 5, True), (2, 4, False), (8, 5, True), (5, 5, False)],
)
def test_a_single_activity_counts_at_3_points(first: int, last: int, meaningful: bool) -> None:
    assert activity_change(first, last).meaningful is meaningful


@pytest.mark.parametrize(
    ("first", "last"),
    [([], []), ([1, 2], [3]), ([11], [5]), ([5], [-1])],
)
def test_bad_checks_are_refused(first: list[int], last: list[int]) -> None:
    with pytest.raises(ValueError, match=r"PSFS|activity"):
        mean_change(first, last)
