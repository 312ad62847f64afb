"""Regression tests for bugs the robustness suite found (all fixed): each states the behaviour."""

from __future__ import annotations

from datetime import timedelta

from bot.content import TextKey
from tests.robustness.support import capture_errors
from tests.support.dbcheck import sessions_of, user_row
from tests.support.fakes import TelegramUser
from tests.support.fakes.buttons import find_button
from tests.support.flows import onboard, start_walk
from tests.support.harness import BotHarness, FakeClock, running_bot


async def test_a_forged_start_button_for_an_unknown_routine_only_gets_the_expired_toast(
    database_url: str,
) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(7201)
        await start_walk(bot, ada, 4)
        sent_before = len(bot.texts(ada))
        with capture_errors() as errors:
            await bot.send(ada.press("go:nope"))
        logged = errors.take()
        texts = bot.app.bot_data.services.catalog.texts
        answer = bot.api.calls_of("answerCallbackQuery")[-1]
        assert logged == []
        assert answer.params.get("text") == texts.render(TextKey.COMMON_BUTTON_EXPIRED)
        assert len(bot.texts(ada)) == sent_before
    sessions = await sessions_of(database_url, 7201)
    assert [(s.status, s.phase) for s in sessions] == [("active", "exercise")]


async def test_finishing_an_old_session_today_counts_for_today_or_is_refused(
    database_url: str,
) -> None:
    clock = FakeClock()
    async with running_bot(database_url, clock=clock) as bot:
        ada = bot.person(7202)
        await onboard(bot, ada, zone="UTC")
        await start_quick(bot, ada)  # Monday: the whole 2-minute routine
        for label in ("✅ Done", "✅ Done", "3"):
            await bot.tap(ada, label)
        clock.advance(timedelta(days=1))
        await start_quick(bot, ada)  # Tuesday: only the pain score, then nothing

        shown, done = find_button(bot.api, ada.chat_id, "✅ Done")
        clock.advance(timedelta(days=3))  # Friday: both exercises on Tuesday's old buttons
        await bot.send(ada.press(done, shown.message_id))
        answer = bot.api.calls_of("answerCallbackQuery")[-1].params.get("text")
        texts = bot.app.bot_data.services.catalog.texts
        if answer == texts.render(TextKey.COMMON_STALE_BUTTON):
            return  # refused like /routine would: fine
        await bot.tap(ada, "✅ Done")
        await bot.tap(ada, "2")
    _, old = await sessions_of(database_url, 7202)
    assert old.status == "completed"
    user = await user_row(database_url, 7202)
    # Monday and Friday were done, Tuesday was not: one day now, and never two in a row.
    assert (user.streak_current, user.streak_best) == (1, 1)


async def start_quick(bot: BotHarness, person: TelegramUser) -> None:
    """/quick and a pain score of 5."""
    await bot.send(person.command("/quick"))
    await bot.tap(person, "5")
