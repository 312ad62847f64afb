"""Function checks (PSFS): the activities a user named, their checks and scores.

Everything here is health data kept under the user's consent; the names are the user's own
words, so nothing in this module logs them.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, bindparam, func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.services.report_records import PsfsActivityRecord, PsfsCheckRecord, PsfsScoreRecord
from db.models import Base, PsfsActivity, PsfsCheck, PsfsScore

_TABLES = Base.metadata.tables
_ACTIVITIES = _TABLES[PsfsActivity.__tablename__]
_CHECKS = _TABLES[PsfsCheck.__tablename__]
_SCORES = _TABLES[PsfsScore.__tablename__]
OPEN, DONE, SKIPPED = "open", "done", "skipped"

_ACTIVITIES_OF = (
    select(
        _ACTIVITIES.c.id,
        _ACTIVITIES.c.position,
        _ACTIVITIES.c.name,
        _ACTIVITIES.c.retired_at.is_not(None),
    )
    .where(_ACTIVITIES.c.user_id == bindparam("user_id"))
    .order_by(_ACTIVITIES.c.id)
)
_CHECK_COLUMNS = (
    _CHECKS.c.user_id,
    _CHECKS.c.local_date,
    _CHECKS.c.status,
    _CHECKS.c.phase,
    _CHECKS.c.slot,
    _CHECKS.c.version,
    _CHECKS.c.updated_at,
    _CHECKS.c.id,
)
_OPEN_CHECK = select(*_CHECK_COLUMNS).where(
    _CHECKS.c.user_id == bindparam("user_id"), _CHECKS.c.status == OPEN
)
_LAST_DAY = select(func.max(_CHECKS.c.local_date)).where(
    _CHECKS.c.user_id == bindparam("user_id"), _CHECKS.c.status.in_((DONE, SKIPPED))
)


def _scores_query(*, since: bool) -> Select[Any]:
    """Scores with their check's day, oldest first; `since`: checks on or after a day."""
    query = (
        select(_SCORES.c.check_id, _SCORES.c.activity_id, _CHECKS.c.local_date, _SCORES.c.score)
        .select_from(_SCORES.join(_CHECKS, _CHECKS.c.id == _SCORES.c.check_id))
        .where(_SCORES.c.user_id == bindparam("user_id"))
        .order_by(_CHECKS.c.local_date, _CHECKS.c.id, _SCORES.c.activity_id)
    )
    return query.where(_CHECKS.c.local_date >= bindparam("since")) if since else query


_SCORES_OF = {since: _scores_query(since=since) for since in (False, True)}


class PsfsRepository:
    """A user's PSFS rows; the caller holds the user's lock while it changes them."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def activities(self, user_id: int) -> list[PsfsActivityRecord]:
        """Every activity the user named, retired ones too, in the order they were named."""
        rows = await self._session.execute(_ACTIVITIES_OF, {"user_id": user_id})
        return [PsfsActivityRecord(row[0], row[1], row[2], bool(row[3])) for row in rows]

    async def add_activity(self, user_id: int, position: int, name: str, now: datetime) -> int:
        """Store a newly named activity in a slot (0-2); returns its id."""
        values = {"user_id": user_id, "position": position, "name": name, "created_at": now}
        result = await self._session.execute(
            insert(_ACTIVITIES).values(values).returning(_ACTIVITIES.c.id)
        )
        return int(result.scalar_one())

    async def retire(self, activity_id: int, now: datetime) -> None:
        """Swap an activity out: kept with its scores, no longer asked about."""
        await self._session.execute(
            update(_ACTIVITIES).where(_ACTIVITIES.c.id == activity_id).values(retired_at=now)
        )

    async def open_check(self, user_id: int) -> PsfsCheckRecord | None:
        """The check the user is answering now, if any (at most one: a unique index)."""
        row = (await self._session.execute(_OPEN_CHECK, {"user_id": user_id})).first()
        return None if row is None else PsfsCheckRecord(*row)

    async def last_check_day(self, user_id: int) -> date | None:
        """The local day of the last finished or skipped check."""
        day: date | None = (await self._session.execute(_LAST_DAY, {"user_id": user_id})).scalar()
        return day

    async def add_check(self, check: PsfsCheckRecord) -> int:
        """Store a new check; returns its id."""
        values = _check_values(check)
        values["created_at"] = check.updated_at
        result = await self._session.execute(insert(_CHECKS).values(values).returning(_CHECKS.c.id))
        return int(result.scalar_one())

    async def save_check(self, check: PsfsCheckRecord) -> None:
        """Store where a check stands."""
        await self._session.execute(
            update(_CHECKS).where(_CHECKS.c.id == check.id).values(_check_values(check))
        )

    async def add_score(
        self, check: PsfsCheckRecord, activity_id: int, score: int, now: datetime
    ) -> None:
        """Store one activity's score in a check."""
        values = {
            "check_id": check.id,
            "activity_id": activity_id,
            "user_id": check.user_id,
            "score": score,
            "recorded_at": now,
        }
        await self._session.execute(insert(_SCORES).values(values))

    async def scores(self, user_id: int, since: date | None = None) -> list[PsfsScoreRecord]:
        """The user's scores, oldest check first."""
        params = {"user_id": user_id, "since": since}
        rows = await self._session.execute(_SCORES_OF[since is not None], params)
        return [PsfsScoreRecord(*row) for row in rows]


def _check_values(check: PsfsCheckRecord) -> dict[str, object]:
    """A check's stored columns."""
    return {
        "user_id": check.user_id,
        "local_date": check.local_date,
        "status": check.status,
        "phase": check.phase,
        "slot": check.slot,
        "version": check.version,
        "updated_at": check.updated_at,
    }
