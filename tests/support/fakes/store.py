"""The fake's memory of sent messages and uploaded files, so edits and re-sends can be checked."""

from __future__ import annotations

import hashlib
import itertools
import mimetypes
import time
from dataclasses import dataclass, field

from tests.support.fakes.records import SentMessage


@dataclass(frozen=True)
class StoredFile:
    """An uploaded file as Telegram keeps it: ids, a download path and the bytes."""

    file_id: str
    file_unique_id: str
    file_path: str
    kind: str
    content: bytes
    file_name: str | None = None
    mime_type: str | None = None

    def as_file(self) -> dict[str, object]:
        """The getFile result for this file."""
        return {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": len(self.content),
            "file_path": self.file_path,
        }


class MessageStore:
    """Current text and keyboard of every message, keyed by (chat_id, message_id)."""

    def __init__(self) -> None:
        self._last_id: dict[int, int] = {}
        self._messages: dict[tuple[int, int], SentMessage] = {}

    def add(
        self,
        chat_id: int,
        *,
        text: str | None,
        reply_markup: dict[str, object] | None = None,
        caption: str | None = None,
        kind: str = "text",
        file_id: str | None = None,
        parse_mode: str | None = None,
    ) -> SentMessage:
        """Stores a new message with the chat's next message id (ids start at 1 per chat)."""
        message_id = self._last_id.get(chat_id, 0) + 1
        self._last_id[chat_id] = message_id
        sent = SentMessage(
            chat_id=chat_id,
            message_id=message_id,
            text=text,
            reply_markup=reply_markup,
            caption=caption,
            kind=kind,
            file_id=file_id,
            parse_mode=parse_mode,
            date=int(time.time()),
        )
        self._messages[(chat_id, message_id)] = sent
        return sent

    def get(self, chat_id: int, message_id: int) -> SentMessage | None:
        """The message as it currently is, or None if it never existed or was deleted."""
        return self._messages.get((chat_id, message_id))

    def put(self, sent: SentMessage) -> None:
        """Replaces a message with its edited state."""
        self._messages[(sent.chat_id, sent.message_id)] = sent

    def delete(self, chat_id: int, message_id: int) -> bool:
        """Forgets a message; False if there was nothing to delete."""
        return self._messages.pop((chat_id, message_id), None) is not None

    def in_chat(self, chat_id: int) -> list[SentMessage]:
        """Live messages in one chat, oldest first."""
        found = [sent for (chat, _), sent in self._messages.items() if chat == chat_id]
        return sorted(found, key=lambda sent: sent.message_id)


@dataclass
class FileStore:
    """Uploaded files by file_id and by download path."""

    _by_id: dict[str, StoredFile] = field(default_factory=dict)
    _by_path: dict[str, StoredFile] = field(default_factory=dict)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def add(
        self, kind: str, content: bytes, file_name: str | None, mime_type: str | None
    ) -> StoredFile:
        """Stores bytes and invents Telegram-looking ids and a path for them."""
        number = next(self._ids)
        digest = hashlib.sha256(content).hexdigest()[:12]
        extension = _extension(file_name, mime_type)
        stored = StoredFile(
            file_id=f"FAKE{kind[:3].upper()}{number:06d}{digest}",
            file_unique_id=f"U{number:06d}{digest[:6]}",
            file_path=f"{kind}s/file_{number}{extension}",
            kind=kind,
            content=content,
            file_name=file_name,
            mime_type=mime_type,
        )
        self._by_id[stored.file_id] = stored
        self._by_path[stored.file_path] = stored
        return stored

    def by_id(self, file_id: str) -> StoredFile | None:
        """A file previously uploaded, found by the id Telegram handed out."""
        return self._by_id.get(file_id)

    def by_path(self, file_path: str) -> StoredFile | None:
        """A file found by the path getFile reported, for downloads."""
        return self._by_path.get(file_path)


def _extension(file_name: str | None, mime_type: str | None) -> str:
    """Keeps the uploaded extension in the path, as Telegram does."""
    if file_name and "." in file_name:
        return "." + file_name.rsplit(".", 1)[1]
    if mime_type:
        return mimetypes.guess_extension(mime_type) or ""
    return ""
