"""A hand-computed four weeks, stored row by row, for the /report tests and the benchmark.

Period 2026-11-09 (Mon) to 2026-12-06 (Sun), Europe/Berlin. Full sessions (before, after):
week 1: 9th (6, 4), 10th (6, 5), 12th (6, 4)           -> mean before 6.0
week 2: 16th (5, 4), 18th quick (5, 4); 20th stopped    -> 5.0
week 3: 24th (4, 3)                                      -> 4.0
week 4: 30th (4, 3), 1st (3, 2), 2nd (4, 2), 3rd (3, 2)  -> 3.5
Done: 10 (1 quick), 10 * 7 / 28 = 2.5 per week; longest streak 4 (Nov 30 - Dec 3); 1 stopped.
Pain: 6.0 -> 3.5, down 2.5 points (42%): meaningful. Function (PSFS) on Nov 9 and Nov 23:
desk 3 -> 6 (+3, meaningful on its own), bag 4 -> 5 (+1); mean 3.5 -> 5.5, up 2.0: meaningful.
Dose levels: Knee to Chest raised on Nov 5 (before the period: not listed, but its dose is the
raised one), Wall Angels raised on Nov 16 and lowered on Nov 24 (it hurt), Chair Rotation
raised on Nov 25; today Chair Rotation and Knee to Chest are at level 1, Wall Angels at 0.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import insert

from db.engine import create_engine
from db.models import (
    ExerciseLevel,
    ExerciseResult,
    LevelChange,
    PainRating,
    PsfsActivity,
    PsfsCheck,
    PsfsScore,
    RoutineSession,
    SafetyEvent,
)

FULL = (
    "lat_pulldown",
    "wall_angels",
    "chair_rotation",
    "neck_flexion",
    "trunk_rotation",
    "arm_reach",
    "knee_to_chest",
)
QUICK = ("chair_rotation", "neck_flexion")
# (day, routine, status, before, after)
SESSIONS = (
    (date(2026, 11, 9), "full", "completed", 6, 4),
    (date(2026, 11, 10), "full", "completed", 6, 5),
    (date(2026, 11, 12), "full", "completed", 6, 4),
    (date(2026, 11, 16), "full", "completed", 5, 4),
    (date(2026, 11, 18), "quick", "completed", 5, 4),
    (date(2026, 11, 20), "full", "stopped", None, None),
    (date(2026, 11, 24), "full", "completed", 4, 3),
    (date(2026, 11, 30), "full", "completed", 4, 3),
    (date(2026, 12, 1), "full", "completed", 3, 2),
    (date(2026, 12, 2), "full", "completed", 4, 2),
    (date(2026, 12, 3), "full", "completed", 3, 2),
)
DESK, BAG = "Sitting at my desk for an hour", "Lifting a bag"
CHECKS = ((date(2026, 11, 9), {DESK: 3, BAG: 4}), (date(2026, 11, 23), {DESK: 6, BAG: 5}))
# (day, exercise, from, to, reason), oldest first
LEVEL_CHANGES = (
    (date(2026, 11, 5), "knee_to_chest", 0, 1, "three_easy_sessions"),
    (date(2026, 11, 16), "wall_angels", 0, 1, "three_easy_sessions"),
    (date(2026, 11, 24), "wall_angels", 1, 0, "it_hurt"),
    (date(2026, 11, 25), "chair_rotation", 0, 1, "three_easy_sessions"),
)
JOINED = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
TODAY = datetime(2026, 12, 6, 10, 0, tzinfo=UTC)


def _at(day: date) -> datetime:
    """Ten o'clock UTC on a day (eleven in Berlin): the same local date."""
    return datetime(day.year, day.month, day.day, 10, 0, tzinfo=UTC)


async def seed_four_weeks(
    database_url: str, user_id: int, *, ratings: bool = True, levels: bool = True
) -> None:
    """Store the fixture's sessions, steps, ratings, function checks, safety events and (with
    `levels`) dose level changes."""
    engine = create_engine(database_url)
    try:
        async with engine.begin() as connection:
            for day, routine, status, before, after in SESSIONS:
                await _session(connection, user_id, day, routine, status, before, after, ratings)
            if ratings:
                await _checks(connection, user_id)
                for day, reason in (
                    (date(2026, 11, 12), "high_after"),
                    (date(2026, 11, 20), "typed_see_professional"),
                ):
                    await connection.execute(
                        insert(SafetyEvent).values(
                            user_id=user_id, reason=reason, created_at=_at(day)
                        )
                    )
            if levels:
                await _levels(connection, user_id)
    finally:
        await engine.dispose()


async def _session(connection, user_id, day, routine, status, before, after, ratings) -> None:  # type: ignore[no-untyped-def]
    """One finished session with its steps (and ratings)."""
    plan = FULL if routine == "full" else QUICK
    done = status == "completed"
    result = await connection.execute(
        insert(RoutineSession).values(
            user_id=user_id, routine_id=routine, local_date=day, status=status, phase="finished",
            step=len(plan), total=len(plan), plan=",".join(plan), softened="", track_pain=ratings,
            gentler=False, hurt=None, stopping=False, version=20, counted=done,
            started_at=_at(day), updated_at=_at(day), finished_at=_at(day) + timedelta(minutes=9),
        ).returning(RoutineSession.id)
    )  # fmt: skip
    session_id = result.scalar_one()
    steps = plan if done else plan[:2]
    for position, exercise_id in enumerate(steps):
        outcome, gentler, hurt = "done", False, None
        if day == date(2026, 11, 24) and position == 1:
            gentler, hurt = True, "mild" if ratings else None
        if day == date(2026, 12, 3) and position == 5:
            outcome = "skipped"
        await connection.execute(
            insert(ExerciseResult).values(
                session_id=session_id, position=position, exercise_id=exercise_id,
                outcome=outcome, gentler=gentler, hurt_level=hurt, recorded_at=_at(day),
            )
        )  # fmt: skip
    for kind, score in (("before", before), ("after", after)):
        if ratings and score is not None:
            await connection.execute(
                insert(PainRating).values(
                    session_id=session_id, user_id=user_id, kind=kind, score=score,
                    recorded_at=_at(day),
                )
            )  # fmt: skip


async def _checks(connection, user_id) -> None:  # type: ignore[no-untyped-def]
    """Two function checks of two activities."""
    ids = {}
    for position, name in enumerate((DESK, BAG)):
        result = await connection.execute(
            insert(PsfsActivity)
            .values(user_id=user_id, position=position, name=name, created_at=_at(CHECKS[0][0]))
            .returning(PsfsActivity.id)
        )
        ids[name] = result.scalar_one()
    for day, scores in CHECKS:
        result = await connection.execute(
            insert(PsfsCheck).values(
                user_id=user_id, local_date=day, status="done", phase="score", slot=2, version=5,
                created_at=_at(day), updated_at=_at(day),
            ).returning(PsfsCheck.id)
        )  # fmt: skip
        check_id = result.scalar_one()
        for name, score in scores.items():
            await connection.execute(
                insert(PsfsScore).values(
                    check_id=check_id, activity_id=ids[name], user_id=user_id, score=score,
                    recorded_at=_at(day),
                )
            )  # fmt: skip


async def _levels(connection, user_id) -> None:  # type: ignore[no-untyped-def]
    """Every change in LEVEL_CHANGES, and each exercise's level after the last one."""
    current = {}
    for day, exercise_id, before, after, reason in LEVEL_CHANGES:
        await connection.execute(
            insert(LevelChange).values(
                user_id=user_id, exercise_id=exercise_id, from_level=before, to_level=after,
                reason=reason, local_date=day, changed_at=_at(day),
            )
        )  # fmt: skip
        current[exercise_id] = (after, day)
    for exercise_id, (level, day) in current.items():
        await connection.execute(
            insert(ExerciseLevel).values(
                user_id=user_id, exercise_id=exercise_id, level=level, changed_on=day,
                changed_at=_at(day), last_step="up" if level else "down",
            )
        )  # fmt: skip
