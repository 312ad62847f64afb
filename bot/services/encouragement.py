"""What a finished session adds to its summary: praise, the weekly streak, a lesson, doses.

Everything here is left out when the session ends with safety advice (escalations): advice
never shares a reply with praise, questions or lessons. A level change is still recorded and
announced then, as a plain fact.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from bot.domain.nudge_days import days_of
from bot.domain.praise import Praise, milestone_of, praise_for
from bot.domain.reminders import PauseSpan, paused_days
from bot.domain.streaks import rest_days
from bot.domain.weekly_goal import (
    DEFAULT_GOAL,
    WeeklyGoal,
    WeeklyStreak,
    week_start,
    week_tally,
    weekly_streak,
)
from bot.services.lessons import lesson_after_session
from bot.services.ports import UnitOfWork
from bot.services.progression import LOOKBACK_SESSIONS, Growth, LevelChangeNote, progress_levels
from bot.services.records import SessionSnapshot, UserRecord


def weekly_goal_of(user: UserRecord) -> WeeklyGoal:
    """The user's goal in days a week (3, 5 or 7), chosen at onboarding or in /settings."""
    return WeeklyGoal(user.weekly_goal)


@dataclass(frozen=True, slots=True)
class Encouragement:
    """The summary's extras: see Summary in bot/services/replies.py."""

    praise: Praise | None = None
    weekly: WeeklyStreak | None = None
    weekly_goal: int = DEFAULT_GOAL
    # Done and paused days so far this week, towards the goal.
    week_days: int = 0
    # The days since the last counted day were all rest or paused days (at least one): the
    # weekly streak's "rest days never break it" is then said, and true of what just happened.
    after_rest: bool = False
    ask_feel: bool = False
    lesson_id: str | None = None
    level_changes: tuple[LevelChangeNote, ...] = ()


async def weekly_of(
    uow: UnitOfWork, user: UserRecord, today: date, pauses: tuple[PauseSpan, ...]
) -> WeeklyStreak:
    """Weeks in a row with the goal met, as of today; paused days count towards the goal."""
    done = await uow.sessions.counted_days(user.id)
    return weekly_streak(done, weekly_goal_of(user), today, paused_days(pauses, today))


async def encourage(
    uow: UnitOfWork,
    user: UserRecord,
    session: SessionSnapshot,
    *,
    done: int,
    ratings: dict[str, int],
    escalated: bool,
    pauses: tuple[PauseSpan, ...],
    growth: Growth,
    today: date,
    now: datetime,
) -> Encouragement:
    """Praise, milestone, weekly streak, lesson and dose changes for a finished session.

    Changes `user` (the lesson's day); the caller saves it and commits.
    """
    changes: tuple[LevelChangeNote, ...] = ()
    if user.pain_consent:
        hurt = [row.exercise_id for row in await uow.sessions.results(session.id) if row.hurt_level]
        changes = await progress_levels(uow, user.id, hurt, growth, today, now)
    if escalated:
        return Encouragement(level_changes=changes)
    paused = paused_days(pauses, today)
    counted = await uow.sessions.counted_days(user.id)
    recent = await uow.levels.finished(user.id, LOOKBACK_SESSIONS)
    again_today = any(s.counted and s.local_date == today and s.id != session.id for s in recent)
    earlier = {day for day in counted if day != today} | ({today} if again_today else set())
    rest = rest_days(days_of(user.nudge_days), min(counted, default=None), today)
    milestone = milestone_of(earlier, today, paused | rest) if session.counted else None
    last = max((day for day in earlier if day < today), default=None)
    gap = (
        set() if last is None else {last + timedelta(days=n) for n in range(1, (today - last).days)}
    )
    goal = weekly_goal_of(user)
    week = week_tally(counted, paused, week_start(today))
    return Encouragement(
        praise=praise_for(
            done, session.total, ratings.get("before"), ratings.get("after"), milestone
        ),
        weekly=weekly_streak(counted, goal, today, paused),
        weekly_goal=int(goal),
        week_days=week.done + week.paused,
        after_rest=bool(gap) and gap <= paused | rest,
        ask_feel=bool(user.pain_consent),
        lesson_id=await lesson_after_session(uow, user, growth.lesson_ids, today, now),
        level_changes=changes,
    )
