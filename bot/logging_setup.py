"""Logging: one line per event, and never the token (httpx logs URLs that contain it)."""

from __future__ import annotations

import logging
import re
from typing import Any

_TOKEN_IN_TEXT = re.compile(r"bot\d{1,20}:[A-Za-z0-9_-]{20,}")
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


def install_token_redaction(token: str) -> None:
    """Redact the token when any record is created, so no handler anywhere can see it."""
    previous = logging.getLogRecordFactory()
    if getattr(previous, "redacted_token", None) == token:
        return

    def redacting_factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            return record
        if token in message:
            record.msg, record.args = message.replace(token, "<redacted>"), None
        return record

    redacting_factory.redacted_token = token  # type: ignore[attr-defined]
    logging.setLogRecordFactory(redacting_factory)


def configure_logging(level: str) -> None:
    """Key=value lines on stderr; chatty libraries stay at WARNING."""
    handler = logging.StreamHandler()
    handler.setFormatter(
        logging.Formatter("ts=%(asctime)s level=%(levelname)s logger=%(name)s msg=%(message)s")
    )
    handler.addFilter(RedactTokens())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(max(logging.WARNING, root.level))
