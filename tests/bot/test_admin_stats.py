"""/stats tells admins how the bot is doing and stays invisible to everyone else."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.bot.test_nudge_faults import _seed_due_users
from tests.bot.test_progress import quick_session
from tests.support.flows import onboard
from tests.support.harness import FakeClock, running_bot

MONDAY = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)


async def test_an_admin_sees_users_sessions_relief_and_nudges(database_url: str) -> None:
    clock = FakeClock(MONDAY)
    async with running_bot(database_url, clock=clock, admin_ids=frozenset({4242})) as bot:
        ada, bob, admin = bot.person(9901), bot.person(9902, "Bob"), bot.person(4242, "Root")
        await onboard(bot, ada)
        await onboard(bot, bob)
        await quick_session(bot, ada, 6, ("✅ Done", "✅ Done"), 3)
        await quick_session(bot, ada, 5, ("✅ Done", "✅ Done"), 4)
        bot.api.block_user(bob.chat_id)
        clock.advance(timedelta(hours=2))
        await bot.tick()
        await bot.send(admin.command("/stats"))
        text = bot.last_text(admin)
    assert "Users: 2 (active in 7 days: 1, blocked: 1)" in text
    assert "Average relief within a session: +2.0" in text
    assert "Nudges sent: 0, failed: 1" in text
    assert "Mon 23 Nov: 2" in text


async def test_stats_is_an_unknown_command_for_everyone_else(sqlite_url: str) -> None:
    async with running_bot(sqlite_url, admin_ids=frozenset({4242})) as bot:
        ada = bot.person(9903)
        await bot.send(ada.command("/stats"))
        assert "don't know that command" in bot.last_text(ada)


async def test_stats_shows_how_long_the_next_crowded_minute_takes_to_send(
    database_url: str,
) -> None:
    clock = FakeClock(MONDAY)
    admins = frozenset({4242})
    async with running_bot(
        database_url, clock=clock, admin_ids=admins, rate_limit_per_second=30
    ) as bot:
        admin = bot.person(4242, "Root")
        await _seed_due_users(database_url, 900, MONDAY + timedelta(hours=2))
        await bot.send(admin.command("/stats"))
        crowded = bot.last_text(admin)
        clock.advance(timedelta(days=1))
        await bot.send(admin.command("/stats"))
        passed = bot.last_text(admin)
    assert "Next crowded minute: Mon 09:00 UTC, 900 due, the last sent about 30 s later" in crowded
    assert "Next crowded minute: none due in 24 h" in passed
