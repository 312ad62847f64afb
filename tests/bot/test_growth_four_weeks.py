"""Four weeks of one simulated user through the real bot: doses go up and back down.

The user does the full routine (/routine: the 2-minute one keeps its own doses and moves no
level) Monday to Friday with a goal of 5, and answers "How did it feel?"; on the Tuesday of
week 4 Chair Rotation hurts (Mild, then its gentler version). The dose history of
Chair Rotation is the one the pure rule gives (tests/domain/test_progression_simulation.py):
up, up, down after two hard sessions, up a week later, down after the Hurts.
Run with `-s` to see the history as /history shows it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from db.models import LevelChange
from tests.bot.growth_flows import CHAIR_HURTS, EASY, HARD, JUST_RIGHT, feel, routine
from tests.support.dbcheck import fetch_all
from tests.support.flows import onboard
from tests.support.harness import FakeClock, running_bot

FIRST_MONDAY = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
E, J, H, HURTS = EASY, JUST_RIGHT, HARD, "hurts"
WEEKS = [
    [E, J, E, E, J],
    [E, E, E, J, H],
    [H, J, E, E, E],
    [E, HURTS, J, E, E],
]
EXPECTED = [
    (date(2026, 12, 2), 0, 1, "three_easy_sessions"),
    (date(2026, 12, 9), 1, 2, "three_easy_sessions"),
    (date(2026, 12, 14), 2, 1, "hard_twice_in_a_row"),
    (date(2026, 12, 21), 1, 2, "three_easy_sessions"),
    (date(2026, 12, 22), 2, 1, "it_hurt"),
]


async def test_four_weeks_of_quick_sessions_move_the_dose_up_and_back_down(
    sqlite_url: str,
) -> None:
    clock = FakeClock(FIRST_MONDAY)
    async with running_bot(sqlite_url, clock=clock) as bot:
        ada = bot.person(23001)
        await onboard(bot, ada, goal=5)
        for week in WEEKS:
            for answer in week:
                hurt = answer == HURTS
                if hurt:
                    await routine(bot, ada, taps=CHAIR_HURTS)
                else:
                    await routine(bot, ada)
                await feel(bot, ada, J if hurt else answer)
                clock.advance(timedelta(days=1))
            clock.advance(timedelta(days=2))
        await bot.send(ada.command("/history"))
        history = bot.last_text(ada)
    print("\n" + history[history.index("Dose changes:") :])
    changes = await fetch_all(sqlite_url, LevelChange, user_id=23001)
    chair = [
        (c.local_date, c.from_level, c.to_level, c.reason)
        for c in changes
        if c.exercise_id == "chair_rotation"
    ]
    assert chair == EXPECTED
    assert "Chair Rotation: level 3 → 2 (it hurt)" in history
