"""In-memory repositories around reminders and data: pauses, nudges, media, export, stats."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, replace
from datetime import date, datetime
from typing import Any

from bot.domain.fanout import Uptime
from bot.services.records import (
    NewNudge,
    NextNudge,
    NextWeekly,
    NudgeOutcome,
    NudgeRecord,
    PauseDates,
    PauseRecord,
    ScheduleChange,
    UserBlocked,
    UserRecord,
)
from bot.services.update_receipt import ClaimOutcome
from tests.services.fake_store import Store


class FakePauses:
    """Pauses by id."""

    def __init__(self, store: Store) -> None:
        self._store = store

    async def for_user(self, user_id: int) -> list[PauseDates]:
        mine = [p for p in self._store.pauses.values() if p.user_id == user_id]
        return [PauseDates(p.start_date, p.end_date) for p in sorted(mine, key=_start)]

    async def for_users(self, user_ids: Sequence[int]) -> dict[int, list[PauseDates]]:
        return {user_id: await self.for_user(user_id) for user_id in user_ids}

    async def open_on(self, user_id: int, day: date) -> PauseRecord | None:
        return next(
            (
                p
                for p in self._store.pauses.values()
                if p.user_id == user_id and (p.end_date is None or p.end_date >= day)
            ),
            None,
        )

    async def add(self, user_id: int, start_date: date, end_date: date | None) -> None:
        pause_id = self._store.new_id()
        self._store.pauses[pause_id] = PauseRecord(pause_id, user_id, start_date, end_date)

    async def save(self, pause: PauseRecord) -> None:
        self._store.pauses[pause.id] = pause


def _start(pause: PauseRecord) -> date:
    """Sort key: oldest pause first."""
    return pause.start_date


class FakeNudges:
    """The outbox; a claim takes every due user and pending nudge (no other replica here)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    async def claim_due_users(self, now: datetime, limit: int, salt: int = 1) -> list[UserRecord]:
        due = [u for u in self._store.users.values() if u.next_nudge_at and u.next_nudge_at <= now]
        return [replace(u) for u in due[:limit]]

    async def claim_pending(
        self, now: datetime, limit: int, kinds: Sequence[str]
    ) -> list[NudgeRecord]:
        return [
            replace(n)
            for n in self._store.nudges.values()
            if n.status == "pending" and n.due_at <= now and n.kind in kinds
        ][:limit]

    async def claim_weekly_users(self, now: datetime, limit: int) -> list[UserRecord]:
        due = [
            u for u in self._store.users.values() if u.next_weekly_at and u.next_weekly_at <= now
        ]
        return [replace(u) for u in due[:limit]]

    async def existing_keys(
        self, keys: Sequence[tuple[int, date, str]]
    ) -> set[tuple[int, date, str]]:
        stored = {(n.user_id, n.local_date, n.kind) for n in self._store.nudges.values()}
        return stored & set(keys)

    async def done_days(self, pairs: Sequence[tuple[int, date]]) -> set[tuple[int, date]]:
        done = {(s.user_id, s.local_date) for s in self._store.sessions.values() if s.counted}
        return done & set(pairs)

    async def insert_many(self, nudges: Sequence[NewNudge]) -> list[int]:
        return [await self.add(NudgeRecord(**asdict(nudge))) for nudge in nudges]

    async def update_many(self, outcomes: Sequence[NudgeOutcome]) -> None:
        for outcome in outcomes:
            nudge = self._store.nudges[outcome.nudge_id]
            nudge = replace(
                nudge,
                status=outcome.status,
                updated_at=outcome.updated_at,
                message_id=outcome.message_id,
            )
            if outcome.attempts is not None:
                nudge = replace(nudge, attempts=outcome.attempts)
            if outcome.due_at is not None:
                nudge = replace(nudge, due_at=outcome.due_at)
            self._store.nudges[nudge.id] = nudge

    async def set_next_nudges(self, changes: Sequence[ScheduleChange]) -> None:
        for change in changes:
            user = self._store.users[change.user_id]
            match change:
                case NextNudge(_, next_nudge_at):
                    user = replace(user, next_nudge_at=next_nudge_at)
                case NextWeekly(_, next_weekly_at):
                    user = replace(user, next_weekly_at=next_weekly_at)
                case UserBlocked(_, updated_at):
                    user = replace(user, blocked=True, next_nudge_at=None, updated_at=updated_at)
            self._store.users[user.id] = user

    async def save_many(self, nudges: Sequence[NudgeRecord]) -> None:
        for nudge in nudges:
            self._store.nudges[nudge.id] = replace(nudge)

    async def get_many(self, nudge_ids: Sequence[int]) -> dict[int, NudgeRecord]:
        return {i: replace(self._store.nudges[i]) for i in nudge_ids if i in self._store.nudges}

    async def for_user_on(self, user_id: int, day: date) -> list[NudgeRecord]:
        return [
            replace(n)
            for n in self._store.nudges.values()
            if n.user_id == user_id and n.local_date == day
        ]

    async def add(self, nudge: NudgeRecord) -> int:
        key = (nudge.user_id, nudge.local_date, nudge.kind)
        if key in await self.existing_keys([key]):
            raise ValueError(f"a second {nudge.kind} nudge for {key}: the unique key forbids it")
        nudge_id = self._store.new_id()
        self._store.nudges[nudge_id] = replace(nudge, id=nudge_id)
        return nudge_id

    async def forget_stuck(self, before: datetime, now: datetime) -> int:
        return 0

    async def lease(self, nudge_ids: Sequence[int], owner: str, until: datetime) -> None:
        for nudge_id in nudge_ids:
            self._store.nudges[nudge_id] = replace(self._store.nudges[nudge_id], status="claimed")

    async def start(self, nudge_ids: Sequence[int], owner: str, now: datetime) -> set[int]:
        started = {i for i in nudge_ids if self._store.nudges[i].status == "claimed"}
        for i in started:
            nudge = self._store.nudges[i]
            self._store.nudges[i] = replace(nudge, status="sending", attempts=nudge.attempts + 1)
        return started

    async def release_expired(self, now: datetime) -> int:
        return 0

    async def uptime(self) -> Uptime:
        return self._store.uptime

    async def save_uptime(self, beat: Uptime) -> None:
        self._store.uptime = beat


class FakeMedia:
    """File ids by cache key."""

    def __init__(self, store: Store) -> None:
        self._store = store

    async def file_id(self, cache_key: str) -> str | None:
        return self._store.media.get(cache_key)

    async def remember(self, cache_key: str, file_id: str, now: datetime) -> None:
        self._store.media.setdefault(cache_key, file_id)


class FakeUserData:
    """Export and erase over the store."""

    def __init__(self, store: Store) -> None:
        self._store = store

    async def export(self, user_id: int) -> dict[str, list[dict[str, Any]]]:
        user = self._store.users.get(user_id)
        return {} if user is None else {"users": [{"id": user.id}]}

    async def erase(self, user_id: int) -> None:
        self._store.users.pop(user_id, None)

    async def erase_health(self, user_id: int) -> None:
        self._store.ratings = [r for r in self._store.ratings if r.user_id != user_id]
        self._store.safety_events = [e for e in self._store.safety_events if e[0] != user_id]

    async def ask_erase(self, user_id: int, nonce: str, expires_at: datetime) -> None:
        self._asked = (user_id, nonce, expires_at)

    async def erase_asked(self, user_id: int, nonce: str, now: datetime) -> bool:
        asked = getattr(self, "_asked", None)
        return asked is not None and asked[:2] == (user_id, nonce) and now < asked[2]


class FakeStats:
    """Admin numbers (not what these tests are about)."""

    async def users(self) -> tuple[int, int]:
        return 0, 0

    async def active_since(self, since: datetime) -> int:
        return 0

    async def sessions_per_day(self, since: date) -> dict[date, int]:
        return {}

    async def average_relief(self) -> float | None:
        return None

    async def nudges_by_status(self) -> dict[str, int]:
        return {}

    async def busiest_due_instant(
        self, since: datetime, until: datetime
    ) -> tuple[datetime, int] | None:
        return None


class FakeReceipts:
    """Nothing to prune in memory; every claim is new."""

    async def prune(self, before: datetime) -> int:
        return 0

    async def start(
        self, update_id: int, token: int, now: datetime, stale_before: datetime
    ) -> ClaimOutcome:
        return ClaimOutcome.TAKEN
