"""FakeBotApi: an in-memory Telegram Bot API that records calls and answers like Telegram."""

from __future__ import annotations

import asyncio
import re
import threading
import time
from collections.abc import Mapping

from tests.support.fakes.call_log import CallLog
from tests.support.fakes.dispatch import GET_UPDATES, canonical_method, handler_for
from tests.support.fakes.faults import Fault, FaultPlan
from tests.support.fakes.records import (
    BLOCKED,
    WEBHOOK_CONFLICT,
    ApiCall,
    ApiError,
    Reply,
    SentMessage,
    Upload,
    error_reply,
    inline_buttons,
    ok_reply,
)
from tests.support.fakes.state import (
    DEFAULT_BOT_ID,
    DEFAULT_BOT_NAME,
    DEFAULT_BOT_USERNAME,
    ApiState,
    bot_user_json,
)

TOKEN_PATTERN = re.compile(r"^\d+:[A-Za-z0-9_-]{20,}$")
TEST_TOKEN = f"{DEFAULT_BOT_ID}:AAFakeBackCoachTestToken_0123456789"
MALFORMED_BODY = b"<html><body><h1>502 Bad Gateway</h1></body></html>"


def _int_param(params: Mapping[str, object], name: str, default: int) -> int:
    """Reads an optional numeric getUpdates parameter."""
    value = params.get(name, default)
    return int(value) if isinstance(value, int | float) and not isinstance(value, bool) else default


class FakeBotApi(CallLog):
    """Telegram as the bot sees it: one instance per test, shared by transport or HTTP server."""

    def __init__(
        self,
        *,
        bot_id: int = DEFAULT_BOT_ID,
        username: str = DEFAULT_BOT_USERNAME,
        first_name: str = DEFAULT_BOT_NAME,
        token: str | None = None,
        stall_seconds: float = 30.0,
    ) -> None:
        super().__init__()
        self._state_lock = threading.RLock()
        self.state = ApiState(bot_user_json(bot_id, username, first_name))
        self.faults = FaultPlan()
        self.token = token
        self.stall_seconds = stall_seconds

    @property
    def bot_user(self) -> dict[str, object]:
        """The bot's User object, as getMe returns it."""
        return dict(self.state.bot_user)

    def accepts_token(self, token: str) -> bool:
        """The configured token only, or else any token shaped like a real one."""
        return token == self.token if self.token else bool(TOKEN_PATTERN.match(token))

    async def request(
        self,
        method: str,
        params: Mapping[str, object],
        files: Mapping[str, Upload] | None = None,
        *,
        token: str | None = None,
    ) -> Reply:
        """Answers one Bot API call; the entry point for both transports."""
        at = time.monotonic()
        uploads = dict(files or {})
        call = ApiCall(
            method=canonical_method(method) or method,
            params=dict(params),
            files={name: upload.content for name, upload in uploads.items()},
            at=at,
            token=token or "",
        )
        if token is not None and not self.accepts_token(token):
            return self._record(call, error_reply(401, "Unauthorized"))
        if self.faults.latency > 0:
            await asyncio.sleep(self.faults.latency)
        fault = self.faults.take(call.method, call.chat_id)
        if call.method == GET_UPDATES and fault is None:
            return self._record(call, await self._get_updates(call.params))
        with self._state_lock:
            return self._record(call, self._answer(call, uploads, fault))

    def _answer(self, call: ApiCall, uploads: dict[str, Upload], fault: Fault | None) -> Reply:
        """Applies a staged fault, a block, or the method's handler."""
        if fault is not None and fault.kind == "error":
            return error_reply(fault.error_code, fault.description, fault.retry_after)
        if fault is not None and fault.kind == "malformed":
            return Reply(200, MALFORMED_BODY)
        if fault is not None and not fault.processed:
            return Reply(0, b"", "stall")
        reply = self._handle(call, uploads)
        return Reply(reply.status, b"", "stall") if fault is not None else reply

    def _handle(self, call: ApiCall, uploads: dict[str, Upload]) -> Reply:
        """Runs the handler, turning refusals into Telegram's error bodies."""
        handler = handler_for(call.method)
        if handler is None:
            return error_reply(404, "Not Found")
        if self.faults.is_blocked(call.chat_id):
            return error_reply(403, BLOCKED)
        try:
            return ok_reply(handler(self.state, call.params, uploads))
        except ApiError as refusal:
            return refusal.reply()

    async def _get_updates(self, params: dict[str, object]) -> Reply:
        """getUpdates with long polling; refused while a webhook is set."""
        if self.state.webhook_url:
            return error_reply(409, WEBHOOK_CONFLICT)
        allowed = params.get("allowed_updates")
        try:
            updates = await self.state.queue.poll(
                offset=_int_param(params, "offset", 0),
                limit=_int_param(params, "limit", 100),
                wait_seconds=_int_param(params, "timeout", 0),
                allowed=[str(kind) for kind in allowed] if isinstance(allowed, list) else None,
            )
        except ApiError as refusal:
            return refusal.reply()
        return ok_reply(updates)

    def _record(self, call: ApiCall, reply: Reply) -> Reply:
        """Logs the call with the status Telegram decided on (0 when nothing was decided)."""
        self.append(
            ApiCall(call.method, call.params, call.files, call.at, call.token, reply.status)
        )
        return reply

    def queue_update(self, update: dict[str, object]) -> int:
        """Queues an update for getUpdates (thread-safe) and returns its update_id."""
        self.learn_from(update)
        return self.state.queue.put(update)

    def learn_from(self, update: Mapping[str, object]) -> None:
        """Remembers the chat of an update, so replies echo the user's real name."""
        with self._state_lock:
            for value in update.values():
                if isinstance(value, dict):
                    self.state.learn_chat(value.get("chat"))
                    inner = value.get("message")
                    if isinstance(inner, dict):
                        self.state.learn_chat(inner.get("chat"))

    def fail_next(
        self,
        method: str,
        *,
        error_code: int,
        description: str,
        retry_after: int | None = None,
        times: int = 1,
        chat_id: int | None = None,
    ) -> None:
        """Answers the next `times` matching calls ("*" matches any method) with this error."""
        self.faults.add(
            Fault("error", method, times, error_code, description, retry_after, chat_id)
        )

    def malformed_next(self, method: str, times: int = 1) -> None:
        """Answers the next calls with non-JSON garbage and status 200."""
        self.faults.add(Fault("malformed", method, times))

    def timeout_next(self, method: str, times: int = 1, *, processed: bool = False) -> None:
        """Never answers the next calls; processed=True still performs them (a lost answer)."""
        self.faults.add(Fault("timeout", method, times, processed=processed))

    def block_user(self, chat_id: int) -> None:
        """Every call to this chat now fails with 403 bot was blocked by the user."""
        self.faults.block(chat_id)

    def unblock_user(self, chat_id: int) -> None:
        """Lets calls to this chat succeed again."""
        self.faults.unblock(chat_id)

    def set_latency(self, seconds: float) -> None:
        """Delays every answer, asynchronously, by this many seconds."""
        self.faults.latency = max(0.0, seconds)

    def message(self, chat_id: int, message_id: int) -> SentMessage | None:
        """The current state of a message, or None if unknown or deleted."""
        with self._state_lock:
            return self.state.messages.get(chat_id, message_id)

    def messages_to(self, chat_id: int) -> list[SentMessage]:
        """Live messages in a chat, oldest first."""
        with self._state_lock:
            return self.state.messages.in_chat(chat_id)

    def last_message(self, chat_id: int) -> SentMessage:
        """The newest live message in a chat; LookupError if the bot sent nothing there."""
        messages = self.messages_to(chat_id)
        if not messages:
            raise LookupError(f"the bot has no live message in chat {chat_id}")
        return messages[-1]

    def buttons(self, chat_id: int, message_id: int) -> list[tuple[str, str]]:
        """The inline buttons (label, callback_data) a message currently shows."""
        sent = self.message(chat_id, message_id)
        return inline_buttons(sent.reply_markup) if sent else []

    def file_bytes(self, file_id: str) -> bytes:
        """The bytes uploaded under a file_id; KeyError if none."""
        with self._state_lock:
            stored = self.state.files.by_id(file_id)
        if stored is None:
            raise KeyError(file_id)
        return stored.content

    def download(self, file_path: str) -> bytes | None:
        """The bytes behind a getFile path, as served under /file/bot<token>/."""
        with self._state_lock:
            stored = self.state.files.by_path(file_path)
        return stored.content if stored else None
