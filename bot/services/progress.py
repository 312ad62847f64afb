"""/progress and /history: plain numbers and series; rendering happens in the handlers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from bot.content.models import QUICK_ROUTINE_ID
from bot.domain.day_status import DayStatus
from bot.domain.habit_days import (
    day_statuses,
    months_between,
    sessions_in_last_days,
)
from bot.domain.nudge_days import days_of
from bot.domain.progress import (
    DailyPoint,
    ProgressStats,
    SessionPoint,
    WeeklyAverage,
    daily_series,
    progress_stats,
    weekly_averages,
)
from bot.domain.reminders import paused_days
from bot.domain.streaks import Streak
from bot.domain.weekly_goal import DEFAULT_GOAL, WeeklyStreak
from bot.services.encouragement import weekly_goal_of, weekly_of
from bot.services.ports import Clock, UnitOfWork, UnitOfWorkFactory
from bot.services.records import LevelChangeRecord, RatedSession, UserRecord
from bot.services.update_receipt import UpdateReceipt
from bot.services.users import current_streak, pause_spans, today_in, user_today

HISTORY_PAGE = 10
# The habit calendar shows at most this many months, the latest ones of the window.
CALENDAR_MONTHS = 3


@dataclass(frozen=True, slots=True)
class ProgressReport:
    """Everything /progress shows for one window."""

    window_days: int | None
    start: date
    today: date
    timezone: str
    stats: ProgressStats
    streak: Streak
    series: tuple[DailyPoint, ...]
    weekly: tuple[WeeklyAverage, ...]
    tracks_pain: bool
    habit: HabitCalendar = field(default_factory=lambda: HabitCalendar())
    # Weeks in a row with the goal met, and the goal (issue 20).
    weekly_streak: WeeklyStreak | None = None
    weekly_goal: int = DEFAULT_GOAL


@dataclass(frozen=True, slots=True)
class HabitCalendar:
    """The habit calendar for everyone: each day's status over whole months, and rolling counts.

    `sessions_7` and `sessions_30` count counted sessions in the last 7 and 30 days (today
    included), so the shorter count is never the larger.
    """

    days: Mapping[date, DayStatus] = field(default_factory=dict)
    months: tuple[tuple[int, int], ...] = ()
    sessions_7: int = 0
    sessions_30: int = 0
    # Whether the user ever finished a session: before that there is nothing to show.
    ever: bool = False


@dataclass(frozen=True, slots=True)
class HistoryLine:
    """One finished session."""

    local_date: date
    routine_id: str
    status: str
    done: int
    skipped: int
    hurt: int
    before: int | None
    after: int | None


@dataclass(frozen=True, slots=True)
class HistoryPage:
    """Ten sessions and whether there are older ones."""

    page: int
    lines: tuple[HistoryLine, ...]
    has_older: bool
    # Dose changes, oldest first, on the first page only (issue 20).
    level_changes: tuple[LevelChangeRecord, ...] = ()


async def session_points(
    uow: UnitOfWork, user_id: int, since: date | None = None
) -> list[SessionPoint]:
    """Finished sessions (all, or from `since` on) as plain points with their ratings."""
    return points_of(await uow.history.rated(user_id, since=since))


def points_of(rated: Sequence[RatedSession]) -> list[SessionPoint]:
    """Rated session rows as the pure progress rules' points."""
    return [SessionPoint(s.local_date, s.before, s.after, s.counted) for s in rated]


async def habit_calendar(
    uow: UnitOfWork, user: UserRecord, today: date, start: date, *, ever: bool
) -> HabitCalendar:
    """Whole months from `start`'s (the latest CALENDAR_MONTHS of them) up to today."""
    months = months_between(min(start, today), today, most=CALENDAR_MONTHS)
    first_shown = date(*months[0], 1)
    since = min(first_shown, today - timedelta(days=29))
    practised = await uow.history.practised_days(user.id, since)
    spans = await pause_spans(uow, user.id)
    days = day_statuses(
        ((day, routine_id != QUICK_ROUTINE_ID) for day, routine_id in practised),
        paused_days(spans, today),
        days_of(user.nudge_days),
        max(first_shown, today_in(user.timezone, user.created_at)),
        today,
    )
    counted = [day for day, _ in practised]
    return HabitCalendar(
        days=days,
        months=months,
        sessions_7=sessions_in_last_days(counted, today, 7),
        sessions_30=sessions_in_last_days(counted, today, 30),
        ever=ever,
    )


class ProgressService:
    """Read-only use cases over a user's history."""

    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow_factory = uow_factory
        self._clock = clock

    async def report(
        self, user_id: int, window_days: int | None, *, receipt: UpdateReceipt | None
    ) -> ProgressReport | None:
        """Numbers and series for the last `window_days` days (None: all time)."""
        now = self._clock()
        async with self._uow_factory(receipt) as uow:
            user = await uow.users.get(user_id)
            if user is None or user.onboarding_step != "done":
                return None
            today = user_today(user, now)
            points = await session_points(uow, user_id)
            first = min((p.local_date for p in points), default=today)
            start = first if window_days is None else today - timedelta(days=window_days - 1)
            habit = await habit_calendar(uow, user, today, start, ever=bool(points))
            return ProgressReport(
                window_days=window_days,
                start=start,
                today=today,
                timezone=user.timezone,
                stats=progress_stats(points, today),
                streak=await current_streak(uow, user, now),
                series=daily_series(points, start, today),
                weekly=weekly_averages(points, start, today),
                tracks_pain=bool(user.pain_consent),
                habit=habit,
                weekly_streak=await weekly_of(uow, user, today, await pause_spans(uow, user.id)),
                weekly_goal=weekly_goal_of(user),
            )

    async def history(
        self, user_id: int, page: int, *, receipt: UpdateReceipt | None
    ) -> HistoryPage:
        """Finished sessions, ten per page, newest first."""
        async with self._uow_factory(receipt) as uow:
            sessions = await uow.history.finished(
                user_id, limit=HISTORY_PAGE + 1, offset=page * HISTORY_PAGE
            )
            shown = sessions[:HISTORY_PAGE]
            results = await uow.history.results_of([s.id for s in shown])
            ratings = await uow.history.ratings_of([s.id for s in shown])
            lines = tuple(
                HistoryLine(
                    s.local_date,
                    s.routine_id,
                    s.status,
                    sum(r.outcome == "done" for r in results[s.id]),
                    sum(r.outcome in ("skipped", "hurt_skipped") for r in results[s.id]),
                    sum(r.hurt_level is not None for r in results[s.id]),
                    ratings[s.id].get("before"),
                    ratings[s.id].get("after"),
                )
                for s in shown
            )
            changes = await uow.levels.changes(user_id) if page == 0 else []
            return HistoryPage(
                page, lines, len(sessions) > HISTORY_PAGE, tuple(changes[-HISTORY_PAGE:])
            )
