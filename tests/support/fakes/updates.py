"""Update JSON factories: simulated people whose actions become real Bot API updates."""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass, field
from typing import ClassVar

from telegram import Bot, Update

from tests.support.fakes.bot_api import FakeBotApi
from tests.support.fakes.buttons import find_button
from tests.support.fakes.state import (
    DEFAULT_BOT_ID,
    DEFAULT_BOT_NAME,
    DEFAULT_BOT_USERNAME,
    bot_user_json,
)

Json = dict[str, object]
FIRST_USER_MESSAGE_ID = 100_001  # far from the bot's ids, which the fake starts at 1 per chat


def _utf16_len(text: str) -> int:
    """Telegram measures entity offsets and lengths in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def to_update(data: Json, bot: Bot) -> Update:
    """Parses factory JSON into a PTB Update for `application.process_update`, as the bot does."""
    update = Update.de_json(data, bot)
    if update is None:
        raise ValueError("not an update")
    return update


class UpdateFactory:
    """Hands out increasing update ids and unique callback query ids for many users."""

    _shared: ClassVar[UpdateFactory | None] = None

    def __init__(self, *, first_update_id: int = 1, bot_user: Json | None = None) -> None:
        self._update_ids = itertools.count(first_update_id)
        self._query_ids = itertools.count(1)
        self.bot_user = bot_user or bot_user_json(
            DEFAULT_BOT_ID, DEFAULT_BOT_USERNAME, DEFAULT_BOT_NAME
        )

    @classmethod
    def shared(cls) -> UpdateFactory:
        """One process-wide factory, so users made separately never reuse an update id."""
        if cls._shared is None:
            cls._shared = cls()
        return cls._shared

    def next_update_id(self) -> int:
        """The next update_id; always larger than the last one."""
        return next(self._update_ids)

    def next_query_id(self) -> str:
        """A callback query id never handed out before."""
        return str(4_000_000_000_000_000_000 + next(self._query_ids))

    def user(
        self, user_id: int, first_name: str = "Alex", language_code: str | None = "en"
    ) -> TelegramUser:
        """A simulated person whose updates draw ids from this factory."""
        return TelegramUser(user_id, first_name, language_code, factory=self)


@dataclass
class TelegramUser:
    """A person talking to the bot in a private chat (chat id == user id)."""

    user_id: int
    first_name: str = "Alex"
    language_code: str | None = "en"
    username: str | None = None
    factory: UpdateFactory = field(default_factory=UpdateFactory.shared)
    last_message_id: int = 0
    _message_ids: itertools.count[int] = field(
        default_factory=lambda: itertools.count(FIRST_USER_MESSAGE_ID), repr=False
    )

    @property
    def chat_id(self) -> int:
        """Private chats share the user's id."""
        return self.user_id

    def user_json(self) -> Json:
        """The User object Telegram puts in `from`."""
        user: Json = {"id": self.user_id, "is_bot": False, "first_name": self.first_name}
        if self.username:
            user["username"] = self.username
        if self.language_code:
            user["language_code"] = self.language_code
        return user

    def chat_json(self) -> Json:
        """The private Chat object."""
        chat: Json = {"id": self.user_id, "type": "private", "first_name": self.first_name}
        if self.username:
            chat["username"] = self.username
        return chat

    def _update(self, **body: object) -> Json:
        """Wraps one update body with the next update_id."""
        return {"update_id": self.factory.next_update_id(), **body}

    def _message(self, **content: object) -> Json:
        """A new message from this user with the next message id."""
        self.last_message_id = next(self._message_ids)
        return {
            "message_id": self.last_message_id,
            "date": int(time.time()),
            "chat": self.chat_json(),
            "from": self.user_json(),
            **content,
        }

    def text(self, text: str) -> Json:
        """A text message; a leading /word is marked as a bot_command, as Telegram does."""
        content: Json = {"text": text}
        if text.startswith("/"):
            command = text.split(maxsplit=1)[0]
            content["entities"] = [
                {"type": "bot_command", "offset": 0, "length": _utf16_len(command)}
            ]
        return self._update(message=self._message(**content))

    def command(self, text: str) -> Json:
        """A command such as "/routine" or "/timezone Europe/Berlin"."""
        if not text.startswith("/"):
            raise ValueError(f"a command starts with '/': {text!r}")
        return self.text(text)

    def sticker(self, emoji: str = "👍") -> Json:
        """A sticker, which a text-only flow must cope with."""
        sticker: Json = {
            "file_id": f"CAACStk{self.user_id}",
            "file_unique_id": f"AgStk{self.user_id}",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": emoji,
        }
        return self._update(message=self._message(sticker=sticker))

    def photo(self, caption: str | None = None) -> Json:
        """A photo, optionally captioned."""
        sizes = [
            {
                "file_id": f"AgPh{self.user_id}x{side}",
                "file_unique_id": f"AgPhU{self.user_id}x{side}",
                "width": side,
                "height": side,
            }
            for side in (90, 800)
        ]
        content: Json = {"photo": sizes}
        if caption is not None:
            content["caption"] = caption
        return self._update(message=self._message(**content))

    def edited_text(self, text: str, message_id: int | None = None) -> Json:
        """An edit of an earlier message (by default the last one this user sent)."""
        target = message_id if message_id is not None else self.last_message_id
        if target == 0:
            raise ValueError("nothing to edit: this user has sent no message yet")
        now = int(time.time())
        message: Json = {
            "message_id": target,
            "date": now - 1,
            "edit_date": now,
            "chat": self.chat_json(),
            "from": self.user_json(),
            "text": text,
        }
        return self._update(edited_message=message)

    def press(
        self,
        callback_data: str,
        message_id: int = 1,
        *,
        message: Json | None = None,
        message_text: str = "…",
    ) -> Json:
        """A tap on an inline button of a bot message."""
        shown = message or {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": self.chat_json(),
            "from": self.factory.bot_user,
            "text": message_text,
        }
        query: Json = {
            "id": self.factory.next_query_id(),
            "from": self.user_json(),
            "chat_instance": str(self.user_id * 7919 + 13),
            "data": callback_data,
            "message": shown,
        }
        return self._update(callback_query=query)

    def press_button(
        self, api: FakeBotApi, label_or_data_prefix: str, message_id: int | None = None
    ) -> Json:
        """Taps a button the bot really shows (see find_button for how it is matched)."""
        sent, data = find_button(api, self.chat_id, label_or_data_prefix, message_id)
        return self.press(data, sent.message_id, message=api.state.message_json(sent))

    def my_chat_member_kicked(self) -> Json:
        """The update Telegram sends when this user blocks the bot."""
        return self._member_change("member", "kicked")

    def my_chat_member_restored(self) -> Json:
        """The update Telegram sends when this user unblocks the bot."""
        return self._member_change("kicked", "member")

    def _member_change(self, old: str, new: str) -> Json:
        """A my_chat_member update moving the bot from one status to another."""
        bot = self.factory.bot_user
        new_member: Json = {"user": bot, "status": new}
        old_member: Json = {"user": bot, "status": old}
        for member in (new_member, old_member):
            if member["status"] == "kicked":
                member["until_date"] = 0
        change: Json = {
            "chat": self.chat_json(),
            "from": self.user_json(),
            "date": int(time.time()),
            "old_chat_member": old_member,
            "new_chat_member": new_member,
        }
        return self._update(my_chat_member=change)

    def location(self, latitude: float, longitude: float) -> Json:
        """A shared location, as a 📍 request_location button sends it: coordinates only."""
        where: Json = {"latitude": latitude, "longitude": longitude}
        return self._update(message=self._message(location=where))
