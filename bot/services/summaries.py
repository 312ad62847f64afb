"""Mapping between stored sessions and the pure walk, and the end-of-session summary."""

from __future__ import annotations

from datetime import datetime

from bot.domain.routine import Outcome, Phase, Progress, Status, counts_for_streak
from bot.services.ports import UnitOfWork
from bot.services.replies import Summary
from bot.services.users import current_streak, reschedule, user_today
from db.models import RoutineSession, User


def progress_of(session: RoutineSession) -> Progress:
    """Read the walk's state from its row."""
    return Progress(
        phase=Phase(session.phase),
        step=session.step,
        total=session.total,
        track_pain=session.track_pain,
        status=Status(session.status),
        gentler=session.gentler,
        stopping=session.stopping,
    )


def store_progress(session: RoutineSession, progress: Progress, now: datetime) -> None:
    """Write the walk's state back and bump the version that stale buttons are checked against."""
    session.phase = progress.phase
    session.step = progress.step
    session.status = progress.status
    session.gentler = progress.gentler
    session.stopping = progress.stopping
    session.version += 1
    session.updated_at = now
    if progress.phase is Phase.FINISHED:
        session.finished_at = now


async def build_summary(
    uow: UnitOfWork, session: RoutineSession, user: User, now: datetime
) -> Summary:
    """Count outcomes, settle the streak and the next reminder, and describe the session."""
    await uow.sessions.flush()
    results = await uow.sessions.results(session.id)
    done = sum(1 for r in results if r.outcome == Outcome.DONE)
    skipped = sum(1 for r in results if r.outcome in (Outcome.SKIPPED, Outcome.HURT_SKIPPED))
    hurt = sum(1 for r in results if r.hurt_level is not None)
    status = Status(session.status)
    session.counted = counts_for_streak(status, done, session.total)
    await uow.sessions.flush()
    today = user_today(user, now)
    streak = await current_streak(uow, user, now)
    user.streak_current, user.streak_best, user.streak_day = streak.current, streak.best, today
    done_today = session.counted and session.local_date == today
    await reschedule(uow, user, now, done_on=today if done_today else None)
    user.updated_at = now
    ratings = await uow.sessions.ratings(session.id)
    return Summary(
        routine_id=session.routine_id,
        status=status,
        done=done,
        skipped=skipped,
        hurt=hurt,
        track_pain=session.track_pain,
        pain_before=ratings.get("before"),
        pain_after=ratings.get("after"),
        counted=session.counted,
        streak=streak,
        next_nudge_at=user.next_nudge_at,
        timezone=user.timezone,
    )
