"""Seed one person's days of practice into a fresh database, for the report benchmark.

Each day has, three times in four, a full session of seven exercises with pain before and
after; a function check every 14 days scores three activities. Bulk Core inserts, so a year
seeds in well under a second.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from sqlalchemy import insert, update
from sqlalchemy.ext.asyncio import AsyncEngine

from db.models import (
    ExerciseResult,
    PainRating,
    PsfsActivity,
    PsfsCheck,
    PsfsScore,
    RoutineSession,
    User,
)
from tests.support.seeding import seed_users

PLAN = (
    "lat_pulldown",
    "wall_angels",
    "chair_rotation",
    "neck_flexion",
    "trunk_rotation",
    "arm_reach",
    "knee_to_chest",
)
USER_ID = 1
ACTIVITIES = ("Sitting at my desk for an hour", "Reading in bed", "Carrying shopping")


async def seed_practice(engine: AsyncEngine, today: datetime, days: int, seed: int = 19) -> None:
    """One onboarded user (UTC) with `days` days of sessions and checks up to `today`."""
    rng = random.Random(seed)
    first = today - timedelta(days=days - 1)
    await seed_users(engine, 1, first, first_id=USER_ID)
    sessions: list[dict[str, object]] = []
    results: list[dict[str, object]] = []
    ratings: list[dict[str, object]] = []
    for offset in range(days):
        at = first + timedelta(days=offset)
        if rng.random() >= 0.75:
            continue
        session_id = len(sessions) + 1
        sessions.append(_session(session_id, at))
        before = max(0, min(10, round(7 - offset / 80 + rng.gauss(0, 1))))
        for kind, score in (("before", before), ("after", max(0, before - rng.choice((0, 1, 2))))):
            ratings.append(
                {"session_id": session_id, "user_id": USER_ID, "kind": kind, "score": score,
                 "recorded_at": at}
            )  # fmt: skip
        for position, exercise_id in enumerate(PLAN):
            results.append(
                {"session_id": session_id, "position": position, "exercise_id": exercise_id,
                 "outcome": "done", "gentler": False, "hurt_level": None, "recorded_at": at}
            )  # fmt: skip
    async with engine.begin() as connection:
        await connection.execute(update(User).values(pain_consent=True))
        await connection.execute(insert(RoutineSession), sessions)
        await connection.execute(insert(ExerciseResult), results)
        await connection.execute(insert(PainRating), ratings)
        await _checks(connection, first, days)


def _session(session_id: int, at: datetime) -> dict[str, object]:
    """A completed full session's row."""
    return {
        "id": session_id, "user_id": USER_ID, "routine_id": "full", "local_date": at.date(),
        "status": "completed", "phase": "finished", "step": 7, "total": 7, "plan": ",".join(PLAN),
        "softened": "", "track_pain": True, "gentler": False, "hurt": None, "stopping": False,
        "version": 20, "counted": True, "started_at": at, "updated_at": at,
        "finished_at": at + timedelta(minutes=9),
    }  # fmt: skip


async def _checks(connection, first: datetime, days: int) -> None:  # type: ignore[no-untyped-def]
    """Three activities and a check every 14 days."""
    await connection.execute(
        insert(PsfsActivity),
        [
            {"id": n + 1, "user_id": USER_ID, "position": n, "name": name, "created_at": first}
            for n, name in enumerate(ACTIVITIES)
        ],
    )
    checks = range(0, days, 14)
    await connection.execute(
        insert(PsfsCheck),
        [
            {"id": n + 1, "user_id": USER_ID, "local_date": (first + timedelta(days=d)).date(),
             "status": "done", "phase": "score", "slot": 3, "version": 4,
             "created_at": first, "updated_at": first}
            for n, d in enumerate(checks)
        ],
    )  # fmt: skip
    await connection.execute(
        insert(PsfsScore),
        [
            {"check_id": n + 1, "activity_id": a + 1, "user_id": USER_ID,
             "score": min(10, 3 + n // 4), "recorded_at": first.astimezone(UTC)}
            for n in range(len(checks))
            for a in range(len(ACTIVITIES))
        ],
    )  # fmt: skip
