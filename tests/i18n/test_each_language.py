"""A full onboarding and a whole routine in each shipped language, through the real
Application: everything sent must be in that language, with no English text leaking."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from bot.content import Catalog, TextKey
from bot.content.languages import load_languages
from bot.i18n.dates import long_day
from tests.bot.test_timer import tap_ending
from tests.i18n.test_languages import SHIPPED
from tests.support.fakes import UpdateFactory
from tests.support.harness import BotHarness, running_bot

ONBOARDING = ("c:y", "sc:0000:ok", "tz:Europe/Berlin", "gl:5", "rm:0900", "bd:y")
TELEGRAM_CODES = {"es": "es-MX", "de": "de-AT", "ru": "ru"}
SHORTEST_LEAK = 12  # shorter English pieces ("Ada", "09:00", "/routine") are not words


def english_pieces(english: Catalog) -> set[str]:
    """Every English piece of text long enough to be words: none may reach another language."""
    pieces: set[str] = set()
    for key in TextKey:
        # The text runs of each message, split at placeholders, selects and line breaks.
        pieces |= {line.strip() for run in english.texts.literals(key) for line in run.split("\n")}
    for exercise in english.exercises.values():
        pieces |= {exercise.why, *exercise.steps}
    pieces |= {question.question for question in english.screening}
    words = {
        piece
        for piece in pieces
        if len(piece) >= SHORTEST_LEAK and any(letter.isalpha() for letter in piece)
    }
    return words | {exercise.name for exercise in english.exercises.values()}


def test_the_leak_check_finds_english() -> None:
    english = load_languages().english
    pieces = english_pieces(english)
    welcome = english.texts.render(TextKey.ONBOARDING_WELCOME, first_name="Ada")
    assert any(piece in welcome for piece in pieces)
    assert english.exercises["wall_angels"].name in pieces


async def onboarding_transcript(bot: BotHarness, code: str, *, whole: bool = False) -> list[str]:
    """/start, the whole onboarding by its buttons, /routine, a pain rating (and with `whole`,
    every exercise done, the last rating and the summary): what was read."""
    person = UpdateFactory().user(1850, "Ada", TELEGRAM_CODES.get(code, code))
    await bot.send(person.command("/start"))
    for data in ONBOARDING:
        await bot.tap(person, data)
    await bot.send(person.command("/routine"))
    await bot.tap(person, "5")
    while whole and any(data.endswith(":done") for _, data in bot.last(person).buttons):
        await tap_ending(bot, person, ":done")
    if whole:
        await bot.tap(person, "3")
    lines = []
    for message in bot.api.messages_to(person.chat_id):
        lines.append(message.text or message.caption or "")
        lines.extend(f"  [{label}]" for label, _ in message.buttons)
    return lines


@pytest.mark.parametrize("code", SHIPPED)
async def test_onboarding_and_a_whole_routine_speak_the_language(
    database_url: str, code: str
) -> None:
    languages = load_languages()
    leaks = english_pieces(languages.english)
    async with running_bot(database_url) as bot:
        transcript = await onboarding_transcript(bot, code, whole=True)
    read = "\n".join(transcript)
    catalog = languages.catalogs[code]
    for exercise in catalog.routine_exercises("full"):
        assert exercise.name in read, f"{exercise.id} is on screen, in the language"
    assert catalog.routines["full"].title in read, "the summary names the routine"
    english_day = re.search(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d\d:\d\d", read)
    assert english_day is None, "the next reminder's weekday is in the language"
    found = sorted(leak for leak in leaks if leak in read)
    assert found == [], f"English leaked into {code}: {found}"


RED_FLAGS = {"es": "me duele el pecho", "de": "brust schmerzen", "ru": "болит в груди"}
FIVE = {"es": "cinco", "de": "fünf", "ru": "пять"}


@pytest.mark.parametrize("code", [code for code in SHIPPED if code in RED_FLAGS])
async def test_typed_red_flags_and_ratings_in_each_language(database_url: str, code: str) -> None:
    catalog = load_languages().catalogs[code]
    emergency = catalog.texts.render(TextKey.ROUTINE_EMERGENCY).split("\n")[0]
    async with running_bot(database_url) as bot:
        rater = UpdateFactory().user(1851, "Ada", TELEGRAM_CODES[code])
        await bot.send(rater.command("/start"))
        for data in ONBOARDING:
            await bot.tap(rater, data)
        await bot.send(rater.command("/routine"))
        await bot.send(rater.text(FIVE[code]))
        first = catalog.routine_exercises("full")[0]
        assert first.name in bot.last_text(rater), "the typed number word rated the pain"
        await bot.send(rater.text(RED_FLAGS[code]))
        assert emergency in "\n".join(bot.texts(rater)[-3:])


@pytest.mark.parametrize("code", SHIPPED)
async def test_dates_are_written_the_languages_way(database_url: str, code: str) -> None:
    async with running_bot(database_url) as bot:
        ada = UpdateFactory().user(1852, "Ada", TELEGRAM_CODES.get(code, code))
        await bot.send(ada.command("/start"))
        for data in ONBOARDING:
            await bot.tap(ada, data)
        await bot.send(ada.command("/pause 3"))
        until = bot.clock.now.date() + timedelta(days=2)  # 3 days: today and two more
        assert long_day(until, code) in bot.last_text(ada)
        assert long_day(until, code) != long_day(until, "en")
