"""Daily nudges through the real Application: once a day, at the user's local time."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from db.models import Nudge
from tests.support.dbcheck import fetch_all, user_row
from tests.support.fakes import TelegramUser
from tests.support.flows import onboard
from tests.support.harness import BotHarness, FakeClock, running_bot

# Tuesday 2026-11-24 07:00 UTC = 08:00 in Berlin; the reminder is at 09:00 Berlin = 08:00 UTC.
BEFORE_NINE_BERLIN = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)


async def test_a_nudge_arrives_once_at_the_local_time(database_url: str) -> None:
    clock = FakeClock(BEFORE_NINE_BERLIN)
    async with running_bot(database_url, clock=clock) as bot:
        ada = bot.person(7001)
        await onboard(bot, ada)
        assert await bot.tick() == 0
        clock.advance(timedelta(minutes=59))
        assert await bot.tick() == 0
        clock.advance(timedelta(minutes=1))
        assert await bot.tick() == 1
        text = bot.last_text(ada)
        assert "start a streak" in text
        assert [label for label, _ in bot.last(ada).buttons] == [
            "▶ Start routine",
            "⚡ 2-minute version",
            "⏰ Snooze 1 h",
            "🙅 Skip today",
        ]
        clock.advance(timedelta(minutes=30))
        assert await bot.tick() == 0
        clock.advance(timedelta(days=1))
        assert await bot.tick() == 1
    rows = await fetch_all(database_url, Nudge, user_id=7001)
    assert [(r.local_date.isoformat(), r.kind, r.status) for r in rows] == [
        ("2026-11-24", "daily", "sent"),
        ("2026-11-25", "daily", "sent"),
    ]


async def test_no_nudge_when_todays_routine_is_already_done(database_url: str) -> None:
    clock = FakeClock(BEFORE_NINE_BERLIN)
    async with running_bot(database_url, clock=clock) as bot:
        ada = bot.person(7002)
        await onboard(bot, ada, consent=False)
        await bot.send(ada.command("/quick"))
        await bot.tap(ada, "3")
        await bot.tap(ada, "✅ Done")
        await bot.tap(ada, "✅ Done")
        await bot.tap(ada, "3")
        clock.advance(timedelta(hours=2))
        assert await bot.tick() == 0
        clock.advance(timedelta(days=1))
        assert await bot.tick() == 1
        assert "streak: 1" in bot.last_text(ada)


async def test_snooze_sends_one_more_nudge_an_hour_later(database_url: str) -> None:
    clock = FakeClock(BEFORE_NINE_BERLIN)
    async with running_bot(database_url, clock=clock) as bot:
        ada = bot.person(7003)
        await onboard(bot, ada)
        clock.advance(timedelta(hours=1))
        assert await bot.tick() == 1
        snooze = ada.press_button(bot.api, "⏰ Snooze 1 h")
        await bot.send(snooze)
        assert "in an hour" in bot.last_text(ada)
        await bot.send(ada.press(str(snooze["callback_query"]["data"]), 1))  # type: ignore[index]
        clock.advance(timedelta(minutes=59))
        assert await bot.tick() == 0
        clock.advance(timedelta(minutes=1))
        assert await bot.tick() == 1
        clock.advance(timedelta(hours=2))
        assert await bot.tick() == 0
    kinds = [r.kind for r in await fetch_all(database_url, Nudge, user_id=7003)]
    assert kinds == ["daily", "snooze"]


async def test_skip_today_cancels_the_snooze_and_waits_for_tomorrow(sqlite_url: str) -> None:
    clock = FakeClock(BEFORE_NINE_BERLIN)
    async with running_bot(sqlite_url, clock=clock) as bot:
        ada = bot.person(7004)
        await onboard(bot, ada)
        clock.advance(timedelta(hours=1))
        assert await bot.tick() == 1
        nudge = next(m for m in reversed(bot.api.messages_to(ada.chat_id)) if m.buttons)
        await bot.tap(ada, "⏰ Snooze 1 h", nudge.message_id)
        assert bot.api.message(ada.chat_id, nudge.message_id).buttons == []  # type: ignore[union-attr]
        await bot.send(ada.press(f"skp:{clock.now:%Y%m%d}", nudge.message_id))
        assert "See you tomorrow" in bot.last_text(ada)
        clock.advance(timedelta(hours=3))
        assert await bot.tick() == 0
        clock.advance(timedelta(hours=21))
        assert await bot.tick() == 1


async def test_pause_stops_nudges_and_freezes_the_streak(database_url: str) -> None:
    clock = FakeClock(BEFORE_NINE_BERLIN)
    async with running_bot(database_url, clock=clock) as bot:
        ada = bot.person(7005)
        await onboard(bot, ada, consent=False)
        await bot.send(ada.command("/quick"))
        await bot.tap(ada, "3")
        await bot.tap(ada, "✅ Done")
        await bot.tap(ada, "✅ Done")
        await bot.tap(ada, "3")
        clock.advance(timedelta(days=1))
        await bot.send(ada.command("/pause 3"))
        assert "paused until Friday, 27 November 2026" in bot.last_text(ada)
        for _ in range(3):
            clock.advance(timedelta(hours=2))
            assert await bot.tick() == 0
            clock.advance(timedelta(hours=22))
        clock.advance(timedelta(hours=2))
        assert await bot.tick() == 1
        assert "streak: 1" in bot.last_text(ada)
        await bot.send(ada.command("/pause"))
        clock.advance(timedelta(days=5))
        assert await bot.tick() == 0
        await bot.send(ada.command("/resume"))
        assert "streak of 1" in bot.last_text(ada)
        await bot.send(ada.command("/pause many"))
        assert "Usage: /pause" in bot.last_text(ada)


async def test_weekdays_only_skips_the_weekend(sqlite_url: str) -> None:
    # Friday 2026-11-27 07:00 UTC.
    clock = FakeClock(datetime(2026, 11, 27, 7, 0, tzinfo=UTC))
    async with running_bot(sqlite_url, clock=clock) as bot:
        ada = bot.person(7006)
        await onboard(bot, ada)
        await bot.send(ada.command("/remind weekdays"))
        assert "weekdays" in bot.last_text(ada)
        sent = []
        for _ in range(4):
            clock.advance(timedelta(hours=1, minutes=30))
            sent.append(await bot.tick())
            clock.advance(timedelta(hours=22, minutes=30))
        assert sent == [1, 0, 0, 1]


async def test_reminders_off_and_on_keep_the_time(sqlite_url: str) -> None:
    clock = FakeClock(BEFORE_NINE_BERLIN)
    async with running_bot(sqlite_url, clock=clock) as bot:
        ada = bot.person(7007)
        await onboard(bot, ada, remind="09:00")
        await bot.send(ada.command("/remind off"))
        assert (await user_row(sqlite_url, 7007)).next_nudge_at is None
        clock.advance(timedelta(hours=2))
        assert await bot.tick() == 0
        await bot.send(ada.command("/remind on"))
        user = await user_row(sqlite_url, 7007)
        assert f"{user.remind_at:%H:%M}" == "09:00"
        assert user.next_nudge_at == datetime(2026, 11, 25, 8, 0, tzinfo=UTC)


async def nudge_days_over(bot: BotHarness, clock: FakeClock, days: int) -> None:
    """Tick every hour for `days` days, as the repeating job would."""
    for _ in range(days * 24):
        clock.advance(timedelta(hours=1))
        await bot.tick()


async def test_a_three_day_goal_nudges_on_monday_wednesday_and_friday_only(
    database_url: str,
) -> None:
    # Monday 2026-10-19 05:30 UTC; Berlin falls back from CEST to CET on Sunday 25 October.
    clock = FakeClock(datetime(2026, 10, 19, 5, 30, tzinfo=UTC))
    async with running_bot(database_url, clock=clock) as bot:
        ada = bot.person(7010)
        await onboard(bot, ada, goal=3)
        await nudge_days_over(bot, clock, 14)
    nudges = await fetch_all(database_url, Nudge, user_id=7010, kind="daily")
    days = [nudge.local_date for nudge in nudges]
    assert days == [date(2026, 10, d) for d in (19, 21, 23, 26, 28, 30)]
    # 09:00 in Berlin on both sides of the change: 07:00 UTC in CEST, 08:00 UTC in CET.
    assert [nudge.due_at.hour for nudge in nudges] == [7, 7, 7, 8, 8, 8]


async def test_days_picked_in_settings_replace_the_goal_days(sqlite_url: str) -> None:
    # Monday 2026-11-23 05:30 UTC.
    clock = FakeClock(datetime(2026, 11, 23, 5, 30, tzinfo=UTC))
    async with running_bot(sqlite_url, clock=clock) as bot:
        ada = bot.person(7011)
        await onboard(bot, ada, goal=3)
        await bot.send(ada.command("/settings"))
        await bot.tap(ada, "📅 Days")
        for day in ("Tue", "Sun", "✓ Mon", "✓ Wed", "✓ Fri"):
            await bot.tap(ada, day)
        assert "Tue, Sun" in (await settings_text(bot, ada))
        await nudge_days_over(bot, clock, 7)
    nudges = await fetch_all(sqlite_url, Nudge, user_id=7011, kind="daily")
    assert [nudge.local_date for nudge in nudges] == [date(2026, 11, 24), date(2026, 11, 29)]


async def settings_text(bot: BotHarness, person: TelegramUser) -> str:
    """The settings overview as /settings shows it now."""
    await bot.send(person.command("/settings"))
    return bot.last_text(person)
