"""A button Telegram refuses to answer ("query is too old") is a warning, never an apology."""

from __future__ import annotations

import logging

import pytest

from tests.support.flows import onboard
from tests.support.harness import running_bot

TOO_OLD = "Bad Request: query is too old and response timeout expired or query ID is invalid"


@pytest.mark.parametrize(
    "data",
    ["zz:1", "x" * 80, "r:abc:1:done", ""],
    ids=["unknown", "too-long", "bad-number", "empty"],
)
async def test_an_unreadable_button_too_old_to_answer_logs_a_warning_and_sends_nothing(
    sqlite_url: str, caplog: pytest.LogCaptureFixture, data: str
) -> None:
    async with running_bot(sqlite_url) as bot:
        ada = bot.person(7601)
        await onboard(bot, ada)
        sent_before = len(bot.api.messages_to(ada.chat_id))
        bot.api.fail_next("answerCallbackQuery", error_code=400, description=TOO_OLD)
        caplog.set_level(logging.DEBUG)
        await bot.send(ada.press(data))
        assert bot.api.faults.pending() == [], "the answer was tried"
        assert len(bot.api.messages_to(ada.chat_id)) == sent_before, "an apology was sent"
    loud = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert [r.levelno for r in loud] == [logging.WARNING]
    assert "callback query not answered" in loud[0].getMessage()
    assert not [r for r in caplog.records if "update failed" in r.getMessage()]
