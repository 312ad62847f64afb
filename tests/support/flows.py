"""Reusable user journeys for bot tests."""

from __future__ import annotations

from tests.support.fakes import TelegramUser
from tests.support.harness import BotHarness

SCREENING_ITEMS = 15
NONE_OF_THESE = "sc:0000:ok"


async def onboard(
    bot: BotHarness,
    person: TelegramUser,
    *,
    consent: bool = True,
    zone: str = "Europe/Berlin",
    remind: str = "09:00",
    goal: int = 7,
    band: bool = True,
) -> None:
    """/start, consent, "none of these" on the red-flag checklist, zone, weekly goal (7: nudges
    every day) and reminder by buttons, and the last question: a resistance band?"""
    await bot.send(person.command("/start"))
    await bot.tap(person, "c:y" if consent else "c:n")
    await bot.tap(person, NONE_OF_THESE)
    await bot.tap(person, f"tz:{zone}")
    await bot.tap(person, f"gl:{goal}")
    await bot.tap(person, f"rm:{remind.replace(':', '')}")
    await bot.tap(person, "bd:y" if band else "bd:n")


async def start_walk(
    bot: BotHarness,
    person: TelegramUser,
    pain: int = 5,
    *,
    routine: str = "/routine",
    consent: bool = True,
    zone: str = "Europe/Berlin",
) -> None:
    """Onboard, start a routine and rate the pain before it: the first exercise is on screen."""
    await onboard(bot, person, consent=consent, zone=zone)
    await bot.send(person.command(routine))
    await bot.tap(person, str(pain))
