"""Typed symptoms are heard in every state: emergency advice first, and never a smiley."""

from __future__ import annotations

import pytest

from tests.support.dbcheck import sessions_of, user_row
from tests.support.fakes import TelegramUser
from tests.support.flows import onboard, start_walk
from tests.support.harness import BotHarness, running_bot

EMERGENCY_FIRST_LINE = (
    "🚨 If this is happening now, call your local emergency number (112 / 911 / 999)"
)


async def idle(bot: BotHarness, person: TelegramUser) -> None:
    await onboard(bot, person)


async def onboarding(bot: BotHarness, person: TelegramUser) -> None:
    await bot.send(person.command("/start"))


async def mid_exercise(bot: BotHarness, person: TelegramUser) -> None:
    await start_walk(bot, person)


async def waiting_for_a_rating(bot: BotHarness, person: TelegramUser) -> None:
    await onboard(bot, person)
    await bot.send(person.command("/quick"))


async def paused(bot: BotHarness, person: TelegramUser) -> None:
    await mid_exercise(bot, person)
    await bot.send(person.command("/cancel"))


STATES = [idle, onboarding, mid_exercise, waiting_for_a_rating, paused]


@pytest.mark.parametrize("state", STATES, ids=[state.__name__ for state in STATES])
async def test_typed_chest_pain_gets_the_emergency_advice_first_in_every_state(
    sqlite_url: str, state: object
) -> None:
    async with running_bot(sqlite_url) as bot:
        ada = bot.person(4201)
        await state(bot, ada)  # type: ignore[operator]
        before = len(bot.texts(ada))
        await bot.send(ada.text("I have chest pain"))
        reply = bot.texts(ada)[before:]
        assert reply[0].startswith(EMERGENCY_FIRST_LINE), reply
        assert all("🙂" not in text for text in reply)
    user = await user_row(sqlite_url, 4201)
    assert (user.screening_status, user.lock_cause) == ("urgent", "typed")
    assert all(s.status != "active" for s in await sessions_of(sqlite_url, 4201))


async def test_typed_numbness_mid_exercise_stops_and_sends_to_a_professional(
    database_url: str,
) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(4202)
        await mid_exercise(bot, ada)
        await bot.send(ada.text("I feel dizzy and my arm is numb"))
        assert bot.last_text(ada).startswith("⏹ Please stop the exercises for now.")
    sessions = await sessions_of(database_url, 4202)
    assert [s.status for s in sessions] == ["red_flag"]
    assert (await user_row(database_url, 4202)).screening_status == "see_doctor"


async def test_typed_it_hurts_mid_exercise_offers_the_hurts_choices(database_url: str) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(4203)
        await mid_exercise(bot, ada)
        await bot.send(ada.text("it hurts"))
        assert "What is it like during Lat Pulldown" in bot.last_text(ada)
        assert bot.labels(ada)[-1] == "🚨 Chest pain or can't breathe"
        await bot.tap(ada, "Mild")
        assert "Gentler version" in bot.last_text(ada)


async def test_pain_typed_outside_an_exercise_gets_care_not_a_smiley(sqlite_url: str) -> None:
    async with running_bot(sqlite_url) as bot:
        ada = bot.person(4204)
        await onboard(bot, ada)
        await bot.send(ada.text("pain in my neck"))
        answer = bot.last_text(ada)
        assert "sorry it hurts" in answer.lower()
        assert "🙂" not in answer
    assert (await user_row(sqlite_url, 4204)).screening_status == "clear"


async def test_a_negated_symptom_or_other_text_keeps_the_friendly_hint(sqlite_url: str) -> None:
    async with running_bot(sqlite_url) as bot:
        ada = bot.person(4205)
        await onboard(bot, ada)
        await bot.send(ada.text("no chest pain today"))
        assert "Send /routine" in bot.last_text(ada)
        await bot.send(ada.text("hello"))
        assert "Send /routine" in bot.last_text(ada)
    assert (await user_row(sqlite_url, 4205)).screening_status == "clear"
