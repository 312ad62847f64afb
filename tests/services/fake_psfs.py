"""In-memory function checks (PSFS) and an empty report reader, for the service tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from bot.services.report_records import (
    PsfsActivityRecord,
    PsfsCheckRecord,
    PsfsScoreRecord,
    ReportEvent,
    ReportSession,
    ReportStep,
)
from tests.services.fake_store import Store


class FakePsfs:
    """Activities, checks and scores in lists, with the same meaning as db/psfs.py."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self.activity_rows: list[tuple[int, PsfsActivityRecord]] = []
        self.checks: dict[int, PsfsCheckRecord] = {}
        self.score_rows: list[tuple[int, PsfsCheckRecord, int, int]] = []

    async def activities(self, user_id: int) -> list[PsfsActivityRecord]:
        return [a for owner, a in self.activity_rows if owner == user_id]

    async def add_activity(self, user_id: int, position: int, name: str, now: datetime) -> int:
        activity_id = self._store.new_id()
        self.activity_rows.append(
            (user_id, PsfsActivityRecord(activity_id, position, name, retired=False))
        )
        return activity_id

    async def retire(self, activity_id: int, now: datetime) -> None:
        self.activity_rows = [
            (owner, replace(a, retired=True) if a.id == activity_id else a)
            for owner, a in self.activity_rows
        ]

    async def open_check(self, user_id: int) -> PsfsCheckRecord | None:
        return next(
            (c for c in self.checks.values() if c.user_id == user_id and c.status == "open"), None
        )

    async def last_check_day(self, user_id: int) -> date | None:
        days = [
            c.local_date
            for c in self.checks.values()
            if c.user_id == user_id and c.status in ("done", "skipped")
        ]
        return max(days, default=None)

    async def add_check(self, check: PsfsCheckRecord) -> int:
        check_id = self._store.new_id()
        self.checks[check_id] = replace(check, id=check_id)
        return check_id

    async def save_check(self, check: PsfsCheckRecord) -> None:
        self.checks[check.id] = replace(check)

    async def add_score(
        self, check: PsfsCheckRecord, activity_id: int, score: int, now: datetime
    ) -> None:
        self.score_rows.append((check.user_id, check, activity_id, score))

    async def scores(self, user_id: int, since: date | None = None) -> list[PsfsScoreRecord]:
        found = [
            PsfsScoreRecord(check.id, activity_id, self.checks[check.id].local_date, score)
            for owner, check, activity_id, score in self.score_rows
            if owner == user_id
        ]
        return [s for s in found if since is None or s.local_date >= since]


class FakeReports:
    """A read-only port: nothing stored to report."""

    async def sessions(self, user_id: int, start: date, end: date) -> list[ReportSession]:
        return []

    async def steps(self, user_id: int, start: date, end: date) -> list[ReportStep]:
        return []

    async def safety_events(
        self, user_id: int, since: datetime, until: datetime
    ) -> list[ReportEvent]:
        return []

    async def first_day(self, user_id: int) -> date | None:
        return None
