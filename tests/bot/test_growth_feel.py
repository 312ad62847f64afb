"""How did it feel?, dose levels that rise and fall, and the next routine's dose (issue 20)."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta

from db.models import ExerciseLevel, LevelChange
from tests.bot.growth_flows import (
    CHAIR_HURTS,
    DONE,
    EASY,
    HARD,
    JUST_RIGHT,
    NECK_HURTS,
    PAINFUL,
    exercise_text,
    feel,
    feel_message,
    last_toast,
    quick,
    routine,
)
from tests.bot.test_timer import timer_lines
from tests.support.dbcheck import fetch_all, sessions_of
from tests.support.flows import onboard
from tests.support.harness import BotHarness, FakeClock, running_bot

DAY = timedelta(days=1)
SEED_DOSE = "hold 20 s each side, 2–3 times"
RAISED_DOSE = "hold 30 s each side, 2–3 times"
MONDAY = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
CHAIR_RAISED = f"Chair Rotation: {RAISED_DOSE} from today, you've had three easy sessions."
NECK_RAISED = (
    "Neck Flexion: hold each position 30 s, 2–3 times from today, you've had three easy sessions."
)


async def test_the_summary_asks_how_it_felt_and_skip_retires_the_question(
    database_url: str,
) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(20001)
        await onboard(bot, ada)
        summary = await quick(bot, ada)
        assert summary.endswith("How did it feel?")
        question = feel_message(bot, ada)
        labels = [label for label, _ in question.buttons][:5]
        assert labels == [EASY, JUST_RIGHT, HARD, PAINFUL, "Skip"]
        assert await feel(bot, ada, "Skip") == []
        assert last_toast(bot) == "OK, no answer today."
        retired = bot.api.message(ada.chat_id, question.message_id)
        assert retired is not None
        assert retired.buttons == [], "the used question is retired"
        assert retired.text.endswith("How did it feel?\n\nSkip"), "it shows the answer"
        await bot.send(ada.press(f"fl:{(await sessions_of(database_url, 20001))[0].id}:easy"))
        assert last_toast(bot) == "Already noted 👍"
    assert [s.feel for s in await sessions_of(database_url, 20001)] == ["skipped"]


async def test_an_answer_is_kept_with_consent_and_not_asked_without(database_url: str) -> None:
    async with running_bot(database_url) as bot:
        ada, bob = bot.person(20002), bot.person(20003)
        await onboard(bot, ada)
        await onboard(bot, bob, consent=False)
        await quick(bot, ada)
        await feel(bot, ada, JUST_RIGHT)
        assert last_toast(bot) == "Thanks, noted."
        assert "How did it feel?" not in await quick(bot, bob)
        assert EASY not in bot.labels(bob)
    assert [s.feel for s in await sessions_of(database_url, 20002)] == ["just_right"]
    assert [s.feel for s in await sessions_of(database_url, 20003)] == [None]


async def test_three_easy_days_raise_the_dose_announced_and_shown_next_time(
    database_url: str,
) -> None:
    clock = FakeClock(MONDAY)
    async with running_bot(database_url, clock=clock) as bot:
        ada = bot.person(20004)
        await onboard(bot, ada)
        await routine(bot, ada)
        assert SEED_DOSE in exercise_text(bot, ada, "Chair Rotation"), "at the seed dose"
        assert await feel(bot, ada, EASY) == []
        clock.advance(DAY)
        await routine(bot, ada)
        assert await feel(bot, ada, JUST_RIGHT) == []
        clock.advance(DAY)
        await routine(bot, ada)
        announced = await feel(bot, ada, EASY)
        assert len(announced) == 1, "one message announces every step up"
        assert {CHAIR_RAISED, NECK_RAISED} <= set(announced[0].split("\n"))
        clock.advance(DAY)
        await quick(bot, ada)
        assert "hold 20 s each side, once" in exercise_text(bot, ada, "Chair Rotation")
        assert "1 set × 15 reps" in exercise_text(bot, ada, "Lat Pulldown (resistance band)")
        assert await feel(bot, ada, EASY) == [], "the 2-minute routine keeps its own doses"
        await bot.send(ada.command("/routine"))
        await bot.tap(ada, "4")
        await bot.tap(ada, DONE)
        await bot.tap(ada, DONE)
        assert RAISED_DOSE in bot.last_text(ada)
        since = len(bot.api.snapshot())
        await bot.tap(ada, "▶ Timer")
        assert "30 s" in timer_lines(bot, ada, since)[0], "the timer counts the raised hold"
        await bot.send(ada.command("/history"))
        assert "Chair Rotation: level 1 → 2 (three easy sessions)" in bot.last_text(ada)
        await bot.send(ada.command("/export"))
        csv_file, json_file = (d.files["document"] for d in bot.api.calls_of("sendDocument"))
        rows = list(csv.DictReader(io.StringIO(csv_file.decode())))
        assert [row["feel"] for row in rows] == ["easy", "just_right", "easy", "easy", ""]
        exported = json.loads(json_file)
        exported_changes = {(c["exercise_id"], c["to_level"]) for c in exported["level_changes"]}
        assert {("chair_rotation", 1), ("neck_flexion", 1)} <= exported_changes
        assert {row["level"] for row in exported["exercise_levels"]} == {1}
    changes = await fetch_all(database_url, LevelChange, user_id=20004)
    moved = {(c.exercise_id, c.from_level, c.to_level) for c in changes}
    assert {("chair_rotation", 0, 1), ("neck_flexion", 0, 1)} <= moved
    assert len(changes) == len(moved), "each exercise stepped up once, by /routine only"


async def test_hard_twice_in_a_row_steps_back_down(database_url: str) -> None:
    clock = FakeClock(MONDAY)
    async with running_bot(database_url, clock=clock) as bot:
        ada = bot.person(20005)
        await onboard(bot, ada)
        for answer in (EASY, EASY, EASY, HARD):
            await routine(bot, ada)
            await feel(bot, ada, answer)
            clock.advance(DAY)
        await routine(bot, ada)
        announced = await feel(bot, ada, PAINFUL)
        assert (
            f"Chair Rotation: back to {SEED_DOSE} from today, after two hard sessions in a row."
            in announced[0]
        )
        clock.advance(DAY)
        await bot.send(ada.command("/routine"))
        await bot.tap(ada, "4")
        await bot.tap(ada, DONE)
        await bot.tap(ada, DONE)
        assert SEED_DOSE in bot.last_text(ada)
    levels = await fetch_all(database_url, ExerciseLevel, user_id=20005)
    rows = {row.exercise_id: (row.level, row.last_step) for row in levels}
    assert rows["chair_rotation"] == rows["neck_flexion"] == (0, "down")


async def test_a_hurts_blocks_the_step_up_and_steps_a_raised_dose_down(
    database_url: str,
) -> None:
    clock = FakeClock(MONDAY)
    async with running_bot(database_url, clock=clock) as bot:
        ada = bot.person(20006)
        await onboard(bot, ada)
        await routine(bot, ada, taps=CHAIR_HURTS)
        await feel(bot, ada, EASY)
        for _ in range(2):
            clock.advance(DAY)
            await routine(bot, ada)
            announced = await feel(bot, ada, EASY)
        lines = announced[0].split("\n")
        assert NECK_RAISED in lines
        assert not [line for line in lines if line.startswith("Chair Rotation")], (
            "Chair Rotation hurt among the last 4 sessions: no step up for it"
        )
        clock.advance(DAY)
        summary = await routine(bot, ada, taps=NECK_HURTS)
        assert (
            "Neck Flexion: back to hold each position 20 s, 2–3 times from today, "
            "because it hurt." in summary
        )
        assert await feel(bot, ada, EASY) == []


async def test_reset_puts_every_dose_back_and_is_recorded(database_url: str) -> None:
    clock = FakeClock(MONDAY)
    async with running_bot(database_url, clock=clock) as bot:
        ada = bot.person(20007)
        await onboard(bot, ada)
        for _ in range(3):
            await routine(bot, ada)
            await feel(bot, ada, EASY)
            clock.advance(DAY)
        await bot.send(ada.command("/settings"))
        screen = bot.last(ada)
        await bot.tap(ada, "↩️ Doses back to the start")
        assert _toast(bot) == "Every exercise is back to its first dose."
        await bot.tap(ada, "↩️ Doses back to the start", screen.message_id)
        assert _toast(bot) == "Every exercise is already at its first dose."
        assert bot.last(ada).message_id == screen.message_id  # no new message: the screen stays
        await bot.send(ada.command("/routine"))
        await bot.tap(ada, "4")
        await bot.tap(ada, DONE)
        await bot.tap(ada, DONE)
        assert SEED_DOSE in bot.last_text(ada)
    changes = await fetch_all(database_url, LevelChange, user_id=20007)
    neck = sorted((c.to_level, c.reason) for c in changes if c.exercise_id == "neck_flexion")
    assert neck == [(0, "reset"), (1, "three_easy_sessions")]


def _toast(bot: BotHarness) -> str:
    """The text of the last answer to a button press (a toast)."""
    return str(bot.api.calls_of("answerCallbackQuery")[-1].params.get("text"))
