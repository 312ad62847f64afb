"""Logging: one line per event, and never the token (httpx logs URLs that contain it)."""

from __future__ import annotations

import logging
import re
from typing import Any

_TOKEN_IN_TEXT = re.compile(r"bot\d{1,20}:[A-Za-z0-9_-]{20,}")
LOG_FORMAT = "ts=%(asctime)s level=%(levelname)s logger=%(name)s msg=%(message)s"
QUIET_LOGGERS = ("httpx", "httpcore", "apscheduler", "telegram.ext.Application")


class RedactTokens(logging.Filter):
    """Masks anything shaped like a bot token, in case a library logs a request URL."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite the message in place with tokens replaced."""
        message = record.getMessage()
        if _TOKEN_IN_TEXT.search(message):
            record.msg = _TOKEN_IN_TEXT.sub("bot<redacted>", message)
            record.args = None
        return True


def install_token_redaction(*secrets: str) -> None:
    """Redact the token and webhook secret when any record is created, before any handler."""
    previous = logging.getLogRecordFactory()
    wanted = tuple(secret for secret in secrets if secret)
    if getattr(previous, "redacted_secrets", None) == wanted:
        return

    def redacting_factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            return record
        if any(secret in message for secret in wanted):
            for secret in wanted:
                message = message.replace(secret, "<redacted>")
            record.msg, record.args = message, None
        return record

    redacting_factory.redacted_secrets = wanted  # type: ignore[attr-defined]
    logging.setLogRecordFactory(redacting_factory)


class OneLineFormatter(logging.Formatter):
    """key=value lines; a traceback stays on its event's line, newlines escaped, for shippers."""

    def format(self, record: logging.LogRecord) -> str:
        """Format as usual, then fold every newline."""
        return super().format(record).replace("\r", "").replace("\n", "\\n")


def configure_logging(level: str) -> None:
    """Key=value lines on stderr; chatty libraries stay at WARNING."""
    handler = logging.StreamHandler()
    handler.setFormatter(OneLineFormatter(LOG_FORMAT))
    handler.addFilter(RedactTokens())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(max(logging.WARNING, root.level))
