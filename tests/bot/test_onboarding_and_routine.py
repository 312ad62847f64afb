"""A newcomer onboards and walks the full routine, through the real Application."""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.ext.asyncio import create_async_engine

from db.models import User
from tests.support.dbcheck import sessions_of, user_row
from tests.support.flows import SCREENING_ITEMS, onboard
from tests.support.harness import running_bot

FULL_WITH_BAND = (
    "⏱ About 19 min. You'll need: a resistance band with a door anchor, a wall, "
    "a sturdy chair without wheels, a mat or carpet."
)


async def test_a_newcomer_is_welcomed_screened_and_set_up(database_url: str) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(1001, "Ada")
        await bot.send(ada.command("/start"))
        texts = bot.texts(ada)
        assert "Ada" in texts[0]
        assert "diagnose" in texts[0]
        assert "health answers" in texts[1]
        await bot.tap(ada, "c:y")
        checklist = bot.last_text(ada)
        assert "Safety check" in checklist
        assert f"{SCREENING_ITEMS}. 🩺" in checklist
        numbers = [str(n) for n in range(1, SCREENING_ITEMS + 1)]
        assert bot.labels(ada) == [*numbers, "None of these", "✅ Done"]
        await bot.tap(ada, "None of these")
        assert "good to go" not in " ".join(bot.texts(ada))
        assert "Which time zone" in bot.last_text(ada)
        await bot.tap(ada, "tz:Europe/Berlin")
        await bot.tap(ada, "5 days")
        await bot.tap(ada, "rm:0900")
        assert "do you have a resistance band" in bot.last_text(ada)
        assert bot.labels(ada) == ["✅ Yes", "No"], "one message, two buttons, the last question"
        await bot.tap(ada, "No")
        last = bot.last_text(ada)
        assert "09:00 on Monday to Friday" in last
        assert "Europe/Berlin" in last
        commands = bot.api.calls_of("setMyCommands")
        assert commands, "the bot registers its commands"
    assert (await user_row(database_url, 1001)).has_band is False


async def test_a_full_routine_walk_records_everything_and_shows_a_summary(
    database_url: str,
) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(1002)
        await onboard(bot, ada)
        await bot.send(ada.command("/routine"))
        assert bot.labels(ada) == [str(score) for score in range(11)]
        assert bot.last_text(ada).startswith(f"{FULL_WITH_BAND}\n\nBefore we start")
        await bot.tap(ada, "6")
        for _ in range(7):
            assert bot.labels(ada)[-4:] == ["✅ Done", "⏭ Skip", "😣 Hurts", "⏹ Stop"]
            await bot.tap(ada, "✅ Done")
        await bot.tap(ada, "3")
        summary = bot.texts(ada)[-2]  # the function check's offer follows (issue 19)
        assert "7" in summary
        assert "6 → 3" in summary
        assert "1" in summary


async def test_without_a_band_both_routines_pull_a_towel_and_say_so_up_front(
    database_url: str,
) -> None:
    async with running_bot(database_url) as bot:
        ada, bob = bot.person(1003), bot.person(1004, "Bob")
        await onboard(bot, ada, band=False)
        await bot.send(ada.command("/routine"))
        assert bot.last_text(ada).startswith(
            "⏱ About 19 min. You'll need: a hand towel, a wall, a sturdy chair without wheels, "
            "a mat or carpet.\n\n"
        )
        await bot.tap(ada, "6")
        card = bot.last(ada)
        assert (card.kind, str(card.caption).split("\n")[0]) == (
            "animation",
            "🏋️ 1/7 · Towel Pull-down (no band needed)",
        )
        assert "band" not in str(card.caption).split("\n", 1)[1]

        await onboard(bot, bob, band=False)
        await bot.send(bob.command("/quick"))
        assert bot.last_text(bob).startswith(
            "⏱ About 2 min. You'll need: a sturdy chair without wheels, a hand towel.\n\n"
        )
        await bot.tap(bob, "6")
        assert "🔁 hold 20 s each side, once" in bot.last_text(bob)
        await bot.tap(bob, "✅ Done")
        assert "🔁 1 set × 15 slow reps" in bot.last_text(bob)
    plans = [s.plan for s in await sessions_of(database_url, 1003)]
    plans += [s.plan for s in await sessions_of(database_url, 1004)]
    assert plans == [
        "towel_pulldown,wall_angels,chair_rotation,neck_flexion,arm_reach,trunk_rotation,"
        "knee_to_chest",
        "chair_rotation,towel_pulldown",
    ]


async def test_with_a_band_or_never_asked_the_quick_routine_includes_the_band_exercise(
    database_url: str,
) -> None:
    async with running_bot(database_url) as bot:
        ada, old = bot.person(1005), bot.person(1006, "Old")
        await onboard(bot, ada, band=True)
        await bot.send(ada.command("/quick"))
        assert bot.last_text(ada).startswith(
            "⏱ About 2 min. You'll need: a sturdy chair without wheels, "
            "a resistance band with a door anchor.\n\n"
        )
        await bot.tap(ada, "6")
        await bot.tap(ada, "✅ Done")
        assert bot.last_text(ada).startswith("🏋️ 2/2 · Lat Pulldown (resistance band)")
        assert "🔁 1 set × 15 reps" in bot.last_text(ada)

        await onboard(bot, old)
        engine = create_async_engine(database_url)  # a user from before the band question
        async with engine.begin() as connection:
            await connection.execute(update(User).where(User.id == 1006).values(has_band=None))
        await engine.dispose()
        await bot.send(old.command("/routine"))
        assert bot.last_text(old).startswith(f"{FULL_WITH_BAND}\n\n")
    assert (await sessions_of(database_url, 1006))[0].plan.startswith("lat_pulldown,")
