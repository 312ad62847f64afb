"""The ▶ Timer follows the dose of the version on screen: side by side, round by round.

One tap runs the whole sequence on one edited message, at most one edit per tick; the end is a
new message with ✅ Done on it, and a second tap while it runs only gets a toast.
"""

from __future__ import annotations

import asyncio

from tests.support.dbcheck import results_of, sessions_of
from tests.support.fakes import TelegramUser, to_update
from tests.support.fakes.buttons import find_button
from tests.support.flows import start_walk
from tests.support.harness import BotHarness, running_bot

TIMER = "▶ Timer"
FINISHED = "✅ Timer finished."
TIME_UP = "⏰ Time's up! Tap ✅ Done when you're ready."


def timer_lines(bot: BotHarness, person: TelegramUser, since: int = 0) -> list[str]:
    """Every line the timer message showed, in order: its first text, then its edits."""
    lines = []
    for call in bot.api.snapshot()[since:]:
        if call.chat_id != person.chat_id or not call.ok:
            continue
        text = str(call.params.get("text", ""))
        if call.method == "editMessageText" or text.startswith(("⏱", "Round")):
            lines.append(text)
    return lines


async def tap_ending(bot: BotHarness, person: TelegramUser, suffix: str) -> None:
    """Press the button whose callback data ends with `suffix` on the newest message with one."""
    message = next(
        m
        for m in reversed(bot.api.messages_to(person.chat_id))
        if any(data.endswith(suffix) for _, data in m.buttons)
    )
    data = next(data for _, data in message.buttons if data and data.endswith(suffix))
    await bot.send(
        person.press(data, message.message_id, message=bot.api.state.message_json(message))
    )


async def test_one_tap_times_each_side_and_ends_with_a_new_message_carrying_done(
    database_url: str,
) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(4701)
        await start_walk(bot, ada, 4, routine="/quick")
        card = bot.last(ada)
        assert "🔁 hold 20 s each side, once" in (card.caption or "")
        since = len(bot.api.snapshot())
        await bot.tap(ada, TIMER)
        assert timer_lines(bot, ada, since) == [
            "⏱ Right side: 20 s",
            "⏱ Right side: 15 s",
            "⏱ Right side: 10 s",
            "⏱ Right side: 5 s",
            "🔄 Switch to Left side… 5 s",
            "⏱ Left side: 20 s",
            "⏱ Left side: 15 s",
            "⏱ Left side: 10 s",
            "⏱ Left side: 5 s",
            FINISHED,
        ]
        end = bot.last(ada)
        assert (end.text, [label for label, _ in end.buttons]) == (TIME_UP, ["✅ Done"])
        assert end.message_id > card.message_id, "a new message, so the phone notifies"
        assert TIMER in [label for label, _ in card.buttons], "the timer keeps the card usable"

        await bot.tap(ada, "✅ Done", end.message_id)
        assert "Lat Pulldown" in bot.last_text(ada)
        answers = len(bot.api.calls_of("answerCallbackQuery"))
        await bot.tap(ada, "✅ Done", card.message_id)
        late = bot.api.calls_of("answerCallbackQuery")[answers:]
        assert [call.params.get("text") for call in late] == ["Already noted 👍"]
    sessions = await sessions_of(database_url, 4701)
    assert [r.outcome for r in await results_of(database_url, sessions[0].id)] == ["done"]


async def test_rounds_are_counted_and_the_gentler_version_times_its_own_dose(
    database_url: str,
) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(4702)
        await start_walk(bot, ada, 4)
        await bot.tap(ada, "✅ Done")
        await bot.tap(ada, "✅ Done")
        assert "Chair Rotation" in bot.last_text(ada)
        since = len(bot.api.snapshot())
        await bot.tap(ada, TIMER)
        lines = timer_lines(bot, ada, since)
        assert lines[0] == "Round 1 of 3\n⏱ Right side: 20 s"
        assert "Round 2 of 3\n😮‍💨 Rest… 5 s" in lines
        assert lines[-2:] == ["Round 3 of 3\n⏱ Left side: 5 s", FINISHED]

        await tap_ending(bot, ada, ":hurts")
        await tap_ending(bot, ada, ":mild")
        assert "🔁 hold 10 s each side, 2 times" in bot.last_text(ada)
        since = len(bot.api.snapshot())
        await bot.tap(ada, TIMER)
        lines = timer_lines(bot, ada, since)
        assert lines[0] == "Round 1 of 2\n⏱ Right side: 10 s"
        assert lines[-2:] == ["Round 2 of 2\n⏱ Left side: 5 s", FINISHED]


async def test_an_untimed_version_shows_no_timer(database_url: str) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(4703)
        await start_walk(bot, ada, 4)
        assert TIMER not in bot.labels(ada)
        await tap_ending(bot, ada, ":hurts")
        await tap_ending(bot, ada, ":mild")
        assert bot.last_text(ada).startswith("🌱 Gentler version of Lat Pulldown")
        assert TIMER not in bot.labels(ada)


async def test_a_second_tap_while_it_runs_gets_a_toast_and_edits_wait_a_tick_apart(
    sqlite_url: str,
) -> None:
    gate, waiting = asyncio.Event(), asyncio.Event()
    slept: list[float] = []

    async def held_sleep(seconds: float) -> None:
        slept.append(seconds)
        waiting.set()
        await gate.wait()

    async with running_bot(sqlite_url, sleep=held_sleep) as bot:
        ada = bot.person(4704)
        await start_walk(bot, ada, 4, routine="/quick")
        since = len(bot.api.snapshot())
        shown, timer = find_button(bot.api, ada.chat_id, TIMER)
        press = ada.press(timer, shown.message_id, message=bot.api.state.message_json(shown))
        try:
            await bot.app.process_update(to_update(press, bot.app.bot))
            await waiting.wait()  # the timer runs in the background: let it reach its first wait
            assert timer_lines(bot, ada, since) == ["⏱ Right side: 20 s"]
            answers = len(bot.api.calls_of("answerCallbackQuery"))
            again = ada.press(timer, shown.message_id, message=bot.api.state.message_json(shown))
            await bot.app.process_update(to_update(again, bot.app.bot))
            toasts = bot.api.calls_of("answerCallbackQuery")[answers:]
            assert [call.params.get("text") for call in toasts] == [
                "⏱ The timer is already running."
            ]
            assert timer_lines(bot, ada, since) == ["⏱ Right side: 20 s"], "no second timer"
        finally:
            gate.set()
        await bot.app.bot_data.services.routine.timer.drain()
        edits = [c for c in bot.api.snapshot()[since:] if c.method == "editMessageText"]
        assert len(edits) == len(slept), "one edit per tick at most"
        assert set(slept) == {5.0}
        assert bot.last_text(ada) == TIME_UP
