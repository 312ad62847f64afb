"""Typing is forgiving: times, cities, UTC offsets and a shared location, through the real bot."""

from __future__ import annotations

import pytest

from tests.support.dbcheck import user_row
from tests.support.fakes import TelegramUser
from tests.support.flows import NONE_OF_THESE
from tests.support.harness import BotHarness, running_bot


async def to_zone_question(bot: BotHarness, person: TelegramUser) -> None:
    """/start, consent, a clear screen: the zone question is on screen."""
    await bot.send(person.command("/start"))
    await bot.tap(person, "c:y")
    await bot.tap(person, NONE_OF_THESE)


async def to_time_question(bot: BotHarness, person: TelegramUser) -> None:
    """Up to the reminder-time question (zone Berlin, goal 5)."""
    await to_zone_question(bot, person)
    await bot.tap(person, "tz:Europe/Berlin")
    await bot.tap(person, "5 days")


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("9", "09:00"),
        ("9am", "09:00"),
        ("7pm", "19:00"),
        ("19h", "19:00"),
        ("19.30", "19:30"),
        ("7:30 pm", "19:30"),
        ("noon", "12:00"),
    ],
)
async def test_a_time_typed_as_people_write_it_sets_the_reminder(
    sqlite_url: str, typed: str, stored: str
) -> None:
    async with running_bot(sqlite_url) as bot:
        ada = bot.person(8201)
        await to_time_question(bot, ada)
        await bot.send(ada.text(typed))
        await bot.tap(ada, "bd:y")  # the last onboarding question: a resistance band
        assert f"I'll remind you at {stored} on Monday to Friday" in bot.last_text(ada)
    user = await user_row(sqlite_url, 8201)
    assert (f"{user.remind_at:%H:%M}", user.onboarding_step) == (stored, "done")


async def test_an_unreadable_time_gets_an_example_and_changes_nothing(sqlite_url: str) -> None:
    async with running_bot(sqlite_url) as bot:
        ada = bot.person(8202)
        await to_time_question(bot, ada)
        assert "07:00" in bot.labels(ada), "a grid of common times"
        await bot.send(ada.text("whenever"))
        assert "Try 7:30, 7pm or 19h" in bot.last_text(ada)
        await bot.send(ada.text("25:00"))
        assert "Try 7:30, 7pm or 19h" in bot.last_text(ada)
    assert (await user_row(sqlite_url, 8202)).onboarding_step == "remind"


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("Berlin", "Europe/Berlin"),
        ("new york", "America/New_York"),
        ("São Paulo", "America/Sao_Paulo"),
        ("europe/paris", "Europe/Paris"),
        ("Москва", "Europe/Moscow"),
        ("Nueva York", "America/New_York"),
    ],
)
async def test_a_city_name_sets_the_zone(sqlite_url: str, typed: str, zone: str) -> None:
    async with running_bot(sqlite_url) as bot:
        ada = bot.person(8203)
        await to_zone_question(bot, ada)
        await bot.send(ada.text(typed))
        assert f"Time zone set to {zone}" in bot.texts(ada)[-2]
        assert "How many days a week" in bot.last_text(ada)
    assert (await user_row(sqlite_url, 8203)).timezone == zone


async def test_a_misspelt_city_gets_a_did_you_mean_button(sqlite_url: str) -> None:
    async with running_bot(sqlite_url) as bot:
        ada = bot.person(8204)
        await to_zone_question(bot, ada)
        await bot.send(ada.text("Berln"))
        assert "Did you mean" in bot.last_text(ada)
        assert "Europe/Berlin" in bot.labels(ada)
        assert (await user_row(sqlite_url, 8204)).timezone == "UTC", "nothing set yet"
        await bot.tap(ada, "Europe/Berlin")
    assert (await user_row(sqlite_url, 8204)).timezone == "Europe/Berlin"


async def test_a_utc_offset_suggests_zones_and_says_why(sqlite_url: str) -> None:
    async with running_bot(sqlite_url) as bot:
        ada = bot.person(8205)
        await to_zone_question(bot, ada)
        await bot.send(ada.text("UTC+2"))
        said = bot.last_text(ada)
        assert "UTC+2 is a fixed offset" in said
        assert "daylight saving" in said
        # 24 November: Berlin is on UTC+1, so UTC+2 means Cairo, Helsinki, Kyiv and the like.
        labels = bot.labels(ada)
        assert "Europe/Berlin" not in labels
        assert "Etc/GMT-2" in labels, "the fixed zone too, for those who want it"
        assert any(label.startswith(("Africa/", "Europe/", "Asia/")) for label in labels)
        await bot.send(ada.text("GMT-5"))
        assert "UTC-5 is a fixed offset" in bot.last_text(ada)
        assert "America/New_York" in bot.labels(ada)
        await bot.tap(ada, "America/New_York")
    assert (await user_row(sqlite_url, 8205)).timezone == "America/New_York"


async def test_a_shared_location_sets_the_zone_and_takes_the_keyboard_away(
    database_url: str,
) -> None:
    async with running_bot(database_url) as bot:
        ada = bot.person(8206)
        await to_zone_question(bot, ada)
        asked = bot.api.messages_to(ada.chat_id)[-2]
        keys = (asked.reply_markup or {}).get("keyboard")
        assert keys == [[{"text": "📍 Share location", "request_location": True}]]
        await bot.send(ada.location(52.52, 13.405))
        set_message = bot.api.messages_to(ada.chat_id)[-2]
        assert "Time zone set to Europe/Berlin" in (set_message.text or "")
        assert (set_message.reply_markup or {}).get("remove_keyboard") is True
        assert "How many days a week" in bot.last_text(ada)
    assert (await user_row(database_url, 8206)).timezone == "Europe/Berlin"


async def test_a_location_from_settings_moves_the_zone(sqlite_url: str) -> None:
    async with running_bot(sqlite_url) as bot:
        ada = bot.person(8207)
        await to_time_question(bot, ada)
        await bot.tap(ada, "09:00")
        await bot.tap(ada, "bd:y")
        await bot.send(ada.command("/settings"))
        await bot.tap(ada, "🌍 Time zone")
        await bot.tap(ada, "📍 Use my location")
        keys = (bot.last(ada).reply_markup or {}).get("keyboard")
        assert keys == [[{"text": "📍 Share location", "request_location": True}]]
        await bot.send(ada.location(35.68, 139.69))
        note = bot.api.messages_to(ada.chat_id)[-2]
        assert "Time zone set to Asia/Tokyo" in (note.text or "")
        assert (note.reply_markup or {}).get("remove_keyboard") is True
        assert "🌍 Time zone: Asia/Tokyo" in bot.last_text(ada), "and the settings, up to date"
    assert (await user_row(sqlite_url, 8207)).timezone == "Asia/Tokyo"
