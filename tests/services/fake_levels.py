"""Fake dose levels and seen lessons for the fake unit of work (issue 20)."""

from __future__ import annotations

from datetime import datetime

from bot.services.records import FeltSession, LevelChangeRecord, LevelRecord
from tests.services.fake_store import Store


class FakeLevels:
    """Levels, changes and feels in the store."""

    def __init__(self, store: Store) -> None:
        self._store = store

    async def of_user(self, user_id: int) -> dict[str, LevelRecord]:
        return dict(self._store.levels.get(user_id, {}))

    async def save(self, user_id: int, record: LevelRecord) -> None:
        self._store.levels.setdefault(user_id, {})[record.exercise_id] = record

    def add_change(self, user_id: int, change: LevelChangeRecord) -> None:
        self._store.level_changes.append((user_id, change))

    async def changes(self, user_id: int) -> list[LevelChangeRecord]:
        return [change for owner, change in self._store.level_changes if owner == user_id]

    async def reset(self, user_id: int) -> int:
        levels = self._store.levels.pop(user_id, {})
        return sum(1 for record in levels.values() if record.level > 0)

    async def finished(self, user_id: int, limit: int) -> list[FeltSession]:
        sessions = sorted(
            (
                s
                for s in self._store.sessions.values()
                if s.user_id == user_id
                and s.status in ("completed", "stopped")
                and s.finished_at is not None
            ),
            key=lambda s: (s.finished_at, s.id),
        )[-limit:]
        return [
            FeltSession(
                s.id,
                s.local_date,
                s.finished_at,
                self._store.feels.get(s.id),
                s.counted,
                s.routine_id,
            )
            for s in sessions
            if s.finished_at is not None
        ]

    async def set_feel(self, session_id: int, feel: str) -> None:
        self._store.feels[session_id] = feel


class FakeLessons:
    """Seen lessons in the store."""

    def __init__(self, store: Store) -> None:
        self._store = store

    async def seen(self, user_id: int) -> set[str]:
        return {lesson for owner, lesson in self._store.lessons_seen if owner == user_id}

    async def mark_seen(self, user_id: int, lesson_id: str, now: datetime) -> None:
        del now
        self._store.lessons_seen.add((user_id, lesson_id))

    async def forget_seen(self, user_id: int) -> None:
        self._store.lessons_seen = {p for p in self._store.lessons_seen if p[0] != user_id}


__all__ = ["FakeLessons", "FakeLevels"]
