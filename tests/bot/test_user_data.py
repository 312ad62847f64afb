"""Full control over one's data: export exactly what is stored, delete everything."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import create_async_engine

from db.models import Base
from tests.bot.test_progress import quick_session
from tests.support.dbcheck import ratings_of, sessions_of
from tests.support.flows import onboard
from tests.support.harness import FakeClock, running_bot

MONDAY = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)


async def rows_referring_to(database_url: str, user_id: int) -> dict[str, int]:
    """Every table of the metadata, counted for rows about the user, so none is forgotten."""
    engine = create_async_engine(database_url)
    counts: dict[str, int] = {}
    try:
        async with engine.connect() as connection:
            sessions = [
                row[0]
                for row in await connection.execute(
                    text("SELECT id FROM routine_sessions WHERE user_id = :u"), {"u": user_id}
                )
            ]
            for table in Base.metadata.sorted_tables:
                if "user_id" in table.c:
                    query = select(table).where(table.c.user_id == user_id)
                elif table.name == "users":
                    query = select(table).where(table.c.id == user_id)
                elif "session_id" in table.c:
                    query = select(table).where(table.c.session_id.in_(sessions or [-1]))
                else:
                    continue
                counts[table.name] = len((await connection.execute(query)).all())
    finally:
        await engine.dispose()
    return counts


async def test_export_contains_exactly_what_is_stored(database_url: str) -> None:
    clock = FakeClock(MONDAY)
    async with running_bot(database_url, clock=clock) as bot:
        ada = bot.person(9801)
        await onboard(bot, ada)
        await quick_session(bot, ada, 6, ("✅ Done", "⏭ Skip"), 3)
        clock.advance(timedelta(days=1, hours=2))
        await bot.tick()
        await bot.send(ada.command("/export"))
        documents = bot.api.calls_of("sendDocument")
        assert [d.params.get("caption") is not None for d in documents] == [True, False]
        csv_rows = list(csv.DictReader(io.StringIO(documents[0].files["document"].decode())))
        data = json.loads(documents[1].files["document"])
    sessions = await sessions_of(database_url, 9801)
    ratings = await ratings_of(database_url, 9801)
    assert [
        (r["session_id"], r["done"], r["skipped"], r["pain_before"], r["pain_after"])
        for r in csv_rows
    ] == [(str(sessions[0].id), "1", "1", "6", "3")]
    stored = await rows_referring_to(database_url, 9801)
    assert {name: len(rows) for name, rows in data.items()} == {
        name: count for name, count in stored.items() if count
    }
    assert sorted((r["kind"], r["score"]) for r in data["pain_ratings"]) == sorted(
        (r.kind, r.score) for r in ratings
    )
    assert data["users"][0]["timezone"] == "Europe/Berlin"


async def test_delete_erases_every_row_and_start_begins_afresh(database_url: str) -> None:
    clock = FakeClock(MONDAY)
    async with running_bot(database_url, clock=clock) as bot:
        ada, bob = bot.person(9802), bot.person(9803, "Bob")
        await onboard(bot, ada)
        await onboard(bot, bob)
        await quick_session(bot, ada, 6, ("✅ Done", "✅ Done"), 3)
        await bot.send(ada.command("/pause 2"))
        await bot.send(ada.command("/delete"))
        await bot.tap(ada, "Keep my data")
        assert "nothing was deleted" in bot.last_text(ada)
        await bot.send(ada.command("/delete"))
        confirm = ada.press_button(bot.api, "er:")
        await bot.send(confirm)
        assert "deleted all your data" in bot.last_text(ada)
        assert all(count == 0 for count in (await rows_referring_to(database_url, 9802)).values())
        assert (await rows_referring_to(database_url, 9803))["users"] == 1
        clock.advance(timedelta(hours=1))
        assert await bot.tick() == 1
        nudged = [c.chat_id for c in bot.api.calls_of("sendMessage") if "skp:" in str(c.params)]
        assert nudged == [9803]
        await bot.send(ada.command("/start"))
        assert "Hi Ada" in bot.texts(ada)[-2]


async def test_a_user_erased_during_a_fan_out_gets_no_nudge(database_url: str) -> None:
    clock = FakeClock(MONDAY)
    async with running_bot(database_url, clock=clock) as bot:
        ada, bob = bot.person(9804), bot.person(9805, "Bob")
        await onboard(bot, ada)
        await onboard(bot, bob)
        clock.advance(timedelta(hours=2))
        services = bot.app.bot_data.services
        jobs = await services.reminders.nudges.claim()
        assert sorted(job.user_id for job in jobs) == [9804, 9805]
        nonce = await services.data.user_data.ask_erase(9804, receipt=None)
        assert nonce is not None
        assert await services.data.user_data.erase(9804, nonce, receipt=None)
        results = await bot.app.bot_data.tick.nudges.send_all(bot.app.bot, jobs)
        await services.reminders.nudges.record(results)
        nudged = [c.chat_id for c in bot.api.calls_of("sendMessage") if "skp:" in str(c.params)]
        assert nudged == [9805]


async def test_a_keyboard_that_cannot_be_retired_never_holds_back_the_reply(
    sqlite_url: str,
) -> None:
    async with running_bot(sqlite_url) as bot:
        ada = bot.person(9804)
        await onboard(bot, ada)
        await bot.send(ada.command("/delete"))
        asked = bot.api.messages_to(ada.chat_id)[-1]
        await bot.tap(ada, "Keep my data")
        assert "nothing was deleted" in bot.last_text(ada)
        retired = bot.api.message(ada.chat_id, asked.message_id)
        assert retired is not None
        assert retired.reply_markup is None
        await bot.send(ada.command("/delete"))
        asked = bot.api.messages_to(ada.chat_id)[-1]
        answered = len(bot.api.calls_of("answerCallbackQuery"))
        shown = len(bot.texts(ada))
        bot.api.fail_next("editMessageText", error_code=502, description="Bad Gateway", times=5)
        await bot.tap(ada, "Keep my data")
        assert "nothing was deleted" in bot.last_text(ada)
        kept = bot.api.message(ada.chat_id, asked.message_id)
        assert kept is not None
        assert kept.reply_markup is not None  # harmless: its buttons are stale and say so
        assert len(bot.api.calls_of("answerCallbackQuery")) == answered + 1
        assert len(bot.texts(ada)) == shown + 1  # the reply alone, no apology


async def test_only_the_button_of_a_fresh_delete_question_erases_and_only_once(
    database_url: str,
) -> None:
    clock = FakeClock(MONDAY)
    async with running_bot(database_url, clock=clock) as bot:
        ada = bot.person(9806)
        await onboard(bot, ada)
        expired = "This button has expired. Send /delete again."

        await bot.send(ada.press("del:y"))  # the old, nonce-less button of earlier versions
        await bot.send(ada.press("er:0123456789abcdef"))  # a forged nonce, never asked for
        await bot.send(ada.command("/delete"))
        old_question = ada.press_button(bot.api, "er:")
        clock.advance(timedelta(minutes=11))
        await bot.send(old_question)  # pressed after the question expired

        answers = [c.params.get("text") for c in bot.api.calls_of("answerCallbackQuery")]
        assert answers[-3:] == [expired] * 3
        assert (await rows_referring_to(database_url, 9806))["users"] == 1

        await bot.send(ada.command("/delete"))
        first = ada.press_button(bot.api, "er:")
        await bot.send(old_question)  # the first question's nonce was replaced by the new one
        assert (await rows_referring_to(database_url, 9806))["users"] == 1
        await bot.send(first)
        await bot.send(ada.press(str(first["callback_query"]["data"])))  # type: ignore[index]
        assert (
            bot.texts(ada).count(
                "Done. I've deleted all your data and won't message you again. "
                "Send /start any time to begin afresh."
            )
            == 1
        )
        assert bot.api.calls_of("answerCallbackQuery")[-1].params.get("text") == expired
    assert all(count == 0 for count in (await rows_referring_to(database_url, 9806)).values())


async def test_delete_from_someone_unknown_says_there_is_nothing_to_delete(
    sqlite_url: str,
) -> None:
    async with running_bot(sqlite_url) as bot:
        stranger = bot.person(9807)
        await bot.send(stranger.command("/delete"))
        assert bot.last_text(stranger) == (
            "I don't store anything about you, so there is nothing to delete."
        )
        assert bot.last(stranger).buttons == []
