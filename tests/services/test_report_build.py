"""Shaping a period's rows into the report: day statuses, adherence, exercises, safety kinds."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain.report import DayStatus, SafetyKind
from bot.services.report_build import (
    ExerciseWords,
    ReportWords,
    adherence,
    calendar,
    exercise_rows,
    safety_event,
)
from bot.services.report_records import ReportSession, ReportStep

MON = date(2026, 11, 30)
WORDS = ReportWords(
    routines={"full": "Full routine"},
    plans={"full": ("a", "b"), "quick": ("b",)},
    exercises={e: ExerciseWords(e.upper(), f"{e} dose", f"{e} gentler") for e in ("a", "b", "c")},
    details={"high_after": "Pain 7 or more", "screen_chest": "Chest pain"},
    other_detail="Safety event",
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
