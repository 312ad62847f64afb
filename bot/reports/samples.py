"""Realistic sample reports: the tests' hand-computed fixture, the benchmark's year, a preview.

four_weeks() is worked out by hand (see the numbers in its docstring) so the tests can look for
them in the PDF's text. `python -m bot.reports.samples DIR` writes every sample as a PDF into
DIR, to look at a report without a database.
"""

from __future__ import annotations

import random
import sys
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from bot.content import load_catalog
from bot.domain.report import (
    Adherence,
    DayStatus,
    DoseChange,
    ExerciseRow,
    PainSession,
    PsfsActivity,
    PsfsScore,
    ReportData,
    SafetyEvent,
    SafetyKind,
)

START = date(2026, 11, 9)  # a Monday: four whole calendar weeks to 2026-12-06
END = date(2026, 12, 6)
# (day offset from START, before, after, quick); missing offsets are missed or paused days.
_SESSIONS = (
    (0, 6, 4, False), (1, 6, 5, False), (2, 5, 4, False), (3, 6, 5, False), (4, 7, 5, False),
    (7, 5, 4, False), (8, 6, 4, False), (9, 5, 4, True), (10, 5, 3, False), (12, 4, 3, False),
    (17, 4, 3, False), (18, 5, 3, False), (19, 4, 3, False),
    (21, 4, 2, False), (22, 4, 3, False), (23, 3, 2, True), (24, 4, 2, False), (25, 3, 2, False),
    (26, 4, 3, False),
)  # fmt: skip
_PAUSED = (14, 15, 16)
_STOPPED_ON = 11  # the session stopped for sharp pain in Wall Angels

# name, dose, done, skipped, mild, strong, sharp, urgent, gentler, dropped
_EXERCISES = (
    ("Lat Pulldown (resistance band)", "3 sets × 12 reps", 16, 1, 0, 0, 0, 0, 0, False),
    ("Wall Angels", "gentler: 1 set × 10 slow reps", 14, 1, 2, 0, 1, 0, 4, False),
    ("Chair Rotation", "hold 30 s each side, 2–3 times", 19, 0, 0, 0, 0, 0, 0, False),
    ("Neck Flexion", "hold each position 20 s, 2–3 times", 18, 1, 1, 0, 0, 0, 2, False),
    ("Trunk Rotation", "hold 30 s each side, 2–3 times", 17, 0, 0, 0, 0, 0, 0, False),
    ("Arm Reach Above the Head", "about 2 min in all", 12, 2, 0, 1, 0, 0, 0, True),
    ("Knee to Chest", "hold 20 s, 2–3 times", 17, 0, 0, 0, 0, 0, 0, False),
)

# (day offset, exercise, from, to, raised, reason): Knee to Chest up, then down again.
_DOSE_CHANGES = (
    (7, "Knee to Chest", "hold 20 s, 2–3 times", "hold 30 s, 2–3 times", True,
     "three easy sessions"),
    (11, "Knee to Chest", "hold 30 s, 2–3 times", "hold 20 s, 2–3 times", False, "it hurt"),
    (19, "Chair Rotation", "hold 20 s each side, 2–3 times", "hold 30 s each side, 2–3 times",
     True, "three easy sessions"),
)  # fmt: skip


def _day(offset: int) -> date:
    """The period's day `offset` days after START."""
    return START + timedelta(days=offset)


def four_weeks() -> ReportData:
    """Four weeks worked out by hand.

    19 sessions (2 quick) in 28 days: 4.8 per week; longest streak 6 (Nov 30 - Dec 5).
    Weekly mean before-pain: 6.0, 5.0, 4.3, 3.7, so first vs last week is down 2.3 points (38%),
    a meaningful improvement. PSFS means 4.0 -> 6.0: up 2.0, meaningful; "Sitting at my desk"
    rises 3 (meaningful on its own), the others 2 and 1.
    """
    done = {offset: quick for offset, _, _, quick in _SESSIONS}
    calendar = []
    for offset in range((END - START).days + 1):
        if offset in done:
            status = DayStatus.QUICK if done[offset] else DayStatus.DONE
        else:
            status = DayStatus.PAUSED if offset in _PAUSED else DayStatus.MISSED
            if offset == _STOPPED_ON:
                status = DayStatus.STOPPED
        calendar.append((_day(offset), status))
    checks = (_day(0), _day(14), _day(27))
    psfs = (
        PsfsActivity("Sitting at my desk for an hour", _scores(checks, (4, 5, 7))),
        PsfsActivity("Looking over my shoulder while driving", _scores(checks, (3, 4, 5))),
        PsfsActivity("Sleeping on my side", _scores(checks, (5, 5, 6))),
    )
    return ReportData(
        start=START,
        end=END,
        created=END,
        person_name="Zoë",
        routine_name="Full routine",
        adherence=Adherence(
            sessions_done=19, quick_sessions=2, longest_streak=6, sessions_stopped=1
        ),
        calendar=tuple(calendar),
        pain_tracked=True,
        pain=tuple(PainSession(_day(o), before, after) for o, before, after, _ in _SESSIONS),
        psfs=psfs,
        exercises=tuple(
            _exercise(name, dose, *counts, dropped=dropped)
            for name, dose, *counts, dropped in _EXERCISES
        ),
        safety=(
            SafetyEvent(_day(0), SafetyKind.RED_FLAG, "Numbness or tingling in an arm (cleared)"),
            SafetyEvent(_day(_STOPPED_ON), SafetyKind.STOP, "Sharp pain in Wall Angels"),
            SafetyEvent(_day(11), SafetyKind.SYMPTOM, "Dizzy or faint: see a professional"),
        ),
        dose_changes=tuple(
            DoseChange(_day(o), name, before, after, raised, reason)
            for o, name, before, after, raised, reason in _DOSE_CHANGES
        ),
    )


def _exercise(name: str, dose: str, *counts: int, dropped: bool = False) -> ExerciseRow:
    """One table row from the compact tuples above: name, dose and seven counts."""
    done, skipped, mild, strong, sharp, urgent, gentler = counts
    return ExerciseRow(
        name=name,
        done=done,
        skipped=skipped,
        hurt_mild=mild,
        hurt_strong=strong,
        hurt_sharp=sharp,
        hurt_urgent=urgent,
        gentler=gentler,
        dropped=dropped,
        dose=dose,
    )


def _scores(days: tuple[date, ...], scores: tuple[int, ...]) -> tuple[PsfsScore, ...]:
    """Pair check dates with scores."""
    return tuple(PsfsScore(day, score) for day, score in zip(days, scores, strict=True))


def one_session() -> ReportData:
    """A person who has done one full routine, today, rated 5 -> 3, with a Cyrillic name."""
    day = END
    return replace(
        four_weeks(),
        start=day,
        end=day,
        person_name="Ольга Петрова",
        adherence=Adherence(sessions_done=1, quick_sessions=0, longest_streak=1),
        calendar=((day, DayStatus.DONE),),
        pain=(PainSession(day, 5, 3),),
        psfs=(PsfsActivity("Сидеть за столом час", (PsfsScore(day, 4),)),),
        exercises=tuple(
            _exercise(name, dose, 1, 0, 0, 0, 0, 0, 0) for name, dose, *_ in _EXERCISES
        ),
        safety=(),
        dose_changes=(),
    )


def no_tracking() -> ReportData:
    """The four weeks of a person with pain tracking off: no ratings, no PSFS."""
    return replace(four_weeks(), pain_tracked=False, pain=(), psfs=())


def one_year(seed: int = 19) -> ReportData:
    """A year of daily practice with noisy ratings, for the benchmark (deterministic)."""
    rng = random.Random(seed)
    end = END
    start = end - timedelta(days=364)
    calendar, pain = [], []
    for offset in range(365):
        day = start + timedelta(days=offset)
        if rng.random() < 0.75:
            before = max(0, min(10, round(7 - offset / 80 + rng.gauss(0, 1))))
            pain.append(PainSession(day, before, max(0, before - rng.choice((0, 1, 2)))))
            calendar.append((day, DayStatus.QUICK if rng.random() < 0.1 else DayStatus.DONE))
        else:
            calendar.append((day, DayStatus.MISSED))
    checks = tuple(start + timedelta(days=14 * n) for n in range(27))
    psfs = tuple(
        PsfsActivity(name, tuple(PsfsScore(d, min(10, 3 + n // 4)) for n, d in enumerate(checks)))
        for name in ("Sitting at my desk for an hour", "Reading in bed", "Carrying shopping")
    )
    return replace(
        four_weeks(),
        start=start,
        end=end,
        adherence=Adherence(sessions_done=len(pain), quick_sessions=27, longest_streak=14),
        calendar=tuple(calendar),
        pain=tuple(pain),
        psfs=psfs,
    )


SAMPLES = {
    "four-weeks": four_weeks,
    "one-session": one_session,
    "no-tracking": no_tracking,
    "one-year": one_year,
}


def main(folder: str) -> None:
    """Write every sample report into `folder` as NAME.pdf."""
    from bot.reports.pdf import render_report

    texts = load_catalog().texts
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    for name, make in SAMPLES.items():
        (out / f"{name}.pdf").write_bytes(render_report(make(), texts))
        print(out / f"{name}.pdf")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "reports-preview")
