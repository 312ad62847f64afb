"""Reusable user journeys for bot tests."""

from __future__ import annotations

from tests.fakes import TelegramUser
from tests.harness import BotHarness

SCREENING_QUESTIONS = 6


async def onboard(
    bot: BotHarness,
    person: TelegramUser,
    *,
    consent: bool = True,
    zone: str = "Europe/Berlin",
    remind: str = "09:00",
) -> None:
    """/start, answer 'no' to every red-flag question, consent, zone and reminder by buttons."""
    await bot.send(person.command("/start"))
    for index in range(SCREENING_QUESTIONS):
        await bot.tap(person, f"s:{index}:n")
    await bot.tap(person, "c:y" if consent else "c:n")
    await bot.tap(person, f"tz:{zone}")
    await bot.tap(person, f"rm:{remind.replace(':', '')}")
