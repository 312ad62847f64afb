"""What the fake unit of work stores: plain records in dicts and lists, shared per test."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from bot.domain.fanout import Uptime
from bot.services.records import (
    LevelChangeRecord,
    LevelRecord,
    NewExerciseResult,
    NewPainRating,
    NudgeRecord,
    PauseRecord,
    SessionSnapshot,
    UserRecord,
)


@dataclass
class Store:
    """Everything stored, shared by the units of work of one test."""

    users: dict[int, UserRecord] = field(default_factory=dict)
    sessions: dict[int, SessionSnapshot] = field(default_factory=dict)
    results: list[NewExerciseResult] = field(default_factory=list)
    ratings: list[NewPainRating] = field(default_factory=list)
    pauses: dict[int, PauseRecord] = field(default_factory=dict)
    nudges: dict[int, NudgeRecord] = field(default_factory=dict)
    dropped: set[tuple[int, str]] = field(default_factory=set)
    safety_events: list[tuple[int, str, datetime, int | None]] = field(default_factory=list)
    media: dict[str, str] = field(default_factory=dict)
    levels: dict[int, dict[str, LevelRecord]] = field(default_factory=dict)
    level_changes: list[tuple[int, LevelChangeRecord]] = field(default_factory=list)
    feels: dict[int, str] = field(default_factory=dict)
    lessons_seen: set[tuple[int, str]] = field(default_factory=set)
    uptime: Uptime = field(default_factory=lambda: Uptime(None, None, None))
    next_id: int = 1

    def new_id(self) -> int:
        """Ids as a sequence would give them."""
        self.next_id += 1
        return self.next_id - 1
