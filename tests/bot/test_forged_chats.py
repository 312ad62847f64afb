"""A private chat belongs to its sender: forged pairings of `from` and `chat` are refused."""

from __future__ import annotations

import copy
import logging

import pytest

from tests.support.dbcheck import results_of, sessions_of
from tests.support.fakes.updates import Json
from tests.support.flows import onboard
from tests.support.harness import running_bot

VICTIM, ATTACKER = 7501, 7502
PRIVATE_TEXT = "the victim's secret words 9917"


def in_chat(update: Json, chat: Json) -> Json:
    """The same update, moved into another chat (as only a forger can)."""
    forged = copy.deepcopy(update)
    body = forged.get("message") or forged["callback_query"]["message"]  # type: ignore[index]
    body["chat"] = chat  # type: ignore[index]
    return forged


def refusals(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    """The guard's warnings."""
    return [r for r in caplog.records if "update refused" in r.getMessage()]


@pytest.mark.parametrize("command", ["/export", "/progress", PRIVATE_TEXT])
async def test_a_message_with_the_victims_from_in_another_private_chat_gets_nothing(
    database_url: str, caplog: pytest.LogCaptureFixture, command: str
) -> None:
    async with running_bot(database_url) as bot:
        victim, attacker = bot.person(VICTIM), bot.person(ATTACKER, "Mallory")
        await onboard(bot, victim)
        await bot.send(victim.command("/routine"))
        await bot.tap(victim, "6")
        before = len(bot.api.snapshot())
        caplog.set_level(logging.DEBUG)
        await bot.send(in_chat(victim.text(command), attacker.chat_json()))
        assert bot.api.snapshot()[before:] == [], "a forged update got an answer"
    [warning] = refusals(caplog)
    assert warning.levelno == logging.WARNING
    assert f"user={VICTIM}" in warning.getMessage()
    assert all(PRIVATE_TEXT not in r.getMessage() for r in caplog.records)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


@pytest.mark.parametrize("chat_type", ["private", "group"])
async def test_a_button_pressed_in_another_chat_does_not_drive_the_victims_routine(
    database_url: str, caplog: pytest.LogCaptureFixture, chat_type: str
) -> None:
    async with running_bot(database_url) as bot:
        victim, attacker = bot.person(VICTIM), bot.person(ATTACKER, "Mallory")
        await onboard(bot, victim)
        await bot.send(victim.command("/routine"))
        await bot.tap(victim, "6")
        chat = attacker.chat_json()
        if chat_type == "group":
            chat = {"id": -100_123, "type": "group", "title": "Mallory's group"}
        press = in_chat(victim.press_button(bot.api, "✅ Done"), chat)
        before = len(bot.api.snapshot())
        caplog.set_level(logging.DEBUG)
        await bot.send(press)
        assert bot.api.snapshot()[before:] == [], "a forged press got an answer"
        [session] = await sessions_of(database_url, VICTIM)
        assert await results_of(database_url, session.id) == [], "the forged press was applied"
        await bot.tap(victim, "✅ Done")
        assert "2/7" in bot.last_text(victim), "the victim's own press still works"
    [warning] = refusals(caplog)
    assert warning.levelno == logging.WARNING


async def test_a_press_by_someone_else_on_the_victims_message_is_refused(
    sqlite_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    async with running_bot(sqlite_url) as bot:
        victim, attacker = bot.person(VICTIM), bot.person(ATTACKER, "Mallory")
        await onboard(bot, victim)
        await onboard(bot, attacker)
        await bot.send(victim.command("/routine"))
        press = victim.press_button(bot.api, "5")
        press["callback_query"]["from"] = attacker.user_json()  # type: ignore[index]
        before = len(bot.api.snapshot())
        await bot.send(press)
        assert bot.api.snapshot()[before:] == []
    assert len(refusals(caplog)) == 1
