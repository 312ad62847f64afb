"""The ▶ Timer counts the hold of the version on screen: the gentler one has its own."""

from __future__ import annotations

from tests.support.fakes import TelegramUser
from tests.support.flows import start_walk
from tests.support.harness import BotHarness, running_bot

TIMER = "▶ Timer"
TIME_UP = "⏰ Time's up! Tap ✅ Done when you're ready."


def countdown_lines(bot: BotHarness, person: TelegramUser) -> list[str]:
    """Every countdown line this person saw, in order: the first message, then its edits."""
    lines = []
    for call in bot.api.calls:
        if call.chat_id != person.chat_id or not call.ok:
            continue
        text = str(call.params.get("text", ""))
        if call.method == "editMessageText" or text.startswith("⏱"):
            lines.append(text)
    return lines


async def tap_ending(bot: BotHarness, person: TelegramUser, suffix: str) -> None:
    """Press the newest keyboard's button whose callback data ends with `suffix`.

    Used for the Hurts buttons, so this test does not depend on how they are labelled.
    """
    message = next(m for m in reversed(bot.api.messages_to(person.chat_id)) if m.buttons)
    data = next(data for _, data in message.buttons if data and data.endswith(suffix))
    await bot.send(person.press(data, message.message_id))


async def test_the_gentler_neck_exercise_times_its_own_ten_second_hold(sqlite_url: str) -> None:
    async with running_bot(sqlite_url) as bot:
        ada = bot.person(4701)
        await start_walk(bot, ada, 4, routine="/quick")
        await bot.tap(ada, "✅ Done")
        assert "Neck Flexion" in bot.last_text(ada)
        assert "🔁 hold each position 20 s, 2–3 times" in bot.last_text(ada)
        await bot.tap(ada, TIMER)
        assert countdown_lines(bot, ada) == ["⏱ 20 s", "⏱ 15 s", "⏱ 10 s", "⏱ 5 s", TIME_UP]

        await tap_ending(bot, ada, ":hurts")
        await tap_ending(bot, ada, ":mild")
        gentler = bot.last_text(ada)
        assert gentler.startswith("🌱 Gentler version of Neck Flexion")
        assert "🔁 hold each position 10 s, 2 times" in gentler
        assert "20 s" not in gentler
        assert TIMER in bot.labels(ada)
        seen = len(countdown_lines(bot, ada))
        await bot.tap(ada, TIMER)
        assert countdown_lines(bot, ada)[seen:] == ["⏱ 10 s", "⏱ 5 s", TIME_UP]


async def test_an_untimed_gentler_version_shows_no_timer(sqlite_url: str) -> None:
    async with running_bot(sqlite_url) as bot:
        ada = bot.person(4702)
        await start_walk(bot, ada, 4)
        await tap_ending(bot, ada, ":hurts")
        await tap_ending(bot, ada, ":mild")
        assert bot.last_text(ada).startswith("🌱 Gentler version of Lat Pulldown")
        assert "🔁 10 slow reps" in bot.last_text(ada)
        assert TIMER not in bot.labels(ada)
