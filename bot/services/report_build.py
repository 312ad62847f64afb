"""Shape a period's stored rows into the report's plain data: pure, so it is tested by tables.

The words (routine title, exercise names and doses, safety labels) come in as a ReportWords,
built from content by the composition root, so the services never read content themselves.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from bot.domain.escalation import EscalationReason
from bot.domain.report import (
    Adherence,
    DayStatus,
    DoseChange,
    ExerciseRow,
    PainSession,
    SafetyEvent,
    SafetyKind,
)
from bot.domain.routine import HurtLevel, Outcome, Status
from bot.domain.streaks import compute_streak
from bot.services.records import LevelChangeRecord
from bot.services.report_records import ReportSession, ReportStep

QUICK_ROUTINE = "quick"
_STOPPED = (Status.STOPPED, Status.RED_FLAG)
# A reason recorded when a professional's clearance lifted a lock: not an event to report.
_NOT_EVENTS = frozenset({"cleared"})
_STOPS = frozenset({"hurt_urgent", "hurt_sharp"})


@dataclass(frozen=True, slots=True)
class ExerciseWords:
    """An exercise's name and doses as the person reads them; `levels` holds the dose at each
    level of its ladder (level 0 first), empty for an exercise without one."""

    name: str
    dose: str
    gentler_dose: str
    levels: tuple[str, ...] = ()

    def at(self, level: int) -> str:
        """The dose at `level`, clamped to the ladder as bot.content.levels does."""
        if not self.levels or level <= 0:
            return self.dose
        return self.levels[min(level, len(self.levels) - 1)]


@dataclass(frozen=True, slots=True)
class ReportWords:
    """Content the report needs, by id: routine titles and plans, exercises, safety labels."""

    routines: Mapping[str, str]
    plans: Mapping[str, tuple[str, ...]]
    exercises: Mapping[str, ExerciseWords]
    # Safety event reason code -> a label; screening items as "screen_<id>".
    details: Mapping[str, str]
    other_detail: str
    main_routine: str = "full"
    # Level change reason code -> plain words, as /history says them.
    reasons: Mapping[str, str] = field(default_factory=dict)


def adherence(sessions: Sequence[ReportSession], paused: set[date], today: date) -> Adherence:
    """Done and quick sessions, the longest run of done days in the period, early stops."""
    done = [s for s in sessions if s.status == Status.COMPLETED]
    counted = [s.local_date for s in sessions if s.counted]
    return Adherence(
        sessions_done=len(done),
        quick_sessions=sum(s.routine_id == QUICK_ROUTINE for s in done),
        longest_streak=compute_streak(counted, today, paused).best,
        sessions_stopped=sum(s.status in _STOPPED for s in sessions),
    )


def calendar(
    sessions: Sequence[ReportSession],
    start: date,
    end: date,
    *,
    paused: set[date],
    goal_weekdays: Collection[int],
) -> tuple[tuple[date, DayStatus], ...]:
    """Each day's status; the last day, not over yet, is a rest day until something is done,
    and a day whose only session stopped early reads as stopped, not missed."""
    full = {s.local_date for s in sessions if s.counted and s.routine_id != QUICK_ROUTINE}
    quick = {s.local_date for s in sessions if s.counted}
    stopped = {s.local_date for s in sessions if s.status in _STOPPED}
    days = []
    day = start
    while day <= end:
        if day in full:
            status = DayStatus.DONE
        elif day in quick:
            status = DayStatus.QUICK
        elif day in stopped:
            status = DayStatus.STOPPED
        elif day in paused:
            status = DayStatus.PAUSED
        elif day == end or day.weekday() not in goal_weekdays:
            status = DayStatus.REST
        else:
            status = DayStatus.MISSED
        days.append((day, status))
        day += timedelta(days=1)
    return tuple(days)


def pain(sessions: Sequence[ReportSession]) -> tuple[PainSession, ...]:
    """Each finished session's ratings, oldest first."""
    return tuple(PainSession(s.local_date, s.before, s.after) for s in sessions)


def exercise_rows(
    steps: Iterable[ReportStep],
    dropped: set[str],
    words: ReportWords,
    levels: Mapping[str, int] | None = None,
) -> tuple[ExerciseRow, ...]:
    """Every exercise of the main routine, then any other one done or dropped, in plan order,
    each with its dose at the person's level (`levels` by exercise id; missing: the seed)."""
    levels = levels or {}
    by_exercise: dict[str, Counter[str]] = {}
    for step in steps:
        counts = by_exercise.setdefault(step.exercise_id, Counter())
        counts[step.outcome] += 1
        if step.hurt_level is not None:
            counts[f"hurt_{step.hurt_level}"] += 1
        if step.gentler:
            counts["gentler"] += 1
    order = list(words.plans.get(words.main_routine, ()))
    for routine in words.plans.values():
        order.extend(e for e in routine if e not in order and (e in by_exercise or e in dropped))
    order.extend(sorted(e for e in [*by_exercise, *dropped] if e not in order))
    rows = []
    for exercise_id in order:
        shown = words.exercises.get(exercise_id)
        if shown is None:
            continue
        counts = by_exercise.get(exercise_id, Counter())
        rows.append(
            ExerciseRow(
                name=shown.name,
                done=counts[Outcome.DONE],
                skipped=counts[Outcome.SKIPPED],
                hurt_mild=counts[f"hurt_{HurtLevel.MILD}"],
                hurt_strong=counts[f"hurt_{HurtLevel.STRONG}"],
                hurt_sharp=counts[f"hurt_{HurtLevel.SHARP}"],
                hurt_urgent=counts[f"hurt_{HurtLevel.URGENT}"],
                gentler=counts["gentler"],
                dropped=exercise_id in dropped,
                dose=shown.at(levels.get(exercise_id, 0)),
            )
        )
    return tuple(rows)


def safety_event(day: date, reason: str, words: ReportWords) -> SafetyEvent | None:
    """A stored reason as a dated event of its kind, labelled from content (never typed text)."""
    if reason in _NOT_EVENTS:
        return None
    if reason.startswith("screen_"):
        kind = SafetyKind.RED_FLAG
    elif reason in {r.value for r in EscalationReason}:
        kind = SafetyKind.ESCALATION
    elif reason in _STOPS:
        kind = SafetyKind.STOP
    elif reason.startswith("typed_"):
        kind = SafetyKind.SYMPTOM
    else:
        kind = SafetyKind.STOP
    return SafetyEvent(day, kind, words.details.get(reason, words.other_detail))


def dose_changes(
    changes: Iterable[LevelChangeRecord], start: date, end: date, words: ReportWords
) -> tuple[DoseChange, ...]:
    """The level changes dated inside the period, oldest first, as doses in words."""
    shown = []
    for change in sorted(changes, key=lambda change: change.changed_at):
        exercise = words.exercises.get(change.exercise_id)
        if exercise is None or not start <= change.local_date <= end:
            continue
        shown.append(
            DoseChange(
                day=change.local_date,
                exercise=exercise.name,
                before=exercise.at(change.from_level),
                after=exercise.at(change.to_level),
                raised=change.to_level > change.from_level,
                reason=words.reasons.get(change.reason, ""),
            )
        )
    return tuple(shown)
