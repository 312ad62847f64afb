"""Four weeks of one simulated user, session by session, through the progression rule.

The user does Wall Angels Monday to Friday (a goal of 5). The ladder is the one in
content/exercises.toml: 2 × 10 → 2 × 12 → 3 × 10 → 3 × 12 slow reps. The table below is the
dose history the rule produces; it is quoted in the progression note of issue 20.
"""

from __future__ import annotations

from datetime import date, timedelta

from bot.domain.progression import ExerciseSession, Feel, LevelState, apply, next_level

WALL_ANGELS = ("2 × 10", "2 × 12", "3 × 10", "3 × 12")
E, J, H, P = Feel.EASY, Feel.JUST_RIGHT, Feel.HARD, Feel.PAINFUL
HURTS = "hurts"
FIRST_MONDAY = date(2026, 3, 2)

# (week, [Mon, Tue, Wed, Thu, Fri]); HURTS is Just right with Hurts pressed on Wall Angels.
WEEKS: list[tuple[int, list[Feel | str]]] = [
    (1, [E, J, E, E, J]),
    (2, [E, E, E, J, H]),
    (3, [H, J, E, E, E]),
    (4, [E, HURTS, J, E, E]),
]

# (date, level before, level after, reason) for every change, as a physio would expect it.
EXPECTED_CHANGES = [
    (date(2026, 3, 4), 0, 1, "three_easy_sessions"),  # week 1: Mon, Tue, Wed good
    (date(2026, 3, 11), 1, 2, "three_easy_sessions"),  # week 2: a week after the last step
    (date(2026, 3, 16), 2, 1, "hard_twice_in_a_row"),  # week 3: Fri and Mon Hard
    (date(2026, 3, 23), 1, 2, "three_easy_sessions"),  # week 4: a week after the step down
    (date(2026, 3, 24), 2, 1, "it_hurt"),  # week 4: the raised dose hurt the next day
]


def simulate() -> list[tuple[date, int, int, str]]:
    """Run the weeks through next_level and apply, as the service will after each session."""
    state = LevelState()
    since_change: list[ExerciseSession] = []
    changes = []
    for week, feels in WEEKS:
        for weekday, answer in enumerate(feels):
            today = FIRST_MONDAY + timedelta(weeks=week - 1, days=weekday)
            hurt = answer == HURTS
            feel = J if hurt else Feel(answer)
            since_change.append(ExerciseSession(today, feel, done=True, hurt=hurt))
            decision = next_level(state, since_change, len(WALL_ANGELS), today)
            if decision.reason is not None:
                changes.append((today, state.level, decision.level, decision.reason.value))
                since_change = []
            state = apply(state, decision, today)
    return changes


def test_four_weeks_of_one_user_go_up_twice_and_back_down_twice() -> None:
    assert simulate() == EXPECTED_CHANGES


def test_the_dose_history_ends_one_step_above_the_seed_dose() -> None:
    final_level = EXPECTED_CHANGES[-1][2]
    assert WALL_ANGELS[final_level] == "2 × 12"
