"""Updates that reply without changing anything are answered once, however often they arrive.

Every update claims its id before any reply, so a redelivered /help, an unknown command or a
sticker stops before answering. A delivery that died before finishing leaves a claim that a
later redelivery takes over, so claiming first never turns a crash into a lost update.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from bot.services.receipts import STARTED_CLAIM_EXPIRES
from db.models import ProcessedUpdate
from tests.support.dbcheck import fetch_all
from tests.support.fakes import TelegramUser
from tests.support.flows import onboard
from tests.support.harness import BotHarness, running_bot


async def _claimed(database_url: str, update_id: int) -> None:
    """Wait until the delivery has claimed the update (a started claim is in the table)."""
    for _ in range(200):
        rows = await fetch_all(database_url, ProcessedUpdate, update_id=update_id)
        if rows and rows[0].claim is not None:
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the update was never claimed")


def _sends_to(bot: BotHarness, person: TelegramUser) -> int:
    return len(bot.api.messages_to(person.chat_id))


@pytest.mark.parametrize("kind", ["help", "unknown command", "sticker"])
async def test_a_redelivered_update_that_only_replies_is_answered_once(
    database_url: str, kind: str
) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(2201)
        await onboard(bot, ada)
        update = {
            "help": ada.command("/help"),
            "unknown command": ada.command("/dance"),
            "sticker": ada.sticker(),
        }[kind]
        before = _sends_to(bot, ada)
        await bot.send(update)
        answered = _sends_to(bot, ada)
        calls = len(bot.api.calls)

        await bot.send(update)  # Telegram delivers the same update again
        await bot.send(update)

        assert answered == before + 1
        assert len(bot.api.calls) == calls


async def test_a_help_whose_delivery_died_before_replying_is_answered_by_the_redelivery(
    database_url: str,
) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(2202)
        await onboard(bot, ada)
        before = _sends_to(bot, ada)
        help_command = ada.command("/help")
        bot.api.set_latency(30)
        dying = asyncio.create_task(bot.send(help_command))
        await _claimed(database_url, int(help_command["update_id"]))  # type: ignore[call-overload]
        await asyncio.sleep(0.1)  # claimed, and its reply on the way...
        dying.cancel()  # ...when the process is killed
        with pytest.raises(asyncio.CancelledError):
            await dying
        bot.api.set_latency(0)
        assert _sends_to(bot, ada) == before
        bot.clock.advance(STARTED_CLAIM_EXPIRES + timedelta(seconds=1))

        await bot.send(help_command)  # Telegram redelivers: nothing confirmed it
        await bot.send(help_command)  # and a copy of that is answered no more

        assert _sends_to(bot, ada) == before + 1
        assert "/routine" in bot.last_text(ada)
