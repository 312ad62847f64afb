"""Logs never carry the token, and never message text or pain values at INFO or above."""

from __future__ import annotations

import logging
import sys

import pytest

from bot.logging_setup import LOG_FORMAT, OneLineFormatter, RedactTokens
from tests.support.fakes import TEST_TOKEN
from tests.support.flows import onboard
from tests.support.harness import running_bot

PRIVATE_TEXT = "my neck hurts since the crash 5813"
# Identifiers and outcomes only: no text, no scores.
ALLOWED_FIELDS = {
    "user",
    "session",
    "routine",
    "status",
    "bot",
    "blocked",
    "update_id",
    "error",
    "count",
    "due",
}


async def test_a_full_flow_logs_no_token_text_or_pain(
    sqlite_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    async with running_bot(sqlite_url) as bot:
        ada = bot.person(6101)
        await onboard(bot, ada)
        await bot.send(ada.command("/routine"))
        await bot.send(ada.text(PRIVATE_TEXT))
        await bot.send(ada.text("9"))
        await bot.tap(ada, "⏹ Stop")
        await bot.tap(ada, "7")
    records = caplog.records
    assert records, "the flow logs something"
    secret = TEST_TOKEN.split(":")[1]
    assert all(secret not in r.getMessage() for r in records)
    loud = [r.getMessage() for r in records if r.levelno >= logging.INFO]
    assert any("session started" in m for m in loud)
    assert all(PRIVATE_TEXT not in m for m in loud)
    ours = [r for r in records if r.name.startswith("bot") and r.levelno >= logging.INFO]
    assert ours, "the bot logs its own events at INFO"
    for record in ours:
        fields = {pair.split("=", 1)[0] for pair in record.getMessage().split() if "=" in pair}
        assert fields <= ALLOWED_FIELDS, record.getMessage()


def test_the_redaction_filter_masks_a_token_in_a_request_url() -> None:
    record = logging.LogRecord(
        "httpx",
        logging.INFO,
        __file__,
        1,
        "HTTP Request: POST %s",
        (f"https://api.telegram.org/bot{TEST_TOKEN}/getMe",),
        None,
    )
    RedactTokens().filter(record)
    assert TEST_TOKEN not in record.getMessage()
    assert "bot<redacted>/getMe" in record.getMessage()


def test_an_error_with_a_traceback_stays_on_one_line() -> None:
    try:
        raise ValueError("boom\nsecond line")
    except ValueError:
        record = logging.getLogger("bot.test").makeRecord(
            "bot.test", logging.ERROR, __file__, 1, "update failed update_id=%s", (7,), None
        )
        record.exc_info = sys.exc_info()
    line = OneLineFormatter(LOG_FORMAT).format(record)
    assert "\n" not in line
    assert line.startswith("ts=")
    assert "level=ERROR logger=bot.test msg=update failed update_id=7" in line
    assert "Traceback" in line
    assert "ValueError: boom\\nsecond line" in line
