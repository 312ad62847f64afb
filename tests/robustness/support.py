"""What every robustness test checks: no logged errors, and a database that still makes sense."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.domain.nudge_days import days_of
from bot.domain.reminders import PauseSpan, paused_days
from bot.domain.schedule import find_zone, local_date
from bot.domain.streaks import Streak, compute_streak, rest_days
from db.models import ExerciseResult, PainRating, Pause, RoutineSession, User
from tests.support.fakes import FakeBotApi, SentMessage

UTC_ZONE = ZoneInfo("UTC")
SUMMARY_MARK = "🏁"
COUNTING_STATUSES = frozenset({"completed", "stopped"})
PAIN_KINDS = frozenset({"before", "after"})


class ErrorLog(logging.Handler):
    """Collects every ERROR (or worse) record: the bot's error handler logs each failed update."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        """Keep the record for the next check."""
        self.records.append(record)

    def take(self) -> list[str]:
        """Describe and forget the records collected so far."""
        found = [describe(record) for record in self.records]
        self.records.clear()
        return found


def describe(record: logging.LogRecord) -> str:
    """Logger, message and exception of a record, for a readable failure."""
    text = f"{record.name}: {record.getMessage()}"
    if record.exc_info and record.exc_info[1] is not None:
        error = record.exc_info[1]
        text += f" [{type(error).__name__}: {error}]"
    return text


@contextmanager
def capture_errors() -> Iterator[ErrorLog]:
    """Watch the root logger (every logger propagates to it) while the block runs."""
    handler = ErrorLog()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield handler
    finally:
        root.removeHandler(handler)


@dataclass(frozen=True)
class Snapshot:
    """Every row the invariants look at, read in one go."""

    users: dict[int, Any]
    sessions: list[Any]
    results: list[Any]
    ratings: list[Any]
    pauses: list[Any]

    def sessions_of(self, user_id: int) -> list[Any]:
        """One user's sessions in id order."""
        return [s for s in self.sessions if s.user_id == user_id]

    def results_of(self, session_id: int) -> list[Any]:
        """One session's exercise results in id order."""
        return [r for r in self.results if r.session_id == session_id]

    def ratings_of(self, session_id: int) -> list[Any]:
        """One session's pain ratings in id order."""
        return [r for r in self.ratings if r.session_id == session_id]

    def pauses_of(self, user_id: int) -> tuple[PauseSpan, ...]:
        """One user's pauses as the domain sees them."""
        mine = [p for p in self.pauses if p.user_id == user_id]
        return tuple(PauseSpan(p.start_date, p.end_date) for p in mine)


async def read_snapshot(engine: AsyncEngine) -> Snapshot:
    """Read users, sessions, results, ratings and pauses as committed right now."""
    async with engine.connect() as connection:

        async def rows(model: Any) -> list[Any]:
            result = await connection.execute(select(model).order_by(model.id))
            return list(result.all())

        users = {row.id: row for row in await rows(User)}
        return Snapshot(
            users=users,
            sessions=await rows(RoutineSession),
            results=await rows(ExerciseResult),
            ratings=await rows(PainRating),
            pauses=await rows(Pause),
        )


def storage_problems(snapshot: Snapshot) -> list[str]:
    """Rules the stored data must obey whatever the users did."""
    problems: list[str] = []
    sessions = {s.id: s for s in snapshot.sessions}
    active = Counter(s.user_id for s in snapshot.sessions if s.status == "active")
    problems += [f"user {u} has {n} active sessions" for u, n in active.items() if n > 1]
    for rating in snapshot.ratings:
        session = sessions.get(rating.session_id)
        if not 0 <= rating.score <= 10:
            problems.append(f"pain rating {rating.id} is {rating.score}, outside 0–10")
        if rating.kind not in PAIN_KINDS:
            problems.append(f"pain rating {rating.id} has kind {rating.kind!r}")
        if session is None or session.user_id != rating.user_id:
            problems.append(f"pain rating {rating.id} belongs to another user's session")
        elif not session.track_pain and session.status != "active":
            # Without consent a rating lives only while its session runs (the safety check).
            problems.append(f"pain rating {rating.id} kept after a session without consent")
    kinds = Counter((r.session_id, r.kind) for r in snapshot.ratings)
    problems += [f"session {s} has {n} '{k}' ratings" for (s, k), n in kinds.items() if n > 1]
    positions = Counter((r.session_id, r.position) for r in snapshot.results)
    problems += [f"session {s} position {p} saved {n}×" for (s, p), n in positions.items() if n > 1]
    for result in snapshot.results:
        session = sessions.get(result.session_id)
        if session is None or not 0 <= result.position < session.total:
            problems.append(f"result {result.id} at position {result.position} is out of range")
    for session in snapshot.sessions:
        if session.counted and session.status not in COUNTING_STATUSES:
            problems.append(f"session {session.id} counts for the streak as {session.status}")
        if (session.finished_at is None) == (session.status in COUNTING_STATUSES | {"red_flag"}):
            problems.append(
                f"session {session.id} is {session.status} with finished_at={session.finished_at}"
            )
    return problems


def today_in(zone_name: str, at: datetime) -> date:
    """The local date in a zone, as the bot computes it (unknown names fall back to UTC)."""
    return local_date(at, find_zone(zone_name) or UTC_ZONE)


def recomputed_streak(snapshot: Snapshot, user_id: int, today: date) -> Streak:
    """The streak from the sessions alone: distinct local dates of counted sessions, paused and
    rest days (weekdays outside the user's goal days) bridging it as the bot's rule says."""
    done = {s.local_date for s in snapshot.sessions_of(user_id) if s.counted}
    paused = paused_days(snapshot.pauses_of(user_id), today)
    goal_days = days_of(snapshot.users[user_id].nudge_days)
    return compute_streak(
        done, today, paused | rest_days(goal_days, min(done, default=None), today)
    )


@dataclass
class StreakModel:
    """What users.streak_current/streak_best must say, given when each user last finished.

    The stored streak is a cache written when a session finishes: it is the streak as of the
    user's local date *at that moment*, in the zone they had then. Comparing it with a streak
    computed for "now" would be comparing different days, so each user's last finish is
    remembered as an anchor. The one legitimate later change is the nudge tick, which zeroes a
    stale `streak_current` (never `streak_best`) when the run has really been broken since.
    """

    anchors: dict[int, tuple[datetime, str]] = field(default_factory=dict)
    finished: set[int] = field(default_factory=set)
    zeroed_by_nudge: set[int] = field(default_factory=set)

    def observe(self, snapshot: Snapshot, now: datetime) -> list[str]:
        """Record sessions that finished in the step just run (their finished_at is now)."""
        problems: list[str] = []
        for session in snapshot.sessions:
            if session.finished_at is None or session.id in self.finished:
                continue
            self.finished.add(session.id)
            if session.finished_at != now:
                problems.append(f"session {session.id} finished_at {session.finished_at} != {now}")
            user = snapshot.users[session.user_id]
            self.anchors[user.id] = (now, user.timezone)
            self.zeroed_by_nudge.discard(user.id)
        return problems

    def after_tick(self, before: Snapshot, after: Snapshot, now: datetime) -> list[str]:
        """A tick may zero a broken run's current streak, and change nothing else."""
        problems: list[str] = []
        for user_id, user in after.users.items():
            old = before.users.get(user_id)
            if old is None or old.streak_current == user.streak_current:
                continue
            today = today_in(user.timezone, now)
            if user.streak_current != 0 or recomputed_streak(after, user_id, today).current != 0:
                problems.append(
                    f"tick changed user {user_id}'s streak {old.streak_current} -> "
                    f"{user.streak_current} although the run as of {today} is unbroken"
                )
            self.zeroed_by_nudge.add(user_id)
        return problems

    def problems(self, snapshot: Snapshot) -> list[str]:
        """Stored streaks against the streak recomputed as of each user's last finish."""
        found: list[str] = []
        for user_id, user in snapshot.users.items():
            stored = (user.streak_current, user.streak_best)
            anchor = self.anchors.get(user_id)
            if anchor is None:
                if stored != (0, 0) or user.streak_day is not None:
                    found.append(f"user {user_id} never finished a session but has {stored}")
                continue
            at, zone = anchor
            today = today_in(zone, at)
            expected = recomputed_streak(snapshot, user_id, today)
            current = 0 if user_id in self.zeroed_by_nudge else expected.current
            if stored != (current, expected.best) or user.streak_day != today:
                found.append(
                    f"user {user_id}: stored streak {stored} on {user.streak_day}, recomputed "
                    f"{(current, expected.best)} as of {today} ({zone}, last finish {at})"
                )
        return found


@dataclass(frozen=True)
class Prompt:
    """The newest routine message a person sees: a question with buttons, or the summary."""

    message_id: int
    session_id: int | None = None
    version: int | None = None
    pain: bool = False

    @property
    def identity(self) -> tuple[int, int] | None:
        """(session, version) of a question; None for the summary."""
        if self.session_id is None or self.version is None:
            return None
        return self.session_id, self.version


def as_prompt(sent: SentMessage) -> Prompt | None:
    """Read a message as a routine prompt (from its callback data) or the summary."""
    if SUMMARY_MARK in (sent.text or ""):
        return Prompt(sent.message_id)
    for _, data in sent.buttons:
        kind, *fields = data.split(":")
        if kind in ("r", "p") and len(fields) == 3:
            return Prompt(sent.message_id, int(fields[0]), int(fields[1]), kind == "p")
    return None


def newest_prompt(api: FakeBotApi, chat_id: int) -> Prompt | None:
    """The newest summary or routine question in a chat."""
    for sent in reversed(api.messages_to(chat_id)):
        prompt = as_prompt(sent)
        if prompt is not None:
            return prompt
    return None
