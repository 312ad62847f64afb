"""Progress users can see, and a routine that learns from what hurt or was skipped."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from db.models import SafetyEvent
from tests.support.dbcheck import fetch_all, sessions_of
from tests.support.fakes import TelegramUser
from tests.support.flows import onboard
from tests.support.harness import BotHarness, FakeClock, running_bot

# Monday 2026-11-23, 08:00 UTC.
MONDAY = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)


async def quick_session(
    bot: BotHarness,
    person: TelegramUser,
    before: int | None,
    actions: tuple[str, str],
    after: int | None,
) -> None:
    """/quick with the given ratings and button labels for its two exercises.

    A re-screen that comes first (after pain that was high or rising) is answered "none".
    """
    await bot.send(person.command("/quick"))
    if "Safety check" in bot.last_text(person):
        await bot.tap(person, "None of these")
        await bot.tap(person, "⚡ 2-minute version")
    if before is not None:
        await bot.tap(person, str(before))
    for action in actions:
        if action == "hurts-mild":
            await bot.tap(person, "😣 Hurts")
            await bot.tap(person, "Mild")
            await bot.tap(person, "✅ Done")
        else:
            await bot.tap(person, action)
    if after is not None:
        await bot.tap(person, str(after))


async def test_progress_with_no_data_is_a_friendly_message_not_an_empty_chart(
    sqlite_url: str,
) -> None:
    async with running_bot(sqlite_url) as bot:
        ada = bot.person(9701)
        await onboard(bot, ada)
        await bot.send(ada.command("/progress"))
        assert bot.api.calls_of("sendPhoto") == []
        assert "Nothing to show yet" in bot.last_text(ada)


async def test_progress_sends_a_chart_with_numbers_in_words(database_url: str) -> None:
    clock = FakeClock(MONDAY)
    async with running_bot(database_url, clock=clock) as bot:
        ada = bot.person(9702)
        await onboard(bot, ada, zone="UTC")
        for before, after in ((6, 4), (5, 3), (7, 4)):
            await quick_session(bot, ada, before, ("✅ Done", "✅ Done"), after)
            clock.advance(timedelta(days=1))
        await bot.send(ada.command("/progress"))
        photo = bot.api.calls_of("sendPhoto")[-1]
        assert photo.files["photo"][:8] == b"\x89PNG\r\n\x1a\n"
        caption = str(photo.params["caption"])
        assert "3 in the last 7 days, 3 in the last 30" in caption
        assert "Streak: 3 (best: 3)" in caption
        assert "+2.3 points" in caption
        assert "once both weeks have ratings" in caption
        await bot.send(ada.press("pg:90"))  # a range button of an earlier version still works
        assert len(bot.api.calls_of("sendPhoto")) == 2


async def test_history_lists_sessions_ten_at_a_time(sqlite_url: str) -> None:
    clock = FakeClock(MONDAY)
    async with running_bot(sqlite_url, clock=clock) as bot:
        ada = bot.person(9703)
        await onboard(bot, ada, consent=False, zone="UTC")
        for _ in range(12):
            await quick_session(bot, ada, 2, ("✅ Done", "⏭ Skip"), 2)
            clock.advance(timedelta(hours=20))
        await bot.send(ada.command("/history"))
        first_page = bot.last_text(ada)
        assert first_page.count("2-minute routine") == 10
        assert "✅ 1 ⏭ 1 😣 0 · pain – → –" in first_page
        await bot.tap(ada, "◀ Older")
        assert bot.last_text(ada).count("2-minute routine") == 2


async def test_an_exercise_that_hurt_twice_in_three_sessions_starts_gentler(
    sqlite_url: str,
) -> None:
    clock = FakeClock(MONDAY)
    async with running_bot(sqlite_url, clock=clock) as bot:
        ada = bot.person(9704)
        await onboard(bot, ada, zone="UTC")
        for first in ("hurts-mild", "✅ Done", "hurts-mild"):
            await quick_session(bot, ada, 2, (first, "✅ Done"), 2)
            clock.advance(timedelta(days=1))
        await bot.send(ada.command("/quick"))
        await bot.tap(ada, "2")
        texts = bot.texts(ada)
        assert "hurt in 2 of your last 3 sessions" in texts[-2]
        assert "Gentler version of Chair Rotation" in texts[-1]
        await bot.tap(ada, "✅ Done")
        await bot.tap(ada, "✅ Done")
        await bot.tap(ada, "2")
    session = (await sessions_of(sqlite_url, 9704))[-1]
    assert (session.softened, session.status) == ("0", "completed")


async def test_three_skips_in_a_row_ask_to_keep_or_drop_and_drop_sticks(database_url: str) -> None:
    clock = FakeClock(MONDAY)
    async with running_bot(database_url, clock=clock) as bot:
        ada = bot.person(9705)
        await onboard(bot, ada, consent=False, zone="UTC")
        for _ in range(3):
            await quick_session(bot, ada, 2, ("✅ Done", "⏭ Skip"), 2)
            clock.advance(timedelta(days=1))
        assert "skipped Lat Pulldown (resistance band) 3 times" in bot.last_text(ada)
        await bot.tap(ada, "🗑 Drop it")
        await bot.send(ada.command("/quick"))
        await bot.tap(ada, "2")
        await bot.tap(ada, "✅ Done")
        await bot.tap(ada, "2")
        assert "Done: 1" in bot.last_text(ada)
        await bot.send(ada.command("/settings"))
        await bot.tap(ada, "pf:restore:1")
        assert "Routine: every exercise in" in bot.last_text(ada)
    plans = [s.plan for s in await sessions_of(database_url, 9705)]
    assert plans[-1] == "chair_rotation"
    assert plans[0] == "chair_rotation,lat_pulldown"


async def test_high_pain_after_a_session_gets_calm_advice_and_is_recorded(
    database_url: str,
) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(9706)
        await onboard(bot, ada)
        await quick_session(bot, ada, 5, ("✅ Done", "✅ Done"), 8)
        assert "professional" in bot.last_text(ada)
    events = await fetch_all(database_url, SafetyEvent, user_id=9706)
    assert sorted(e.reason for e in events) == ["high_after", "rose_during_session"]


async def test_the_weekly_summary_arrives_once_on_sunday_evening(database_url: str) -> None:
    clock = FakeClock(MONDAY)
    async with running_bot(database_url, clock=clock) as bot:
        ada = bot.person(9707)
        await onboard(bot, ada, zone="Europe/Berlin")
        await quick_session(bot, ada, 4, ("✅ Done", "✅ Done"), 2)
        # Sunday 2026-11-29 19:00 in Berlin is 18:00 UTC.
        clock.now = datetime(2026, 11, 29, 17, 59, tzinfo=UTC)
        assert await bot.weekly_tick() == 0
        clock.now = datetime(2026, 11, 29, 18, 0, tzinfo=UTC)
        assert await bot.weekly_tick() == 1
        assert await bot.weekly_tick() == 0
        caption = str(bot.api.calls_of("sendPhoto")[-1].params["caption"])
        assert "Your week" in caption
        await bot.send(ada.command("/settings"))
        await bot.tap(ada, "pf:wk:n")
        assert "Weekly summary: off" in bot.last_text(ada)
        clock.advance(timedelta(days=7))
        assert await bot.weekly_tick() == 0
