"""The shape of what a handler sends: messages plus an optional callback toast."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.handlers.callbacks import CallbackData, encode


@dataclass(frozen=True, slots=True)
class Keyboard:
    """Inline buttons as plain (label, callback data) rows.

    A reply goes out as JSON built straight from these rows; PTB's InlineKeyboardMarkup (each
    button a frozen TelegramObject, serialised back with to_dict) cost 0.4 ms for the 0-10 pain
    keyboard, about a tenth of the bot's CPU per update. `markup()` builds it for PTB's own
    send methods (uploads, nudges, charts).
    """

    rows: tuple[tuple[tuple[str, str], ...], ...]

    def reply_markup(self) -> dict[str, list[list[dict[str, str]]]]:
        """The Bot API's InlineKeyboardMarkup object, ready for the JSON body."""
        return {
            "inline_keyboard": [
                [{"text": label, "callback_data": data} for label, data in row] for row in self.rows
            ]
        }

    def markup(self) -> InlineKeyboardMarkup:
        """The same buttons as PTB objects (immutable, so one is shared per keyboard)."""
        return _markup_of(self.rows)


def ptb_markup(keyboard: Keyboard | None) -> InlineKeyboardMarkup | None:
    """An optional keyboard as PTB's markup, for PTB's own send methods."""
    return None if keyboard is None else keyboard.markup()


@lru_cache(maxsize=256)
def _markup_of(rows: tuple[tuple[tuple[str, str], ...], ...]) -> InlineKeyboardMarkup:
    """PTB's markup for these rows; a nudge fan-out sends the same few keyboards many times."""
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=data) for label, data in row] for row in rows]
    )


@dataclass(frozen=True, slots=True)
class OutMessage:
    """One message to send."""

    text: str
    keyboard: Keyboard | None = None
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
    # New buttons for the pressed message, edited in place (the safety checklist's ticks).
    rekeyed: Keyboard | None = None


def keyboard(rows: Sequence[Sequence[tuple[str, CallbackData]]]) -> Keyboard:
    """Build an inline keyboard from (label, callback) rows."""
    return Keyboard(tuple(tuple((label, encode(data)) for label, data in row) for row in rows))
