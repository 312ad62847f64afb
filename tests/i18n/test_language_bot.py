"""Through the real Application: Telegram's language first; /language wins, even after a restart."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from tests.i18n.marked import GERMAN_NAME, MARK, marked_content
from tests.support.dbcheck import user_row
from tests.support.fakes import TelegramUser, UpdateFactory
from tests.support.flows import onboard
from tests.support.harness import BotHarness, running_bot


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return marked_content(tmp_path)


def _speaking(bot: BotHarness, user_id: int, language_code: str | None) -> TelegramUser:
    person = bot.person(user_id)
    person.language_code = language_code
    return person


@pytest.mark.parametrize(
    ("language_code", "german"),
    [
        ("de", True),
        ("de-AT", True),
        ("DE_ch", True),
        ("pt", False),
        ("en-GB", False),
        (None, False),
    ],
)
async def test_first_contact_speaks_telegrams_language_or_english(
    database_url: str, content: Path, language_code: str | None, german: bool
) -> None:
    async with running_bot(database_url, content_dir=content) as bot:
        ada = _speaking(bot, 1801, language_code)
        await bot.send(ada.command("/start"))
        welcome = bot.texts(ada)[0]
        assert welcome.startswith(f"{MARK}Hi Ada") == german
        assert welcome.startswith("Hi Ada") != german


async def test_a_german_onboarding_leaks_no_english(database_url: str, content: Path) -> None:
    async with running_bot(database_url, content_dir=content) as bot:
        ada = _speaking(bot, 1802, "de-AT")
        await onboard(bot, ada)
        await bot.send(ada.command("/routine"))
        await bot.send(ada.text("fünf"))  # the German number words rate the pain
        sent = bot.api.messages_to(ada.chat_id)
        assert len(sent) >= 8
        for message in sent:
            text = message.text or message.caption or ""
            assert text.startswith(MARK) or f"\n{MARK}" in text or MARK in text, text
            for label, _ in message.buttons:
                assert MARK in label or label.isdigit() or ":" in label, label
        assert "·" in bot.last_text(ada), "the first exercise, in German"


async def test_language_choice_is_stored_and_survives_a_restart(
    database_url: str, content: Path
) -> None:
    ada = UpdateFactory().user(1803, "Ada", "en")  # one factory: update ids go on after a restart
    async with running_bot(database_url, content_dir=content) as bot:
        await onboard(bot, ada)
        await bot.send(ada.command("/language"))
        assert bot.last_text(ada) == "🌐 English"
        assert bot.labels(ada) == ["✓ English", GERMAN_NAME]
        await bot.tap(ada, GERMAN_NAME)
        screen = bot.last(ada)
        assert (screen.text or "").startswith(MARK), "the screen comes back in German"
        assert ("✓ " + GERMAN_NAME) in [label for label, _ in screen.buttons]
    assert (await user_row(database_url, 1803)).language == "de"
    async with running_bot(database_url, content_dir=content) as bot:
        await bot.send(ada.command("/help"))
        assert bot.last_text(ada).startswith(MARK), "the stored choice wins over language_code"
        await bot.send(ada.command("/settings"))
        labels = [label for label, _ in bot.last(ada).buttons]
        assert labels[-2:] == ["English", f"✓ {GERMAN_NAME}"], "the /settings language row"
        await bot.tap(ada, "English")
        assert not bot.last_text(ada).startswith(MARK)
    assert (await user_row(database_url, 1803)).language == "en"


async def test_each_language_gets_its_own_command_menu(database_url: str, content: Path) -> None:
    async with running_bot(database_url, content_dir=content) as bot:
        menus = bot.api.state.commands
        default = menus['[{"type": "default"}, ""]']
        german = menus['[{"type": "default"}, "de"]']
    assert {"command": "routine", "description": "Start or resume today's routine"} in default
    assert [item["command"] for item in german] == [item["command"] for item in default]
    assert all(item["description"].startswith(MARK) for item in german)


async def test_a_nudge_goes_out_in_the_stored_language(database_url: str, content: Path) -> None:
    async with running_bot(database_url, content_dir=content) as bot:
        ada = _speaking(bot, 1804, "en")
        await onboard(bot, ada)
        await bot.send(ada.command("/language"))
        await bot.tap(ada, GERMAN_NAME)
        bot.clock.advance(timedelta(days=1, minutes=1))
        assert await bot.tick() == 1
        assert bot.last_text(ada).startswith(MARK), "jobs read the stored language"


async def test_a_nudge_speaks_telegrams_language_when_none_was_chosen(
    database_url: str, content: Path
) -> None:
    async with running_bot(database_url, content_dir=content) as bot:
        ada = _speaking(bot, 1805, "de-AT")
        await onboard(bot, ada)
        assert bot.last_text(ada).startswith(MARK), "onboarding in Telegram's language"
        bot.clock.advance(timedelta(days=1, minutes=1))
        assert await bot.tick() == 1
        assert bot.last_text(ada).startswith(MARK), "the nudge too, without /language"
    user = await user_row(database_url, 1805)
    assert (user.language, user.telegram_language) == (None, "de")
