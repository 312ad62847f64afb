"""Bot-level methods of the fake: identity, commands, webhook and session management."""

from __future__ import annotations

import json

from tests.support.fakes.records import ApiError, Upload
from tests.support.fakes.state import ApiState
from tests.support.fakes.validation import check_commands

BAD_WEBHOOK = "Bad Request: bad webhook: An HTTPS URL must be provided for webhook"


def _commands_key(params: dict[str, object]) -> str:
    """Commands are stored per scope and language, as Telegram does."""
    scope = params.get("scope") or {"type": "default"}
    return json.dumps([scope, params.get("language_code") or ""], sort_keys=True)


def get_me(state: ApiState, params: dict[str, object], files: dict[str, Upload]) -> object:
    """getMe: the bot's own user."""
    return state.bot_user


def set_my_commands(state: ApiState, params: dict[str, object], files: dict[str, Upload]) -> object:
    """setMyCommands: validates and stores the command list."""
    state.commands[_commands_key(params)] = check_commands(params)
    return True


def get_my_commands(state: ApiState, params: dict[str, object], files: dict[str, Upload]) -> object:
    """getMyCommands: the list last stored for the scope."""
    return state.commands.get(_commands_key(params), [])


def delete_my_commands(
    state: ApiState, params: dict[str, object], files: dict[str, Upload]
) -> object:
    """deleteMyCommands: forgets the list for the scope."""
    state.commands.pop(_commands_key(params), None)
    return True


def set_webhook(state: ApiState, params: dict[str, object], files: dict[str, Upload]) -> object:
    """setWebhook: Telegram only accepts HTTPS; an empty URL removes the webhook."""
    url = params.get("url")
    if not isinstance(url, str):
        raise ApiError(400, BAD_WEBHOOK)
    if url and not url.startswith("https://"):
        raise ApiError(400, BAD_WEBHOOK)
    state.webhook_url = url
    secret = params.get("secret_token")
    state.webhook_secret = secret if isinstance(secret, str) else ""
    if params.get("drop_pending_updates") is True:
        state.queue.drop_all()
    return True


def delete_webhook(state: ApiState, params: dict[str, object], files: dict[str, Upload]) -> object:
    """deleteWebhook: switches back to getUpdates, optionally dropping pending updates."""
    state.webhook_url = ""
    state.webhook_secret = ""
    if params.get("drop_pending_updates") is True:
        state.queue.drop_all()
    return True


def get_webhook_info(
    state: ApiState, params: dict[str, object], files: dict[str, Upload]
) -> object:
    """getWebhookInfo: the current URL and how many updates wait."""
    return {
        "url": state.webhook_url,
        "has_custom_certificate": False,
        "pending_update_count": state.queue.pending_count(),
    }


def accept(state: ApiState, params: dict[str, object], files: dict[str, Upload]) -> object:
    """Methods whose only visible effect is answering true (logOut, close, descriptions)."""
    return True
