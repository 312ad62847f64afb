"""The shape of what a handler sends: messages plus an optional callback toast."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
)

from bot.callback_data import encode
from bot.presses import CallbackData


@dataclass(frozen=True, slots=True)
class Keyboard:
    """Inline buttons as plain (label, callback data) rows; `markup()` is PTB's form of them.

    Views build and compare plain rows (immutable, hashable); sending turns them into PTB's
    InlineKeyboardMarkup at the last moment.
    """

    rows: tuple[tuple[tuple[str, str], ...], ...]

    def markup(self) -> InlineKeyboardMarkup:
        """The same buttons as PTB's InlineKeyboardMarkup, for its send and edit methods."""
        return InlineKeyboardMarkup(
            [
                [InlineKeyboardButton(label, callback_data=data) for label, data in row]
                for row in self.rows
            ]
        )


def ptb_markup(keyboard: Keyboard | None) -> InlineKeyboardMarkup | None:
    """An optional keyboard as PTB's markup; None sends no keyboard."""
    return None if keyboard is None else keyboard.markup()


@dataclass(frozen=True, slots=True)
class ReplyKeys:
    """The keyboard under the text box: one button that shares the location, or none at all.

    Telegram's `request_location` button sends only coordinates. A message with
    `location_label=None` takes a keyboard shown earlier away.
    """

    location_label: str | None = None

    def markup(self) -> ReplyKeyboardMarkup | ReplyKeyboardRemove:
        """PTB's form: the one-button keyboard, or the removal of one."""
        if self.location_label is None:
            return ReplyKeyboardRemove()
        button = KeyboardButton(self.location_label, request_location=True)
        return ReplyKeyboardMarkup([[button]], resize_keyboard=True, one_time_keyboard=True)


@dataclass(frozen=True, slots=True)
class OutMessage:
    """One message to send."""

    text: str
    keyboard: Keyboard | None = None
    # An exercise whose animation goes out just before this message.
    demo: str | None = None
    # A picture (PNG) sent with `text` as its caption, as /progress is.
    photo: bytes | None = None
    # A reply keyboard instead of inline buttons (a message carries one or the other).
    reply_keys: ReplyKeys | None = None


def markup_of(
    message: OutMessage,
) -> InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove | None:
    """The reply markup a message goes out with: its reply keyboard, else its inline buttons."""
    if message.reply_keys is not None:
        return message.reply_keys.markup()
    return ptb_markup(message.keyboard)


@dataclass(frozen=True, slots=True)
class Rendered:
    """A callback toast (if any) and the messages to send after it.

    `advanced`: the press used up a one-off choice (a setting, a nudge's snooze, a confirmation),
    so its keyboard is removed even when it sends nothing. Any press that gets messages back
    retires its keyboard too, showing the answer (bot/handlers/sending.py:answer_and_send).
    """

    messages: tuple[OutMessage, ...] = ()
    toast: str | None = None
    advanced: bool = False
    # New buttons for the pressed message, edited in place (the safety checklist's ticks).
    rekeyed: Keyboard | None = None
    # New content for the pressed message, edited in place (range buttons, history pages).
    in_place: OutMessage | None = None


def keyboard(rows: Sequence[Sequence[tuple[str, CallbackData]]]) -> Keyboard:
    """Build an inline keyboard from (label, callback) rows."""
    return Keyboard(tuple(tuple((label, encode(data)) for label, data in row) for row in rows))
