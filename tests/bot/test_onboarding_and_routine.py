"""A newcomer onboards and walks the full routine, through the real Application."""

from __future__ import annotations

from tests.support.flows import SCREENING_ITEMS, onboard
from tests.support.harness import running_bot


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
        last = bot.last_text(ada)
        assert "09:00 on Monday to Friday" in last
        assert "Europe/Berlin" in last
        commands = bot.api.calls_of("setMyCommands")
        assert commands, "the bot registers its commands"


async def test_a_full_routine_walk_records_everything_and_shows_a_summary(
    database_url: str,
) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(1002)
        await onboard(bot, ada)
        await bot.send(ada.command("/routine"))
        assert bot.labels(ada) == [str(score) for score in range(11)]
        await bot.tap(ada, "6")
        for _ in range(7):
            assert bot.labels(ada)[-4:] == ["✅ Done", "⏭ Skip", "😣 Hurts", "⏹ Stop"]
            await bot.tap(ada, "✅ Done")
        await bot.tap(ada, "3")
        summary = bot.texts(ada)[-2]  # the function check's offer follows (issue 19)
        assert "7" in summary
        assert "6 → 3" in summary
        assert "1" in summary
