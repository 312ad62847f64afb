"""Every bad input gets a friendly answer and changes nothing."""

from __future__ import annotations

import pytest

from tests.support.dbcheck import ratings_of, sessions_of
from tests.support.flows import onboard, start_walk
from tests.support.harness import running_bot

PAIN_HINT = "Please send a number from 0 to 10, like 4"
OFF_SCALE = "The scale goes from 0 (no pain) to 10"


@pytest.mark.parametrize(
    ("typed", "answer"),
    [
        ("11", OFF_SCALE),
        ("-1", OFF_SCALE),
        ("11/10", OFF_SCALE),
        ("7.5", PAIN_HINT),
        ("😀", PAIN_HINT),
        (" ", PAIN_HINT),
        ("5" * 5000, PAIN_HINT),
        ("1e1", PAIN_HINT),
        ("lots", PAIN_HINT),
    ],
    ids=["eleven", "negative", "eleven-of-ten", "decimal", "emoji", "blank", "5000", "exp", "word"],
)
async def test_an_unreadable_or_off_scale_rating_gets_an_answer_and_changes_nothing(
    sqlite_url: str, typed: str, answer: str
) -> None:
    async with running_bot(sqlite_url) as bot:
        ada = bot.person(3001)
        await onboard(bot, ada)
        await bot.send(ada.command("/routine"))
        await bot.send(ada.text(typed))
        assert answer in bot.last_text(ada)
        await bot.send(ada.text("7"))
        assert "Lat Pulldown" in bot.last_text(ada)
    assert [(r.kind, r.score) for r in await ratings_of(sqlite_url, 3001)] == [("before", 7)]


@pytest.mark.parametrize(
    ("typed", "score"),
    [("5/10", 5), ("five", 5), ("5\ufe0f\u20e3", 5), ("about 6", 6), ("７", 7), ("+3", 3)],
    ids=["slash-ten", "word", "keycap", "about", "fullwidth", "plus"],
)
async def test_a_rating_typed_as_people_write_it_is_read(
    sqlite_url: str, typed: str, score: int
) -> None:
    async with running_bot(sqlite_url) as bot:
        ada = bot.person(3006)
        await onboard(bot, ada)
        await bot.send(ada.command("/routine"))
        await bot.send(ada.text(typed))
        assert "Lat Pulldown" in bot.last_text(ada)
    assert [(r.kind, r.score) for r in await ratings_of(sqlite_url, 3006)] == [("before", score)]


async def test_invalid_ratings_on_postgres_too(database_url: str) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(3002)
        await onboard(bot, ada)
        await bot.send(ada.command("/routine"))
        for typed, answer in (("11", OFF_SCALE), ("-1", OFF_SCALE), ("7.5", PAIN_HINT)):
            await bot.send(ada.text(typed))
            assert answer in bot.last_text(ada)
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
