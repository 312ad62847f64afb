"""Everything the clinician report shows, as plain frozen data, and the figures derived from it.

The wiring (a service gathering rows from the database) builds one ReportData; the renderer in
bot/reports turns it into PDF bytes. All dates are the person's local dates. Nothing here holds
text the person typed except `person_name` and the PSFS activity names, which they chose to
share; typed symptom messages are never carried, only their kind.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from bot.domain.pain import PAIN_MAX, PAIN_MIN, PainChange
from bot.domain.progress import SessionPoint, WeeklyAverage, shown_change, weekly_averages
from bot.domain.psfs import PsfsChange, activity_change, check_score, mean_change


class DayStatus(StrEnum):
    """What one calendar day of the period looked like."""

    DONE = "done"  # at least one full routine finished (a quick one too still reads DONE)
    QUICK = "quick"  # only the quick routine finished that day
    MISSED = "missed"  # a day the person meant to train, with no session
    # A session stopped early (Stop, or a safety stop) and nothing finished that day: the person
    # did train, so a clinician should not read it as missed.
    STOPPED = "stopped"
    PAUSED = "paused"  # reminders paused (holiday, illness): neither done nor missed
    REST = "rest"  # not a training day (weekdays-only schedule) and nothing done


class SafetyKind(StrEnum):
    """The kinds of safety event the report lists."""

    STOP = "stop"  # the person stopped a session with the Stop / sharp-pain / urgent path
    SYMPTOM = "symptom"  # a typed message matched a symptom phrase (kind only, never the text)
    ESCALATION = "escalation"  # the bot advised seeing a professional (pain rules)
    RED_FLAG = "red_flag"  # a red-flag answer in the screening checklist


@dataclass(frozen=True, slots=True)
class Adherence:
    """Counts over the period; `sessions_done` includes the quick ones."""

    sessions_done: int
    quick_sessions: int
    # The longest run of done days inside the period (streaks.compute_streak's `best` rules).
    longest_streak: int
    # Safety-stopped or abandoned sessions, shown beside the done ones; they are not "done".
    sessions_stopped: int = 0


@dataclass(frozen=True, slots=True)
class PainSession:
    """One session's 0-10 ratings; None when not given. Several on one day are allowed."""

    day: date
    before: int | None
    after: int | None

    def __post_init__(self) -> None:
        """Reject ratings off the scale where the bad data came in."""
        for score in (self.before, self.after):
            if score is not None and not PAIN_MIN <= score <= PAIN_MAX:
                raise ValueError(f"pain ratings must be within {PAIN_MIN}-{PAIN_MAX}: {score!r}")


@dataclass(frozen=True, slots=True)
class PsfsScore:
    """One check's 0-10 score for one activity."""

    day: date
    score: int

    def __post_init__(self) -> None:
        """Reject scores off the scale."""
        check_score(self.score)


@dataclass(frozen=True, slots=True)
class PsfsActivity:
    """An activity the person named, with its scores oldest first."""

    name: str
    scores: tuple[PsfsScore, ...]

    @property
    def change(self) -> PsfsChange | None:
        """First vs last score (>= 3 points counts); None with fewer than two scores."""
        if len(self.scores) < 2:
            return None
        return activity_change(self.scores[0].score, self.scores[-1].score)


@dataclass(frozen=True, slots=True)
class ExerciseRow:
    """One exercise over the period, as counted from the session steps."""

    name: str  # the exercise's name from content, in the report's language
    done: int  # times done (in its usual or gentler form)
    skipped: int  # times skipped with the Skip button
    hurt_mild: int  # Hurts answers, by level (routine.HurtLevel)
    hurt_strong: int
    hurt_sharp: int
    hurt_urgent: int
    gentler: int  # times served or done in its gentler form
    dropped: bool  # the person dropped it from their routine (and has not restored it)
    dose: str  # the dose at the person's current level, e.g. "hold 30 s each side, 2–3 times"

    @property
    def hurt_total(self) -> int:
        """All Hurts answers, whatever the level."""
        return self.hurt_mild + self.hurt_strong + self.hurt_sharp + self.hurt_urgent


@dataclass(frozen=True, slots=True)
class DoseChange:
    """One change of an exercise's dose level in the period, in the person's words.

    `before` and `after` are the doses at the old and new level as the person read them;
    `reason` is a label from content ("three easy sessions"), empty for an unknown code.
    """

    day: date
    exercise: str
    before: str
    after: str
    raised: bool
    reason: str


@dataclass(frozen=True, slots=True)
class SafetyEvent:
    """A dated safety event; `detail` is a label from content, never the person's words.

    For SYMPTOM it names the kind (e.g. "emergency signs" or "see a professional"), for
    ESCALATION the reason, for RED_FLAG the checklist item, for STOP the exercise or reason.
    """

    day: date
    kind: SafetyKind
    detail: str


@dataclass(frozen=True, slots=True)
class ReportData:
    """One report: the period `start`..`end` inclusive (local dates) and what happened in it."""

    start: date
    end: date
    created: date  # the local date the report was made
    person_name: str  # Telegram's first name unless the person chose another
    routine_name: str  # the routine's title from content
    adherence: Adherence
    # One entry per day from start to end (the renderer tolerates gaps, drawn as REST).
    calendar: tuple[tuple[date, DayStatus], ...]
    # False when the person has pain tracking off (or no consent): pain is then not shown.
    pain_tracked: bool
    # Finished sessions from start to end only, oldest first (empty when not tracked). A week cut
    # by the period's edge averages only its days inside the period.
    pain: tuple[PainSession, ...]
    # The activities checked in the period, in the order the person named them (at most three,
    # plus any swapped out during the period); empty when no check was made.
    psfs: tuple[PsfsActivity, ...]
    # Every exercise of the person's routine plus any dropped one, in routine order.
    exercises: tuple[ExerciseRow, ...]
    # Events from start to end; the renderer sorts them by date.
    safety: tuple[SafetyEvent, ...]
    # Dose level changes from start to end, oldest first (issue 20's ladders).
    dose_changes: tuple[DoseChange, ...] = ()

    def __post_init__(self) -> None:
        """A report covers at least one day."""
        if self.start > self.end:
            raise ValueError(f"start {self.start} is after end {self.end}")

    @property
    def days(self) -> int:
        """The period's length in days, both ends included."""
        return (self.end - self.start).days + 1

    @property
    def sessions_per_week(self) -> float:
        """Done sessions per 7 days, to one decimal; a period under a week counts as one week,
        so one session on day one reads 1.0 per week, not 7.0."""
        return round(self.adherence.sessions_done * 7 / max(self.days, 7), 1)

    @property
    def session_points(self) -> tuple[SessionPoint, ...]:
        """The pain sessions in the shape bot.domain.progress and the charts read."""
        return tuple(SessionPoint(s.day, s.before, s.after) for s in self.pain)

    @property
    def weekly_pain(self) -> tuple[WeeklyAverage, ...]:
        """Mean before-session pain per calendar week (Monday first), as /progress counts it."""
        return weekly_averages(self.session_points, self.start, self.end)

    @property
    def pain_trend(self) -> PainChange | None:
        """First rated week vs last rated week, one decimal as shown; None with under 2 weeks."""
        return first_vs_last_week(self.weekly_pain)

    @property
    def psfs_trend(self) -> PsfsChange | None:
        """Mean of the first vs the last check over activities scored in both (>= 2 counts)."""
        return psfs_mean_trend(self.psfs)


def first_vs_last_week(weeks: Sequence[WeeklyAverage]) -> PainChange | None:
    """The pain change between the first and the last week that have ratings."""
    rated = [week for week in weeks if week.average is not None]
    if len(rated) < 2:
        return None
    return shown_change(rated[0].average, rated[-1].average)


def psfs_mean_trend(activities: Sequence[PsfsActivity]) -> PsfsChange | None:
    """Mean first vs last score of the activities scored at least twice; None if none were."""
    pairs = [(a.scores[0].score, a.scores[-1].score) for a in activities if len(a.scores) >= 2]
    if not pairs:
        return None
    return mean_change([first for first, _ in pairs], [last for _, last in pairs])
