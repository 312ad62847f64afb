"""Every bad input gets a friendly answer and changes nothing."""

from __future__ import annotations

import pytest

from tests.support.dbcheck import ratings_of, sessions_of
from tests.support.flows import onboard, start_walk
from tests.support.harness import running_bot

PAIN_HINT = "Please send a whole number from 0 to 10"


@pytest.mark.parametrize(
    "typed",
    ["11", "-1", "7.5", "seven", "😀", " ", "5" * 5000, "1e1", "+5", "７"],
    ids=[
        "eleven",
        "negative",
        "decimal",
        "word",
        "emoji",
        "blank",
        "5000-chars",
        "exp",
        "plus",
        "fullwidth",
    ],
)
async def test_an_invalid_rating_gets_a_hint_and_changes_nothing(
    sqlite_url: str, typed: str
) -> None:
    async with running_bot(sqlite_url) as bot:
        ada = bot.person(3001)
        await onboard(bot, ada)
        await bot.send(ada.command("/routine"))
        await bot.send(ada.text(typed))
        assert PAIN_HINT in bot.last_text(ada)
        await bot.send(ada.text("7"))
        assert "Lat Pulldown" in bot.last_text(ada)
    assert [(r.kind, r.score) for r in await ratings_of(sqlite_url, 3001)] == [("before", 7)]


async def test_invalid_ratings_on_postgres_too(database_url: str) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(3002)
        await onboard(bot, ada)
        await bot.send(ada.command("/routine"))
        for typed in ("11", "-1", "7.5", "seven", "😀", "5" * 5000):
            await bot.send(ada.text(typed))
            assert PAIN_HINT in bot.last_text(ada)
    assert await ratings_of(database_url, 3002) == []
    assert [s.phase for s in await sessions_of(database_url, 3002)] == ["pain_before"]


async def test_stray_input_gets_a_hint_for_what_the_bot_expects(sqlite_url: str) -> None:
    async with running_bot(sqlite_url) as bot:
        ada = bot.person(3003)
        await bot.send(ada.text("hello"))
        assert "/start" in bot.last_text(ada)
        await onboard(bot, ada)
        await bot.send(ada.sticker())
        assert "/routine" in bot.last_text(ada)
        await bot.send(ada.command("/dance"))
        assert "don't know that command" in bot.last_text(ada)
        await bot.send(ada.command("/routine"))
        await bot.tap(ada, "3")
        await bot.send(ada.photo())
        assert "buttons" in bot.last_text(ada)
        await bot.send(ada.text("done"))
        assert "buttons" in bot.last_text(ada)
        await bot.send(ada.edited_text("4"))
        assert "buttons" in bot.last_text(ada)
    sessions = await sessions_of(sqlite_url, 3003)
    assert [(s.phase, s.step) for s in sessions] == [("exercise", 0)]


async def test_commands_in_the_middle_of_a_session_leave_it_intact(database_url: str) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(3004)
        await start_walk(bot, ada)
        await bot.send(ada.command("/help"))
        assert "/quick" in bot.last_text(ada)
        await bot.send(ada.command("/settings"))
        assert "Europe/Berlin" in bot.last_text(ada)
        await bot.send(ada.command("/start"))
        assert "Welcome back" in (bot.texts(ada)[-1])
        await bot.tap(ada, "▶ Start routine")
        assert "Lat Pulldown" in bot.last_text(ada)
        await bot.tap(ada, "✅ Done")
        assert "Wall Angels" in bot.last_text(ada)
    sessions = await sessions_of(database_url, 3004)
    assert [(s.status, s.step) for s in sessions] == [("active", 1)]


async def test_a_routine_before_onboarding_asks_to_finish_setup(sqlite_url: str) -> None:
    async with running_bot(sqlite_url) as bot:
        ada = bot.person(3005)
        await bot.send(ada.command("/routine"))
        assert "/start" in bot.last_text(ada)
        await bot.send(ada.command("/start"))
        await bot.send(ada.command("/quick"))
        assert "setting up" in bot.last_text(ada)
    assert await sessions_of(sqlite_url, 3005) == []
