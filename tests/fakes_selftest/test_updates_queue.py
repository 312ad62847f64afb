"""getUpdates honours offset, limit and long-poll timeout like Telegram."""

from __future__ import annotations

import asyncio
import time

import pytest
from telegram import Bot
from telegram.error import Conflict

from tests.support.fakes import FakeBotApi, TelegramUser


async def test_get_updates_returns_queued_updates_until_confirmed_by_offset(
    bot: Bot, api: FakeBotApi, alice: TelegramUser
) -> None:
    first = api.queue_update(alice.command("/start"))
    second = api.queue_update(alice.text("hello"))
    updates = await bot.get_updates()
    assert [u.update_id for u in updates] == [first, second]
    assert [u.update_id for u in await bot.get_updates(offset=second)] == [second]
    assert await bot.get_updates(offset=second + 1) == ()


async def test_get_updates_returns_at_most_limit_updates(
    bot: Bot, api: FakeBotApi, alice: TelegramUser
) -> None:
    for n in range(5):
        api.queue_update(alice.text(str(n)))
    assert len(await bot.get_updates(limit=2)) == 2


async def test_a_long_poll_wakes_as_soon_as_an_update_arrives(
    bot: Bot, api: FakeBotApi, alice: TelegramUser
) -> None:
    started = time.monotonic()
    poll = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.1)
    api.queue_update(alice.text("late"))
    updates = await poll
    assert [u.message.text for u in updates if u.message] == ["late"]
    assert time.monotonic() - started < 2


async def test_a_long_poll_with_nothing_to_deliver_returns_empty_after_the_timeout(
    bot: Bot,
) -> None:
    started = time.monotonic()
    assert await bot.get_updates(timeout=1) == ()
    assert time.monotonic() - started >= 0.9


async def test_a_second_poller_terminates_the_first_with_a_conflict(bot: Bot) -> None:
    first = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.1)
    await bot.get_updates(timeout=0)
    with pytest.raises(Conflict, match="terminated by other getUpdates"):
        await first


async def test_get_updates_is_refused_while_a_webhook_is_set(bot: Bot) -> None:
    assert await bot.set_webhook("https://example.org/hook")
    with pytest.raises(Conflict, match="webhook is active"):
        await bot.get_updates()
    assert (await bot.get_webhook_info()).url == "https://example.org/hook"
    assert await bot.delete_webhook()
    assert await bot.get_updates() == ()


async def test_update_ids_must_increase(api: FakeBotApi, alice: TelegramUser) -> None:
    update = alice.text("x")
    api.queue_update(update)
    with pytest.raises(ValueError, match="must exceed"):
        api.queue_update(update)


async def test_replies_echo_the_chat_learned_from_queued_updates(
    bot: Bot, api: FakeBotApi, alice: TelegramUser
) -> None:
    api.queue_update(alice.text("hi"))
    sent = await bot.send_message(alice.chat_id, "hello")
    assert sent.chat.first_name == "Alice"
