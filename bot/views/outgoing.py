"""The shape of what a handler sends: messages plus an optional callback toast."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.handlers.callbacks import CallbackData, encode


@dataclass(frozen=True, slots=True)
class OutMessage:
    """One message to send."""

    text: str
    keyboard: InlineKeyboardMarkup | None = None
    # An exercise whose animation goes out just before this message.
    demo: str | None = None


@dataclass(frozen=True, slots=True)
class Rendered:
    """A callback toast (if any) and the messages to send after it.

    `advanced`: the press used up a one-off choice (a setting, a nudge's snooze, a confirmation),
    so its keyboard is removed. Routine steps leave theirs: they are checked by session version.
    """

    messages: tuple[OutMessage, ...] = ()
    toast: str | None = None
    advanced: bool = False


def keyboard(rows: Sequence[Sequence[tuple[str, CallbackData]]]) -> InlineKeyboardMarkup:
    """Build an inline keyboard from (label, callback) rows."""
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(label, callback_data=encode(data)) for label, data in row]
            for row in rows
        ]
    )
