"""Sends whose answer nobody reads: PTB's request path without building a Message from it.

Every `Bot.send_*` turns Telegram's answer into a frozen `Message` tree (chat, sender, the
animation and its thumbnail, every button of the keyboard). A reply to a button press never
looks at it, and that parsing was 15% of the bot's CPU per update with one person walking the
routine (py-spy under bench.load). These go through `Bot._post`, the path every `send_*` method
itself takes (defaults, the rate limiter and its 429 retries, Telegram's errors raised as
`TelegramError`), and drop the answer instead. BackCoach sets no `Defaults`, so a bare
`_post` sends exactly what `send_message`/`send_animation` would.
"""

from __future__ import annotations

from typing import Any

from telegram import Bot

from bot.views.outgoing import Keyboard


async def send_text(bot: Bot, chat_id: int, text: str, keyboard: Keyboard | None) -> None:
    """sendMessage, as `bot.send_message(chat_id, text, reply_markup=keyboard)` sends it."""
    data = {"chat_id": chat_id, "text": text, "reply_markup": _markup(keyboard)}
    await _post(bot, "sendMessage", data)


async def send_stored_animation(
    bot: Bot, chat_id: int, file_id: str, caption: str, keyboard: Keyboard | None
) -> None:
    """sendAnimation of an animation Telegram already has (by file_id), with caption and keys."""
    markup = _markup(keyboard)
    data = {"chat_id": chat_id, "animation": file_id, "caption": caption, "reply_markup": markup}
    await _post(bot, "sendAnimation", data)


def _markup(keyboard: Keyboard | None) -> dict[str, list[list[dict[str, str]]]] | None:
    """The keyboard as the Bot API object; None leaves the parameter out."""
    return None if keyboard is None else keyboard.reply_markup()


async def _post(bot: Bot, endpoint: str, data: dict[str, Any]) -> None:
    """The request every send_* method makes; None values are dropped there, as for them."""
    await bot._post(endpoint, data)
