"""A press or typed rating delivered twice (same update_id) is applied and answered once.

Telegram redelivers an update when it did not see our answer in time, and with several replicas
two of them may get the same update at once: either way the person sees one reply, and the
database holds one result.
"""

from __future__ import annotations

import asyncio

from tests.support.dbcheck import ratings_of, results_of, sessions_of
from tests.support.fakes import FakeBotApi
from tests.support.fakes.buttons import find_button
from tests.support.flows import onboard, start_walk
from tests.support.harness import running_bot


async def test_a_redelivered_press_changes_nothing_and_gets_no_answer(database_url: str) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(2101)
        await start_walk(bot, ada, 6)
        shown, data = find_button(bot.api, ada.chat_id, "✅ Done")
        press = ada.press(data, shown.message_id)
        await bot.send(press)
        calls_before = len(bot.api.calls)

        await bot.send(press)  # Telegram delivers the same update again

        assert len(bot.api.calls) == calls_before
    sessions = await sessions_of(database_url, 2101)
    assert [(s.step, s.version) for s in sessions] == [(1, 2)]
    assert [r.outcome for r in await results_of(database_url, sessions[0].id)] == ["done"]
    assert [(r.kind, r.score) for r in await ratings_of(database_url, 2101)] == [("before", 6)]


async def test_a_redelivered_typed_rating_is_stored_once(database_url: str) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(2102)
        await onboard(bot, ada)
        await bot.send(ada.command("/routine"))
        rating = ada.text("7")
        await bot.send(rating)
        calls_before = len(bot.api.calls)

        await bot.send(rating)

        assert len(bot.api.calls) == calls_before
    assert [(r.kind, r.score) for r in await ratings_of(database_url, 2102)] == [("before", 7)]


async def test_a_press_on_a_session_that_is_not_yours_is_refused_and_recorded_once(
    database_url: str,
) -> None:
    async with running_bot(database_url) as bot:
        ada, bob = bot.person(2103), bot.person(2104)
        for person in (ada, bob):
            await onboard(bot, person)
            await bot.send(person.command("/routine"))
        _shown, data = find_button(bot.api, ada.chat_id, "6")
        forged = bob.press(data)  # Bob replays Ada's button data

        await bot.send(forged)
        answers = len(bot.api.calls_of("answerCallbackQuery"))
        await bot.send(forged)  # and it is delivered twice

        assert len(bot.api.calls_of("answerCallbackQuery")) == answers
    assert await ratings_of(database_url, 2103) == []
    assert await ratings_of(database_url, 2104) == []


async def test_one_press_delivered_to_two_replicas_at_once_is_applied_and_answered_once(
    database_url: str,
) -> None:
    api = FakeBotApi()
    async with (
        running_bot(database_url, api=api) as first,
        running_bot(database_url, api=api) as second,
    ):
        ada = first.person(2105)
        await start_walk(first, ada, 6)
        shown, data = find_button(api, ada.chat_id, "✅ Done")
        press = ada.press(data, shown.message_id)
        calls_before = len(api.calls)

        await asyncio.gather(first.send(press), second.send(press))

        made = [call.method for call in api.calls[calls_before:]]
        # Once: one answer, one retired keyboard, one next exercise.
        assert sorted(made) == ["answerCallbackQuery", "editMessageReplyMarkup", "sendAnimation"]
    sessions = await sessions_of(database_url, 2105)
    assert [(s.step, s.version) for s in sessions] == [(1, 2)]
    assert [r.outcome for r in await results_of(database_url, sessions[0].id)] == ["done"]
