"""The function check (PSFS): offered after a session when due, named, scored, swapped, skipped."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from db.models import PsfsActivity, PsfsCheck, PsfsScore
from tests.bot.test_progress import quick_session
from tests.support.dbcheck import fetch_all
from tests.support.fakes import TelegramUser
from tests.support.flows import onboard
from tests.support.harness import BotHarness, FakeClock, running_bot

MONDAY = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)
OFFER = "🧩 One more minute?"
DESK = "Sitting at my desk for an hour"
TODDLER = "Carrying my toddler upstairs"


async def session(bot: BotHarness, person: TelegramUser, after: int = 3) -> None:
    """A completed quick session rated 5 before and `after` after."""
    await quick_session(bot, person, 5, ("✅ Done", "✅ Done"), after)


async def first_check(bot: BotHarness, person: TelegramUser) -> None:
    """After a session: start, one suggestion, one typed name, Done, 4 and 6."""
    await session(bot, person)
    await bot.tap(person, "▶ Start (1 min)")
    await bot.tap(person, DESK)
    await bot.send(person.text(TODDLER))
    await bot.tap(person, "✅ Done")
    await bot.tap(person, "4")
    await bot.tap(person, "6")


async def test_the_first_check_is_offered_after_a_session_then_named_and_scored(
    database_url: str,
) -> None:
    async with running_bot(database_url, clock=FakeClock(MONDAY)) as bot:
        ada = bot.person(7101)
        await onboard(bot, ada)
        await session(bot, ada)
        texts = bot.texts(ada)
        assert "🏁" in texts[-2], "the summary first, then the offer alone"
        assert texts[-1].startswith(OFFER)
        assert bot.labels(ada) == ["▶ Start (1 min)", "Not now"]
        await bot.tap(ada, "▶ Start (1 min)")
        assert "Which everyday activities" in bot.last_text(ada)
        assert bot.labels(ada)[:2] == [DESK, "Looking over my shoulder while driving"]
        assert "✅ Done" not in bot.labels(ada), "Done comes after the first activity"
        await bot.tap(ada, DESK)
        assert f"• {DESK}" in bot.last_text(ada)
        assert DESK not in bot.labels(ada)
        assert "✅ Done" in bot.labels(ada)
        await bot.send(ada.text(TODDLER))
        assert f"• {DESK}\n• {TODDLER}" in bot.last_text(ada)
        await bot.tap(ada, "✅ Done")
        assert f"1/2 · How well can you do this now?\n“{DESK}”" in bot.last_text(ada)
        assert "0 = can't do it at all, 10 = as well as before the pain" in bot.last_text(ada)
        assert bot.labels(ada)[:11] == [str(n) for n in range(11)]
        four = ada.press_button(bot.api, "4")
        await bot.send(four)
        assert f"2/2 · How well can you do this now?\n“{TODDLER}”" in bot.last_text(ada)
        await bot.tap(ada, "6")
        assert f"✅ Saved:\n• {DESK}: 4\n• {TODDLER}: 6" in bot.last_text(ada)
        shown = len(bot.texts(ada))
        await bot.send(ada.press(four["callback_query"]["data"], 1))  # type: ignore[index]
        assert len(bot.texts(ada)) == shown, "a stale score button changes nothing"
    scores = await fetch_all(database_url, PsfsScore, user_id=7101)
    assert sorted(row.score for row in scores) == [4, 6]
    names = [row.name for row in await fetch_all(database_url, PsfsActivity, user_id=7101)]
    assert names == [DESK, TODDLER]


async def test_the_check_comes_back_after_14_days_with_the_same_activities(
    database_url: str,
) -> None:
    clock = FakeClock(MONDAY)
    async with running_bot(database_url, clock=clock) as bot:
        ada = bot.person(7102)
        await onboard(bot, ada)
        await first_check(bot, ada)
        clock.advance(timedelta(days=13))
        await session(bot, ada)
        assert not any(OFFER in text for text in bot.texts(ada)[-2:]), "not again within 14 days"
        clock.advance(timedelta(days=1))
        await session(bot, ada)
        assert bot.last_text(ada).startswith(OFFER)
        await bot.tap(ada, "▶ Start (1 min)")
        assert f"Same activities as last time?\n• {DESK}\n• {TODDLER}" in bot.last_text(ada)
        await bot.tap(ada, "▶ Same ones")
        await bot.tap(ada, "7")
        await bot.tap(ada, "Skip this one")
        assert f"• {DESK}: 4 → 7\n• {TODDLER}: skipped" in bot.last_text(ada)
        await bot.send(ada.command("/progress"))
        function = bot.last_text(ada)
    assert function.startswith("🧩 Function")
    assert f"• {DESK}: 4 → 7 (up 3: a clear change)" in function
    assert f"• {TODDLER}: 6\n" in function
    assert "up 3.0 points, from 4.0 to 7.0. That's a clear change" in function


async def test_swapping_one_activity_keeps_the_old_one_and_its_scores(database_url: str) -> None:
    clock = FakeClock(MONDAY)
    async with running_bot(database_url, clock=clock) as bot:
        ada = bot.person(7103)
        await onboard(bot, ada)
        await first_check(bot, ada)
        clock.advance(timedelta(days=14))
        await bot.send(ada.command("/function"))
        await bot.tap(ada, "🔁 Swap one")
        assert "Which one do you want to swap" in bot.last_text(ada)
        await bot.tap(ada, TODDLER)
        assert f"take the place of “{TODDLER}”" in bot.last_text(ada)
        await bot.tap(ada, "Sleeping on my side")
        assert f"• {DESK}\n• Sleeping on my side" in bot.last_text(ada)
        await bot.tap(ada, "▶ Same ones")
        await bot.tap(ada, "5")
        await bot.tap(ada, "3")
        assert f"• {DESK}: 4 → 5\n• Sleeping on my side: 3" in bot.last_text(ada)
    rows = await fetch_all(database_url, PsfsActivity, user_id=7103)
    assert [(row.name, row.retired_at is not None) for row in rows] == [
        (DESK, False),
        (TODDLER, True),
        ("Sleeping on my side", False),
    ]
    assert len(await fetch_all(database_url, PsfsScore, user_id=7103)) == 4


async def test_not_now_and_skip_wait_14_days_and_the_command_works_any_time(
    database_url: str,
) -> None:
    clock = FakeClock(MONDAY)
    async with running_bot(database_url, clock=clock) as bot:
        ada = bot.person(7104)
        await onboard(bot, ada)
        await session(bot, ada)
        await bot.tap(ada, "Not now")
        assert "OK, not now. I'll ask again in 2 weeks" in bot.last_text(ada)
        clock.advance(timedelta(days=1))
        await session(bot, ada)
        assert OFFER not in bot.last_text(ada)
        await bot.send(ada.command("/function"))
        await bot.tap(ada, "Skip for now")
        assert "OK, not now" in bot.last_text(ada)
        await bot.send(ada.command("/function"))
        await bot.tap(ada, DESK)
        await bot.tap(ada, "✅ Done")
        await bot.tap(ada, "Skip for now")
        assert "OK, not now" in bot.last_text(ada)
    checks = await fetch_all(database_url, PsfsCheck, user_id=7104)
    assert [check.status for check in checks] == ["skipped", "skipped", "skipped"]
    assert await fetch_all(database_url, PsfsScore, user_id=7104) == []


async def test_a_long_name_gets_a_friendly_answer_and_is_not_stored(sqlite_url: str) -> None:
    async with running_bot(sqlite_url, clock=FakeClock(MONDAY)) as bot:
        ada = bot.person(7105)
        await onboard(bot, ada)
        await bot.send(ada.command("/function"))
        await bot.send(ada.text("Walking the dog around the park " * 2))
        assert "That's a bit long: please keep it to 60 characters" in bot.last_text(ada)
        await bot.send(ada.text("  Walking   the dog "))
        assert "• Walking the dog" in bot.last_text(ada)
        await bot.send(ada.text("walking the DOG"))
        assert "You have that one already" in bot.last_text(ada)
    names = [row.name for row in await fetch_all(sqlite_url, PsfsActivity, user_id=7105)]
    assert names == ["Walking the dog"]


async def test_no_offer_without_consent_or_beside_safety_advice(database_url: str) -> None:
    async with running_bot(database_url, clock=FakeClock(MONDAY)) as bot:
        bob, cy = bot.person(7106, "Bob"), bot.person(7107, "Cy")
        await onboard(bot, bob, consent=False)
        await session(bot, bob)
        assert not any(OFFER in text for text in bot.texts(bob))
        await bot.send(bob.command("/function"))
        assert "you chose not to let me keep health answers" in bot.last_text(bob)
        await onboard(bot, cy)
        await session(bot, cy, after=8)
        assert "please" in bot.last_text(cy).lower(), "pain of 8 after: the advice is last"
        assert not any(OFFER in text for text in bot.texts(cy))
    assert await fetch_all(database_url, PsfsCheck, user_id=7106) == []


async def test_a_typed_last_rating_is_followed_by_the_offer_too(sqlite_url: str) -> None:
    async with running_bot(sqlite_url, clock=FakeClock(MONDAY)) as bot:
        ada = bot.person(7108)
        await onboard(bot, ada)
        await quick_session(bot, ada, 5, ("✅ Done", "✅ Done"), None)
        await bot.send(ada.text("3"))
        assert "5 → 3" in bot.texts(ada)[-2]
        assert bot.last_text(ada).startswith(OFFER)
