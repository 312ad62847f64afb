"""Consent, settings commands, /quick, streaks over days, and blocking."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.support.dbcheck import ratings_of, sessions_of, user_row
from tests.support.flows import onboard
from tests.support.harness import FakeClock, running_bot


async def test_without_consent_pain_is_asked_for_safety_but_not_stored(database_url: str) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(5001)
        await onboard(bot, ada, consent=False)
        await bot.send(ada.command("/quick"))
        assert "how much pain" in bot.last_text(ada), "asked for safety, even without consent"
        await bot.tap(ada, "4")
        assert "Chair Rotation" in bot.last_text(ada)
        await bot.tap(ada, "✅ Done")
        await bot.tap(ada, "✅ Done")
        await bot.tap(ada, "3")
        summary = bot.last_text(ada)
        assert "Done: 2" in summary
        assert "Pain before → after: 4 → 3" in summary
        assert "weren't kept" in summary
    assert await ratings_of(database_url, 5001) == []
    assert [s.status for s in await sessions_of(database_url, 5001)] == ["completed"]


async def test_quick_sessions_on_consecutive_days_build_a_streak(database_url: str) -> None:
    clock = FakeClock()
    async with running_bot(database_url, clock=clock) as bot:
        ada = bot.person(5002)
        await onboard(bot, ada, consent=False)
        for _day in range(3):
            await bot.send(ada.command("/quick"))
            await bot.tap(ada, "3")
            await bot.tap(ada, "✅ Done")
            await bot.tap(ada, "✅ Done")
            await bot.tap(ada, "3")
            clock.advance(timedelta(days=1))
        assert "streak: 3" in bot.last_text(ada)
        clock.advance(timedelta(days=1))
        await bot.send(ada.command("/quick"))
        await bot.tap(ada, "3")
        await bot.tap(ada, "✅ Done")
        await bot.tap(ada, "⏭ Skip")
        await bot.tap(ada, "3")
        summary = bot.last_text(ada)
        assert "streak: 0 (best: 3)" in summary
    user = await user_row(database_url, 5002)
    assert (user.streak_current, user.streak_best) == (0, 3)


async def test_a_summary_names_the_next_reminder_in_local_time(sqlite_url: str) -> None:
    async with running_bot(sqlite_url) as bot:
        ada = bot.person(5003)
        await onboard(bot, ada, consent=False, zone="America/New_York", remind="18:00")
        await bot.send(ada.command("/quick"))
        await bot.tap(ada, "3")
        await bot.tap(ada, "✅ Done")
        await bot.tap(ada, "✅ Done")
        await bot.tap(ada, "3")
        # 08:00 UTC is 03:00 in New York: today's 18:00 is skipped because today is done.
        assert "Next reminder: Wed 18:00" in bot.last_text(ada)


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        ("/timezone", "Usage: /timezone"),
        ("/timezone Mars/Olympus", "couldn't find that time zone"),
        ("/timezone asia/tokyo", "Asia/Tokyo"),
        ("/timezone new york", "America/New_York"),
        ("/remind", "Usage: /remind"),
        ("/remind 25:00", "Usage: /remind"),
        ("/remind 7:30", "07:30"),
        ("/remind 7pm", "19:00"),
        ("/remind 19h", "19:00"),
        ("/remind off", "off"),
    ],
    ids=[
        "tz-usage",
        "tz-unknown",
        "tz-lowercase",
        "tz-city",
        "remind-usage",
        "remind-bad",
        "remind-ok",
        "remind-7pm",
        "remind-19h",
        "remind-off",
    ],
)
async def test_settings_commands_answer_clearly(
    sqlite_url: str, command: str, expected: str
) -> None:
    async with running_bot(sqlite_url) as bot:
        ada = bot.person(5004)
        await onboard(bot, ada)
        await bot.send(ada.command(command))
        assert expected in bot.last_text(ada)


async def test_settings_pages_take_typed_answers_too(database_url: str) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(5005)
        await onboard(bot, ada)
        await bot.send(ada.command("/settings"))
        await bot.tap(ada, "🌍 Time zone")
        await bot.send(ada.text("sydney"))
        assert "Time zone set to Australia/Sydney" in bot.texts(ada)[-2]
        assert "🌍 Time zone: Australia/Sydney" in bot.last_text(ada), "the screen, up to date"
        await bot.send(ada.command("/settings"))
        await bot.tap(ada, "⏰ Time")
        await bot.send(ada.text("6.45"))
        assert "⏰ Reminder: 06:45, every day" in bot.last_text(ada)
        await bot.send(ada.command("/settings"))
        toggle = ada.press_button(bot.api, "pf:pain:n")
        await bot.send(toggle)
        await bot.send(ada.press(str(toggle["callback_query"]["data"]), 1))  # type: ignore[index]
    user = await user_row(database_url, 5005)
    assert (user.timezone, f"{user.remind_at:%H:%M}", user.pain_consent) == (
        "Australia/Sydney",
        "06:45",
        False,
    )
    assert user.awaiting is None


async def test_a_user_who_blocks_the_bot_gets_no_reminder_until_start(database_url: str) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(5006)
        await onboard(bot, ada)
        assert (await user_row(database_url, 5006)).next_nudge_at is not None
        await bot.send(ada.my_chat_member_kicked())
        blocked = await user_row(database_url, 5006)
        assert (blocked.blocked, blocked.next_nudge_at) == (True, None)
        await bot.send(ada.command("/start"))
    back = await user_row(database_url, 5006)
    assert back.blocked is False
    assert back.next_nudge_at is not None
