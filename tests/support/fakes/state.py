"""Everything the fake Telegram remembers between calls, shared by the method handlers."""

from __future__ import annotations

from dataclasses import dataclass, field

from tests.support.fakes.records import SentMessage
from tests.support.fakes.store import FileStore, MessageStore, StoredFile
from tests.support.fakes.update_queue import UpdateQueue
from tests.support.fakes.validation import inline_only, rendered

DEFAULT_BOT_ID = 7000000001
DEFAULT_BOT_USERNAME = "BackCoachTestBot"
DEFAULT_BOT_NAME = "BackCoach"


def bot_user_json(bot_id: int, username: str, first_name: str) -> dict[str, object]:
    """The getMe answer for the fake bot, with every field PTB reads."""
    return {
        "id": bot_id,
        "is_bot": True,
        "first_name": first_name,
        "username": username,
        "can_join_groups": True,
        "can_read_all_group_messages": False,
        "supports_inline_queries": False,
        "can_connect_to_business": False,
        "has_main_web_app": False,
    }


def media_json(stored: StoredFile) -> dict[str, object]:
    """The media fields of a Message for an uploaded file, shaped per kind like Telegram's."""
    ids: dict[str, object] = {
        "file_id": stored.file_id,
        "file_unique_id": stored.file_unique_id,
        "file_size": len(stored.content),
    }
    if stored.kind == "photo":
        return {"photo": [{**ids, "width": 800, "height": 600}]}
    named = {**ids, "file_name": stored.file_name or "file", "mime_type": stored.mime_type}
    named = {key: value for key, value in named.items() if value is not None}
    if stored.kind == "animation":
        animation = {**named, "width": 480, "height": 480, "duration": 3}
        return {"animation": animation, "document": named}
    return {stored.kind: named}


@dataclass
class ApiState:
    """Messages, files, chats, commands and webhook state of one fake bot."""

    bot_user: dict[str, object]
    messages: MessageStore = field(default_factory=MessageStore)
    files: FileStore = field(default_factory=FileStore)
    queue: UpdateQueue = field(default_factory=UpdateQueue)
    chats: dict[int, dict[str, object]] = field(default_factory=dict)
    commands: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    answered_callbacks: set[str] = field(default_factory=set)
    webhook_url: str = ""
    webhook_secret: str = ""

    def chat(self, chat_id: int) -> dict[str, object]:
        """The chat object for a chat id; learned from updates, else a private chat."""
        known = self.chats.get(chat_id)
        if known is not None:
            return dict(known)
        if chat_id < 0:
            return {"id": chat_id, "type": "group", "title": f"Group {-chat_id}"}
        return {"id": chat_id, "type": "private", "first_name": "User"}

    def learn_chat(self, chat: object) -> None:
        """Remembers chat names seen in queued updates, so answers echo them."""
        if isinstance(chat, dict) and isinstance(chat.get("id"), int):
            self.chats[chat["id"]] = dict(chat)

    def message_json(self, sent: SentMessage) -> dict[str, object]:
        """The Message object Telegram returns for a sent or edited message."""
        message: dict[str, object] = {
            "message_id": sent.message_id,
            "from": self.bot_user,
            "chat": self.chat(sent.chat_id),
            "date": sent.date,
        }
        if sent.edit_date is not None:
            message["edit_date"] = sent.edit_date
        if sent.text is not None:
            message["text"] = rendered(sent.text, sent.parse_mode)
        if sent.caption is not None:
            message["caption"] = rendered(sent.caption, sent.parse_mode)
        stored = self.files.by_id(sent.file_id) if sent.file_id else None
        if stored is not None:
            message.update(media_json(stored))
        markup = inline_only(sent.reply_markup)
        if markup is not None:
            message["reply_markup"] = markup
        return message
