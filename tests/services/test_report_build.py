"""Shaping a period's rows into the report: day statuses, adherence, exercises, safety kinds."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.domain.report import DayStatus, DoseChange, SafetyKind
from bot.services.records import LevelChangeRecord
from bot.services.report_build import (
    ExerciseWords,
    ReportWords,
    adherence,
    calendar,
    dose_changes,
    exercise_rows,
    safety_event,
)
from bot.services.report_records import ReportSession, ReportStep

MON = date(2026, 11, 30)
WORDS = ReportWords(
    routines={"full": "Full routine"},
    plans={"full": ("a", "b"), "quick": ("b",)},
    exercises={
        e: ExerciseWords(e.upper(), f"{e} dose", f"{e} gentler", (f"{e} dose", f"{e} more"))
        for e in ("a", "b")
    }
    | {"c": ExerciseWords("C", "c dose", "c gentler")},
    details={"high_after": "Pain 7 or more", "screen_chest": "Chest pain"},
    other_detail="Safety event",
    reasons={"three_easy_sessions": "three easy sessions", "it_hurt": "it hurt"},
)


def session(day: int, routine: str = "full", status: str = "completed") -> ReportSession:
    """A session on day `day` of December (0: Nov 30)."""
    return ReportSession(
        day, date.fromordinal(MON.toordinal() + day), routine, status, status == "completed",
        5, 3,
    )  # fmt: skip


def test_each_day_reads_done_quick_paused_rest_or_missed() -> None:
    sessions = [session(0), session(1, "quick"), session(2, status="stopped")]
    days = calendar(
        sessions, MON, date(2026, 12, 6), paused={date(2026, 12, 3)}, goal_weekdays=range(5)
    )
    assert [status for _, status in days] == [
        DayStatus.DONE,
        DayStatus.QUICK,
        DayStatus.STOPPED,  # stopped early: trained, not done, not missed
        DayStatus.PAUSED,
        DayStatus.MISSED,
        DayStatus.REST,  # Saturday on a weekdays-only schedule
        DayStatus.REST,  # today, not over yet
    ]


def test_adherence_counts_done_quick_stopped_and_the_longest_run() -> None:
    sessions = [session(0), session(1, "quick"), session(2, status="stopped"), session(4)]
    counts = adherence(sessions, paused={date(2026, 12, 3)}, today=date(2026, 12, 6))
    assert (counts.sessions_done, counts.quick_sessions, counts.sessions_stopped) == (3, 1, 1)
    assert counts.longest_streak == 2


def test_exercises_follow_the_plan_then_others_and_dropped_ones() -> None:
    steps = [
        ReportStep("b", "done", gentler=True, hurt_level="mild"),
        ReportStep("b", "skipped", gentler=False, hurt_level=None),
        ReportStep("a", "hurt_skipped", gentler=False, hurt_level="sharp"),
    ]
    rows = exercise_rows(steps, {"c"}, WORDS)
    assert [(r.name, r.done, r.skipped, r.hurt_mild, r.hurt_sharp, r.gentler) for r in rows] == [
        ("A", 0, 0, 0, 1, 0),
        ("B", 1, 1, 1, 0, 1),
        ("C", 0, 0, 0, 0, 0),
    ]
    assert [r.dropped for r in rows] == [False, False, True]


@pytest.mark.parametrize(
    ("reason", "kind", "detail"),
    [
        ("screen_chest", SafetyKind.RED_FLAG, "Chest pain"),
        ("high_after", SafetyKind.ESCALATION, "Pain 7 or more"),
        ("hurt_sharp", SafetyKind.STOP, "Safety event"),
        ("typed_emergency", SafetyKind.SYMPTOM, "Safety event"),
    ],
)
def test_a_stored_reason_becomes_an_event_of_its_kind(
    reason: str, kind: SafetyKind, detail: str
) -> None:
    event = safety_event(MON, reason, WORDS)
    assert event is not None
    assert (event.kind, event.detail) == (kind, detail)


def test_a_clearance_is_not_a_safety_event() -> None:
    assert safety_event(MON, "cleared", WORDS) is None


@pytest.mark.parametrize(
    ("exercise", "level", "dose"),
    [
        ("a", 0, "a dose"),
        ("a", 1, "a more"),
        ("a", 5, "a more"),  # above the ladder: its top, as level_version clamps
        ("a", -1, "a dose"),
        ("c", 2, "c dose"),  # no ladder: its own dose at every level
    ],
)
def test_a_dose_is_read_at_a_level(exercise: str, level: int, dose: str) -> None:
    assert WORDS.exercises[exercise].at(level) == dose


def test_exercise_rows_show_the_dose_at_the_persons_level() -> None:
    rows = exercise_rows([], {"c"}, WORDS, {"a": 1, "c": 1})
    assert [(r.name, r.dose) for r in rows] == [
        ("A", "a more"),
        ("B", "b dose"),  # no stored level: the first dose
        ("C", "c dose"),
    ]


def change(day: int, exercise: str, before: int, after: int, reason: str) -> LevelChangeRecord:
    """A level change on day `day` of December (0: Nov 30), at noon UTC."""
    local = date.fromordinal(MON.toordinal() + day)
    return LevelChangeRecord(
        exercise,
        before,
        after,
        reason,
        local,
        datetime(local.year, local.month, local.day, 12, tzinfo=UTC),
    )


def test_dose_changes_in_the_period_read_as_doses_in_words_oldest_first() -> None:
    changes = [
        change(3, "a", 1, 0, "it_hurt"),
        change(1, "a", 0, 1, "three_easy_sessions"),
        change(-1, "b", 0, 1, "three_easy_sessions"),  # before the period
        change(2, "gone", 0, 1, "three_easy_sessions"),  # no longer in the content
        change(4, "b", 1, 0, "some_new_reason"),
        change(7, "b", 0, 1, "three_easy_sessions"),  # after the period
    ]
    shown = dose_changes(changes, MON, date(2026, 12, 6), WORDS)
    assert shown == (
        DoseChange(date(2026, 12, 1), "A", "a dose", "a more", True, "three easy sessions"),
        DoseChange(date(2026, 12, 3), "A", "a more", "a dose", False, "it hurt"),
        DoseChange(date(2026, 12, 4), "B", "b more", "b dose", False, ""),
    )


def test_no_changes_in_the_period_read_as_none() -> None:
    assert dose_changes([change(-3, "a", 0, 1, "three_easy_sessions")], MON, MON, WORDS) == ()
