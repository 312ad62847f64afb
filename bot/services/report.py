"""/report: gather one period of a person's data into ReportData, in one read-only unit of work.

The PDF itself is drawn elsewhere (bot/reports, in a worker thread); this only reads and shapes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time, timedelta
from enum import StrEnum

from bot.domain.nudge_days import days_of
from bot.domain.reminders import paused_days
from bot.domain.report import ReportData
from bot.domain.schedule import local_date, resolve_local_time
from bot.services import report_build as build
from bot.services.ports import Clock, UnitOfWorkFactory
from bot.services.psfs import psfs_history
from bot.services.report_build import ReportWords
from bot.services.update_receipt import UpdateReceipt
from bot.services.users import pause_spans, user_today, zone_of


class NoReport(StrEnum):
    """Why there is no PDF to send."""

    NOT_ONBOARDED = "not_onboarded"
    NO_SESSIONS = "no_sessions"  # none finished, ever
    NONE_IN_PERIOD = "none_in_period"  # some, but none in the chosen period


@dataclass(frozen=True, slots=True)
class ReportOutcome:
    """The report's data, or why there is none."""

    data: ReportData | None
    missing: NoReport | None = None


class ReportService:
    """Reads a period of the person's sessions, exercises, function checks and safety events."""

    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock, words: ReportWords) -> None:
        self._uow_factory = uow_factory
        self._clock = clock
        self._words = words

    async def gather(
        self, user_id: int, person_name: str, days: int | None, *, receipt: UpdateReceipt | None
    ) -> ReportOutcome:
        """The last `days` days up to today (None: since the first session), from the later of
        that and the day the person joined."""
        now = self._clock()
        words = self._words
        async with self._uow_factory(receipt) as uow:
            user = await uow.users.get(user_id)
            if user is None or user.onboarding_step != "done":
                return ReportOutcome(None, NoReport.NOT_ONBOARDED)
            zone = zone_of(user)
            today = user_today(user, now)
            first = await uow.reports.first_day(user_id)
            if first is None:
                return ReportOutcome(None, NoReport.NO_SESSIONS)
            joined = min(first, user.created_at.astimezone(zone).date())
            start = first if days is None else max(today - timedelta(days=days - 1), joined)
            sessions = await uow.reports.sessions(user_id, start, today)
            if not sessions:
                return ReportOutcome(None, NoReport.NONE_IN_PERIOD)
            steps = await uow.reports.steps(user_id, start, today)
            paused = paused_days(await pause_spans(uow, user_id), today)
            dropped = await uow.prefs.dropped(user_id)
            tracked = bool(user.pain_consent)
            psfs = await psfs_history(uow, user_id, start) if tracked else ()
            since = resolve_local_time(start, time(0), zone)
            until = resolve_local_time(today + timedelta(days=1), time(0), zone)
            events = await uow.reports.safety_events(user_id, since, until)
            levels = {
                eid: record.level for eid, record in (await uow.levels.of_user(user_id)).items()
            }
            changes = await uow.levels.changes(user_id)
        safety = (
            build.safety_event(local_date(event.created_at, zone), event.reason, words)
            for event in events
        )
        return ReportOutcome(
            ReportData(
                start=start,
                end=today,
                created=today,
                person_name=person_name,
                routine_name=words.routines.get(words.main_routine, words.main_routine),
                adherence=build.adherence(sessions, paused, today),
                calendar=build.calendar(
                    sessions, start, today, paused=paused, goal_weekdays=days_of(user.nudge_days)
                ),
                pain_tracked=tracked,
                pain=build.pain(sessions) if tracked else (),
                psfs=psfs,
                exercises=build.exercise_rows(steps, dropped, words, levels),
                safety=tuple(event for event in safety if event is not None),
                dose_changes=build.dose_changes(changes, start, today, words),
            )
        )
