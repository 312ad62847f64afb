"""A start that cannot go on: one clear line on stderr and an exit code that says why.

The exit codes are documented in the README (Operations): an orchestrator restarts the bot on
any of them, and a person reading `docker compose ps` learns the reason without a traceback.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import SQLAlchemyError
from telegram.error import InvalidToken, TelegramError

EXIT_CONFIG_ERROR = 2
EXIT_TOKEN_REFUSED = 3
EXIT_TELEGRAM_UNREACHABLE = 4
EXIT_DATABASE_UNREACHABLE = 5


class StartFailed(Exception):
    """Raised after everything opened so far was closed; `python -m bot` prints it and exits."""

    def __init__(self, exit_code: int, message: str) -> None:
        super().__init__(message)
        self.exit_code = exit_code


@contextmanager
def start_step(what: str, api_root: str, secrets: tuple[str, ...]) -> Iterator[None]:
    """Turn the failures a start step can meet into StartFailed; anything else stays a bug.

    Messages name the error's type and, for Telegram's errors, its description with every
    secret masked: PTB puts the token itself into InvalidToken's message.
    """
    try:
        yield
    except InvalidToken:
        raise StartFailed(
            EXIT_TOKEN_REFUSED,
            f"Telegram refused the bot token while {what}: check TELEGRAM_BOT_TOKEN "
            "(a fresh one comes from @BotFather)",
        ) from None
    except TelegramError as error:
        detail = _masked(str(error), secrets)
        raise StartFailed(
            EXIT_TELEGRAM_UNREACHABLE,
            f"the Bot API at {api_root} failed while {what}: {type(error).__name__}: {detail}",
        ) from None
    except (SQLAlchemyError, OSError) as error:
        raise StartFailed(
            EXIT_DATABASE_UNREACHABLE,
            f"the database failed while {what}: {type(error).__name__} (check DATABASE_URL)",
        ) from None


def _masked(text: str, secrets: tuple[str, ...]) -> str:
    """The text with every secret replaced, cut to one short line."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, "<secret>")
    return " ".join(text.split())[:200]
