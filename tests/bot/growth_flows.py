"""Journeys for the growth tests: a /quick session, a feel answer, the toast it got."""

from __future__ import annotations

from collections.abc import Sequence

from tests.support.fakes import TelegramUser
from tests.support.harness import BotHarness

DONE = "✅ Done"
EASY, JUST_RIGHT, HARD, PAINFUL = "😌 Easy", "👍 Just right", "😮‍💨 Hard", "😣 Painful"
HURTS_MILD = ("😣 Hurts", "Mild", DONE)
"""Hurts on the exercise on screen, Mild, then the gentler version done."""


async def quick(
    bot: BotHarness,
    person: TelegramUser,
    *,
    before: int = 5,
    after: int = 3,
    taps: Sequence[str] = (DONE, DONE),
) -> str:
    """A /quick session from the first rating to the summary; returns the summary's text."""
    await bot.send(person.command("/quick"))
    await bot.tap(person, str(before))
    for label in taps:
        await bot.tap(person, label)
    await bot.tap(person, str(after))
    return bot.last_text(person)


async def feel(bot: BotHarness, person: TelegramUser, label: str) -> list[str]:
    """Answer "How did it feel?"; returns the texts sent in reply (announcements)."""
    sent = len(bot.texts(person))
    await bot.tap(person, label)
    return bot.texts(person)[sent:]


def last_toast(bot: BotHarness) -> str:
    """The text of the newest callback answer."""
    return str(bot.api.calls_of("answerCallbackQuery")[-1].params.get("text", ""))
