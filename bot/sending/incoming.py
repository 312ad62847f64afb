"""Incoming updates, cut to what the bot reads before python-telegram-bot parses them.

Telegram repeats the whole message a button belongs to in every callback query: the exercise's
animation with its thumbnail, the caption and its entities, every button of the keyboard. PTB
turns all of it into frozen objects (about 390 attribute sets per press, 10% of the bot's CPU
with one person walking the routine, cProfile under bench.load), and the bot reads only which
chat and which message it was. So a callback query's message keeps its identity (id, date, chat,
sender, thread) and drops the rest; every other update passes untouched. Both ways in (polling
through the transport, webhooks through the gateway) use it, and so does the test harness.
"""

from __future__ import annotations

from typing import Any

# What identifies the message a button was pressed under; `date` 0 marks it inaccessible.
KEPT_MESSAGE_FIELDS = ("message_id", "date", "chat", "from", "message_thread_id")


def slim_update(update: dict[str, Any]) -> dict[str, Any]:
    """The update with its callback query's message cut to its identity (a copy; input kept)."""
    query = update.get("callback_query")
    if not isinstance(query, dict) or not isinstance(query.get("message"), dict):
        return update
    message = query["message"]
    kept = {key: message[key] for key in KEPT_MESSAGE_FIELDS if key in message}
    return {**update, "callback_query": {**query, "message": kept}}


def slim_get_updates(answer: dict[str, Any]) -> dict[str, Any]:
    """A getUpdates answer with each update slimmed; any other answer is returned as it is."""
    result = answer.get("result")
    if isinstance(result, list) and all(
        isinstance(item, dict) and "update_id" in item for item in result
    ):
        answer["result"] = [slim_update(item) for item in result]
    return answer
