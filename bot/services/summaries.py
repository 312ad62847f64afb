"""Mapping between stored sessions and the pure walk, and the end-of-session summary."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Protocol

from bot.domain.adaptation import is_plain_skip
from bot.domain.progress import week_start_of
from bot.domain.routine import HurtLevel, Outcome, Phase, Progress, Status, counts_for_streak
from bot.services.adaptation import exercises_to_ask_about, mark_of
from bot.services.encouragement import encourage
from bot.services.escalations import TREND_DAYS, escalate, ratings_of
from bot.services.ports import UnitOfWork
from bot.services.progression import Growth
from bot.services.records import (
    NewExerciseResult,
    NewPainRating,
    OutcomeRow,
    SessionSnapshot,
    UserRecord,
)
from bot.services.replies import Summary
from bot.services.step_rows import as_outcomes
from bot.services.users import current_streak, pause_spans, reschedule, user_today

logger = logging.getLogger(__name__)
_NO_GROWTH = Growth()


@dataclass(frozen=True, slots=True)
class Tally:
    """How a session's exercises went."""

    done: int
    skipped: int
    hurt: int
    # Skipped without a Hurts press: only these can lead to the keep-or-drop question.
    plain_skipped: int


class WalkColumns(Protocol):
    """The columns of a session row that hold its walk: the ORM row or a press's snapshot."""

    @property
    def phase(self) -> str: ...
    @property
    def step(self) -> int: ...
    @property
    def total(self) -> int: ...
    @property
    def status(self) -> str: ...
    @property
    def track_pain(self) -> bool: ...
    @property
    def gentler(self) -> bool: ...
    @property
    def hurt(self) -> str | None: ...
    @property
    def stopping(self) -> bool: ...
    @property
    def softened(self) -> str: ...


def progress_of(session: WalkColumns) -> Progress:
    """Read the walk's state from its row."""
    softened = frozenset(int(step) for step in session.softened.split(",") if step)
    return Progress(
        hurt=None if session.hurt is None else HurtLevel(session.hurt),
        softened=softened,
        phase=Phase(session.phase),
        step=session.step,
        total=session.total,
        track_pain=session.track_pain,
        status=Status(session.status),
        gentler=session.gentler,
        stopping=session.stopping,
    )


def with_progress(snapshot: SessionSnapshot, progress: Progress, now: datetime) -> SessionSnapshot:
    """The walk's new state in the row, with the version that stale buttons are checked against."""
    return replace(
        snapshot,
        phase=progress.phase,
        step=progress.step,
        status=progress.status,
        gentler=progress.gentler,
        hurt=None if progress.hurt is None else progress.hurt.value,
        stopping=progress.stopping,
        version=snapshot.version + 1,
        updated_at=now,
        finished_at=now if progress.phase is Phase.FINISHED else snapshot.finished_at,
    )


def counted_with(finished: SessionSnapshot, tally: Tally) -> SessionSnapshot:
    """The finished session marked as counting for the streak or not."""
    counted = counts_for_streak(Status(finished.status), tally.done, finished.total)
    return replace(finished, counted=counted)


def tally_of(results: Sequence[OutcomeRow]) -> Tally:
    """How many exercises were done, skipped (plainly or for pain) and hurt."""
    return Tally(
        done=sum(1 for r in results if r.outcome == Outcome.DONE),
        skipped=sum(1 for r in results if r.outcome in (Outcome.SKIPPED, Outcome.HURT_SKIPPED)),
        hurt=sum(1 for r in results if r.hurt_level is not None),
        plain_skipped=sum(1 for r in results if is_plain_skip(mark_of(r))),
    )


async def finish_walk(
    uow: UnitOfWork,
    changed: SessionSnapshot,
    *,
    result: NewExerciseResult | None,
    rating: NewPainRating | None,
    now: datetime,
    growth: Growth = _NO_GROWTH,
) -> Summary:
    """Store a walk's last step with its counts, then update its owner (streak, reminder).

    `changed` is the session at its finished phase, read under its owner's lock in `uow`;
    commits `uow`. Without consent the session's ratings are erased once read.
    """
    outcomes = [*await uow.sessions.results(changed.id), *as_outcomes(result)]
    tally = tally_of(outcomes)
    finished = counted_with(changed, tally)
    await uow.steps.save_step(finished, result=result, rating=rating)
    user = await uow.users.get(changed.user_id, for_update=True)
    if user is None:
        raise LookupError(f"the owner of session {changed.id} vanished under its lock")
    summary = await build_summary(uow, finished, tally, user, now, growth)
    if not finished.track_pain:
        await uow.sessions.forget_ratings(finished.id)
    await uow.users.save(user)
    await uow.commit()
    logger.info(
        "session finished user=%s session=%s status=%s", user.id, finished.id, finished.status
    )
    return summary


async def build_summary(
    uow: UnitOfWork,
    session: SessionSnapshot,
    tally: Tally,
    user: UserRecord,
    now: datetime,
    growth: Growth = _NO_GROWTH,
) -> Summary:
    """Settle the streak and the next reminder of a stored finished session, and describe it."""
    today = user_today(user, now)
    pauses = await pause_spans(uow, user.id)
    streak = await current_streak(uow, user, now, pauses=pauses)
    user.streak_current, user.streak_best, user.streak_day = streak.current, streak.best, today
    done_today = session.counted and session.local_date == today
    await reschedule(uow, user, now, done_on=today if done_today else None, pauses=pauses)
    user.updated_at = now
    window_start = today - timedelta(days=TREND_DAYS)
    # Only the six calendar weeks the rules read; not the whole history on every finish.
    # Without consent only this session's ratings exist, and the checks run on them alone.
    rated = await uow.history.rated(user.id, since=week_start_of(window_start))
    ratings = ratings_of(session.id, rated)
    reasons = await escalate(uow, session, ratings, rated, window_start, today, now)
    ask_about: tuple[str, ...] = ()
    if reasons:
        # Pain that needs a professional's look: screen again before the next routine.
        user.screened_at = None
    else:
        ask_about = await exercises_to_ask_about(uow, user.id, plain_skips=tally.plain_skipped)
    extras = await encourage(
        uow,
        user,
        session,
        done=tally.done,
        ratings=ratings,
        escalated=bool(reasons),
        pauses=pauses,
        growth=growth,
        today=today,
        now=now,
    )
    return Summary(
        escalations=reasons,
        ask_about=ask_about,
        routine_id=session.routine_id,
        status=Status(session.status),
        done=tally.done,
        skipped=tally.skipped,
        hurt=tally.hurt,
        track_pain=session.track_pain,
        pain_before=ratings.get("before"),
        pain_after=ratings.get("after"),
        counted=session.counted,
        streak=streak,
        next_nudge_at=user.next_nudge_at,
        timezone=user.timezone,
        session_id=session.id,
        total=session.total,
        extras=extras,
    )
