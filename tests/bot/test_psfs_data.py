"""The activity names are health data: exported, erased by /delete and by "delete what I shared"."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime

import pytest

from db.models import PsfsActivity, PsfsCheck, PsfsScore
from tests.bot.test_psfs import DESK, TODDLER, first_check
from tests.support.dbcheck import fetch_all
from tests.support.flows import onboard
from tests.support.harness import FakeClock, running_bot

MONDAY = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)


async def psfs_rows(database_url: str, user_id: int) -> list[int]:
    """How many activities, checks and scores are stored for the user."""
    return [
        len(await fetch_all(database_url, model, user_id=user_id))
        for model in (PsfsActivity, PsfsCheck, PsfsScore)
    ]


async def test_export_holds_the_activity_names_and_delete_erases_them(database_url: str) -> None:
    async with running_bot(database_url, clock=FakeClock(MONDAY)) as bot:
        ada = bot.person(7201)
        await onboard(bot, ada)
        await first_check(bot, ada)
        await bot.send(ada.command("/export"))
        data = json.loads(bot.api.calls_of("sendDocument")[-1].files["document"])
        assert [row["name"] for row in data["psfs_activities"]] == [DESK, TODDLER]
        assert sorted(row["score"] for row in data["psfs_scores"]) == [4, 6]
        assert [row["status"] for row in data["psfs_checks"]] == ["done"]
        assert await psfs_rows(database_url, 7201) == [2, 1, 2]
        await bot.send(ada.command("/delete"))
        await bot.tap(ada, "er:")
    assert await psfs_rows(database_url, 7201) == [0, 0, 0]


async def test_delete_what_i_shared_erases_function_checks_too(database_url: str) -> None:
    async with running_bot(database_url, clock=FakeClock(MONDAY)) as bot:
        ada = bot.person(7202)
        await onboard(bot, ada)
        await first_check(bot, ada)
        await bot.send(ada.command("/settings"))
        await bot.tap(ada, "📊 Pain tracking: on")
        await bot.tap(ada, "🗑 Delete what I shared")
        assert "deleted" in bot.last_text(ada)
        await bot.send(ada.command("/function"))
        assert "you chose not to let me keep health answers" in bot.last_text(ada)
    assert await psfs_rows(database_url, 7202) == [0, 0, 0]


async def test_typed_activity_names_never_reach_the_log(
    sqlite_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    async with running_bot(sqlite_url, clock=FakeClock(MONDAY)) as bot:
        ada = bot.person(7203)
        await onboard(bot, ada)
        await first_check(bot, ada)
        await bot.send(ada.text("x" * 61))
    logged = [r.getMessage() for r in caplog.records if r.levelno >= logging.INFO]
    assert any("function check done" in line for line in logged)
    assert not any(TODDLER in line or "x" * 61 in line for line in logged)
