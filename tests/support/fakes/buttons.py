"""Finding the inline button a simulated user would tap, among those the bot really shows."""

from __future__ import annotations

from tests.support.fakes.bot_api import FakeBotApi
from tests.support.fakes.records import SentMessage


def keyboard_message(api: FakeBotApi, chat_id: int, message_id: int | None) -> SentMessage:
    """The given message, or the newest live message in the chat that has inline buttons."""
    if message_id is not None:
        sent = api.message(chat_id, message_id)
        if sent is None:
            raise LookupError(f"message {message_id} is not live in chat {chat_id}")
        return sent
    for sent in reversed(api.messages_to(chat_id)):
        if sent.buttons:
            return sent
    raise LookupError(f"the bot shows no inline keyboard in chat {chat_id}")


def find_button(
    api: FakeBotApi, chat_id: int, wanted: str, message_id: int | None = None
) -> tuple[SentMessage, str]:
    """(message, callback_data) of the first button matching, in order of preference:

    exact label, exact callback_data, callback_data prefix, label prefix (case-insensitive).
    """
    sent = keyboard_message(api, chat_id, message_id)
    pressable = [(label, data) for label, data in sent.buttons if data]
    tiers = (
        [data for label, data in pressable if label == wanted],
        [data for _, data in pressable if data == wanted],
        [data for _, data in pressable if data.startswith(wanted)],
        [data for label, data in pressable if label.casefold().startswith(wanted.casefold())],
    )
    for matches in tiers:
        if matches:
            return sent, matches[0]
    raise LookupError(
        f"no button matching {wanted!r} on message {sent.message_id}; shown: {sent.buttons}"
    )
