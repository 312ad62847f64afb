"""In-memory repositories behind a routine walk: users, sessions, steps, history, safety."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime

from bot.services.records import (
    FinishedSession,
    NewExerciseResult,
    NewPainRating,
    NewSession,
    OutcomeRow,
    RatedSession,
    SessionSnapshot,
    UserRecord,
)
from tests.services.fake_store import Store

FINISHED = ("completed", "stopped", "red_flag")


class FakeUsers:
    """Users by id; a saved record replaces the stored one."""

    def __init__(self, store: Store) -> None:
        self._store = store

    async def get(self, user_id: int, *, for_update: bool = False) -> UserRecord | None:
        user = self._store.users.get(user_id)
        return None if user is None else replace(user)

    async def add(self, user: UserRecord) -> None:
        self._store.users[user.id] = replace(user)

    async def save(self, user: UserRecord) -> None:
        self._store.users[user.id] = replace(user)

    async def forget_streak(self, user_id: int) -> None:
        self._store.users[user_id].streak_current = 0

    async def existing(self, user_ids: Sequence[int]) -> set[int]:
        return {user_id for user_id in user_ids if user_id in self._store.users}


class FakeSessions:
    """Unlocked reads of sessions, their results, and the days that count."""

    def __init__(self, store: Store) -> None:
        self._store = store

    async def active_for(self, user_id: int) -> SessionSnapshot | None:
        return next(
            (
                s
                for s in self._store.sessions.values()
                if s.user_id == user_id and s.status == "active"
            ),
            None,
        )

    async def get(self, user_id: int, session_id: int) -> SessionSnapshot | None:
        found = self._store.sessions.get(session_id)
        return found if found is not None and found.user_id == user_id else None

    async def results(self, session_id: int) -> list[OutcomeRow]:
        return [
            OutcomeRow(r.session_id, r.exercise_id, r.outcome, r.hurt_level)
            for r in sorted(self._store.results, key=lambda r: r.position)
            if r.session_id == session_id
        ]

    async def counted_days(self, user_id: int) -> list[date]:
        mine = self._store.sessions.values()
        return sorted({s.local_date for s in mine if s.user_id == user_id and s.counted})

    async def forget_ratings(self, session_id: int) -> None:
        self._store.ratings = [r for r in self._store.ratings if r.session_id != session_id]


class FakeSteps:
    """The press path: snapshots in, changed snapshots and their records out."""

    def __init__(self, store: Store) -> None:
        self._store = store

    async def locked(self, user_id: int, session_id: int) -> SessionSnapshot | None:
        return await FakeSessions(self._store).get(user_id, session_id)

    async def locked_active(self, user_id: int) -> SessionSnapshot | None:
        return await FakeSessions(self._store).active_for(user_id)

    async def save_step(
        self,
        snapshot: SessionSnapshot,
        *,
        result: NewExerciseResult | None = None,
        rating: NewPainRating | None = None,
    ) -> None:
        if result is not None:
            self._store.results.append(result)
        if rating is not None:
            self._store.ratings.append(rating)
        self._store.sessions[snapshot.id] = snapshot

    async def insert(self, session: NewSession) -> int:
        session_id = self._store.new_id()
        timezone = self._store.users[session.user_id].timezone
        self._store.sessions[session_id] = session.stored_as(session_id, timezone)
        return session_id

    async def close(self, session_id: int, status: str, now: datetime) -> None:
        stored = self._store.sessions[session_id]
        self._store.sessions[session_id] = replace(stored, status=status, updated_at=now)


class FakeHistory:
    """Finished sessions with their ratings (outcome history is not kept here)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def _finished(self, user_id: int) -> list[SessionSnapshot]:
        mine = [
            s
            for s in self._store.sessions.values()
            if s.user_id == user_id and s.status in FINISHED
        ]
        return sorted(mine, key=lambda s: (s.started_at, s.id), reverse=True)

    async def finished(self, user_id: int, *, limit: int, offset: int = 0) -> list[FinishedSession]:
        page = self._finished(user_id)[offset : offset + limit]
        return [FinishedSession(s.id, s.routine_id, s.local_date, s.status) for s in page]

    async def rated(self, user_id: int, *, since: date | None = None) -> list[RatedSession]:
        found = []
        for s in self._finished(user_id):
            if since is None or s.local_date >= since:
                scores = (await self.ratings_of([s.id]))[s.id]
                found.append(
                    RatedSession(
                        s.id, s.local_date, s.counted, scores.get("before"), scores.get("after")
                    )
                )
        return found

    async def recent_outcomes(self, user_id: int, sessions: int) -> dict[int, list[OutcomeRow]]:
        return {}

    async def results_of(self, session_ids: Sequence[int]) -> dict[int, list[OutcomeRow]]:
        return {i: await FakeSessions(self._store).results(i) for i in session_ids}

    async def ratings_of(self, session_ids: Sequence[int]) -> dict[int, dict[str, int]]:
        found: dict[int, dict[str, int]] = {i: {} for i in session_ids}
        for rating in self._store.ratings:
            if rating.session_id in found:
                found[rating.session_id][rating.kind] = rating.score
        return found

    async def practised_days(self, user_id: int, since: date) -> list[tuple[date, str]]:
        return [
            (s.local_date, s.routine_id)
            for s in self._store.sessions.values()
            if s.user_id == user_id and s.counted and s.local_date >= since
        ]


class FakePreferences:
    """Dropped exercises as (user, exercise) pairs."""

    def __init__(self, store: Store) -> None:
        self._store = store

    async def dropped(self, user_id: int) -> set[str]:
        return {exercise for user, exercise in self._store.dropped if user == user_id}

    async def set_dropped(
        self, user_id: int, exercise_id: str, dropped: bool, now: datetime
    ) -> None:
        if dropped:
            self._store.dropped.add((user_id, exercise_id))
        else:
            self._store.dropped.discard((user_id, exercise_id))

    async def restore_all(self, user_id: int) -> None:
        self._store.dropped = {pair for pair in self._store.dropped if pair[0] != user_id}


class FakeSafety:
    """Safety events as (user, reason, when, session) tuples."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def add(
        self, user_id: int, reason: str, created_at: datetime, session_id: int | None = None
    ) -> None:
        self._store.safety_events.append((user_id, reason, created_at, session_id))

    async def recorded_since(self, user_id: int, reason: str, since: datetime) -> bool:
        return any(
            e[0] == user_id and e[1] == reason and e[2] >= since for e in self._store.safety_events
        )
