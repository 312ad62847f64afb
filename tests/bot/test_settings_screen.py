"""One /settings screen, edited in place after every change, always showing what is stored."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import insert
from sqlalchemy.ext.asyncio import create_async_engine

from db.models import ExercisePreference
from tests.support.dbcheck import user_row
from tests.support.fakes import TelegramUser
from tests.support.flows import onboard
from tests.support.harness import START, BotHarness, running_bot


async def drop_exercise(database_url: str, user_id: int, exercise_id: str) -> None:
    """Store a dropped exercise directly."""
    engine = create_async_engine(database_url)
    try:
        async with engine.begin() as connection:
            await connection.execute(
                insert(ExercisePreference),
                {
                    "user_id": user_id,
                    "exercise_id": exercise_id,
                    "dropped": True,
                    "updated_at": START,
                },
            )
    finally:
        await engine.dispose()


def sends(bot: BotHarness) -> int:
    """How many new messages the bot has sent so far."""
    return len(bot.api.calls_of("sendMessage"))


async def tap_on_screen(bot: BotHarness, ada: TelegramUser, label: str, screen_id: int) -> str:
    """Tap a button of the settings message and return that same message's new text."""
    before = sends(bot)
    await bot.tap(ada, label, screen_id)
    assert sends(bot) == before, f"{label!r} sent a new message instead of editing the screen"
    edited = bot.api.message(ada.chat_id, screen_id)
    assert edited is not None
    return edited.text or ""


async def test_every_toggle_edits_the_same_screen_with_the_stored_value(database_url: str) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(8101)
        await onboard(bot, ada, goal=5)
        await bot.send(ada.command("/settings"))
        screen = bot.last(ada)
        text = screen.text or ""
        assert "⏰ Reminder: 09:00, Monday to Friday" in text
        assert "🎯 Weekly goal: 5 days a week" in text
        assert "▶️ Not paused" in text
        assert "🌍 Time zone: Europe/Berlin" in text
        assert "📊 Pain tracking: on" in text
        assert "📬 Weekly summary: on" in text
        assert "every exercise in" in text
        sid = screen.message_id

        text = await tap_on_screen(bot, ada, "🔔 Reminders: on", sid)
        assert "🔕 Reminders: off" in text
        off = await user_row(database_url, 8101)
        assert (off.reminders_enabled, off.next_nudge_at) == (False, None)

        assert "What time" in await tap_on_screen(bot, ada, "⏰ Time", sid)
        text = await tap_on_screen(bot, ada, "07:00", sid)
        assert "⏰ Reminder: 07:00, Monday to Friday" in text, "choosing a time turns them on"

        text = await tap_on_screen(bot, ada, "3 days", sid)
        assert "Weekly goal: 3 days a week" in text
        assert "07:00, Mon, Wed, Fri" in text

        assert "which days" in (await tap_on_screen(bot, ada, "📅 Days", sid)).lower()
        await tap_on_screen(bot, ada, "Sat", sid)
        text = await tap_on_screen(bot, ada, "◀ Back", sid)
        assert "07:00, Mon, Wed, Fri, Sat" in text

        text = await tap_on_screen(bot, ada, "⏸ Pause 7 days", sid)
        assert "⏸ Paused until Mon 30 Nov" in text
        paused = await user_row(database_url, 8101)
        assert paused.next_nudge_at == datetime(2026, 12, 2, 6, 0, tzinfo=UTC), "Wed after it"
        assert "▶️ Not paused" in await tap_on_screen(bot, ada, "▶️ Resume", sid)

        assert "Pain tracking: off" in await tap_on_screen(bot, ada, "📊 Pain tracking", sid)
        assert "Weekly summary: off" in await tap_on_screen(bot, ada, "📬 Weekly summary", sid)
        await tap_on_screen(bot, ada, "🌍 Time zone", sid)
        assert "Time zone: Asia/Tokyo" in await tap_on_screen(bot, ada, "Asia/Tokyo", sid)
    user = await user_row(database_url, 8101)
    assert (user.remind_at.hour, user.weekly_goal, user.nudge_days) == (7, 3, 0b0110101)
    assert (user.pain_consent, user.weekly_summary, user.timezone) == (
        False,
        False,
        "Asia/Tokyo",
    )
    assert user.next_nudge_at is not None


async def test_a_double_tap_changes_nothing_twice(sqlite_url: str) -> None:
    async with running_bot(sqlite_url) as bot:
        ada = bot.person(8102)
        await onboard(bot, ada)
        await bot.send(ada.command("/settings"))
        sid = bot.last(ada).message_id
        off = ada.press_button(bot.api, "🔔 Reminders: on", sid)
        await bot.send(off)
        await bot.send(ada.press(str(off["callback_query"]["data"]), sid))  # type: ignore[index]
        assert "🔕 Reminders: off" in (bot.last_text(ada))
        assert len(bot.api.messages_to(ada.chat_id)) == sid, "no apology, no second message"
    assert (await user_row(sqlite_url, 8102)).reminders_enabled is False


async def test_no_reminders_at_onboarding_is_what_it_says_and_settings_agree(
    sqlite_url: str,
) -> None:
    async with running_bot(sqlite_url) as bot:
        ada = bot.person(8103)
        await onboard(bot, ada, remind="off")
        done = bot.last_text(ada)
        assert "reminders are off" in done
        assert "I'll remind you" not in done
        await bot.send(ada.command("/settings"))
        assert "🔕 Reminders: off" in bot.last_text(ada)
    assert (await user_row(sqlite_url, 8103)).next_nudge_at is None


async def test_after_remind_off_the_settings_say_reminders_are_off(sqlite_url: str) -> None:
    async with running_bot(sqlite_url) as bot:
        ada = bot.person(8104)
        await onboard(bot, ada)
        await bot.send(ada.command("/remind 8:15am"))
        await bot.send(ada.command("/remind off"))
        await bot.send(ada.command("/settings"))
        assert "🔕 Reminders: off" in bot.last_text(ada)
        assert "08:15" not in bot.last_text(ada)
        await bot.send(ada.command("/remind weekdays"))
        await bot.send(ada.command("/remind on"))
        await bot.send(ada.command("/settings"))
        assert "⏰ Reminder: 08:15, Monday to Friday" in bot.last_text(ada)


async def test_dropped_exercises_show_and_come_back_in_one_tap(sqlite_url: str) -> None:
    async with running_bot(sqlite_url) as bot:
        ada = bot.person(8105)
        await onboard(bot, ada)
        await bot.send(ada.command("/settings"))
        assert "♻️" not in " ".join(bot.labels(ada)), "nothing to restore yet"
    # Dropping is the routine's business; here it is stored the way "🗑 Drop it" stores it.
    await drop_exercise(sqlite_url, 8105, "neck_flexion")
    async with running_bot(sqlite_url) as bot:
        await bot.send(ada.command("/settings"))
        sid = bot.last(ada).message_id
        assert "left out: Neck Flexion" in bot.last_text(ada)
        text = await tap_on_screen(bot, ada, "♻️ Restore default routine", sid)
        assert "every exercise in" in text


async def test_settings_before_onboarding_asks_to_finish_setting_up(sqlite_url: str) -> None:
    async with running_bot(sqlite_url) as bot:
        ada = bot.person(8106)
        await bot.send(ada.command("/start"))
        await bot.send(ada.command("/settings"))
        assert "setting up" in bot.last_text(ada)


async def test_a_forged_settings_press_gets_a_toast_and_changes_nothing(sqlite_url: str) -> None:
    async with running_bot(sqlite_url) as bot:
        ada = bot.person(8107)
        await onboard(bot, ada)
        await bot.send(ada.command("/settings"))
        sid = bot.last(ada).message_id
        edits_before = len(bot.api.calls_of("editMessageText"))  # onboarding's retired answers
        for forged in ("pf:days:0", "pf:days:128", "pf:goal:4", "pf:at:2460", "pf:zz:1"):
            await bot.send(ada.press(forged, sid))
            answer = bot.api.calls_of("answerCallbackQuery")[-1]
            assert "no longer active" in str(answer.params.get("text"))
        assert len(bot.api.calls_of("editMessageText")) == edits_before
    user = await user_row(sqlite_url, 8107)
    assert (user.nudge_days, user.weekly_goal, user.remind_at.hour) == (127, 7, 9)
