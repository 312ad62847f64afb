"""Journeys for the growth tests: a /quick session, a feel answer, the toast it got."""

from __future__ import annotations

from collections.abc import Sequence

from tests.support.fakes import SentMessage, TelegramUser
from tests.support.harness import BotHarness

DONE = "✅ Done"
EASY, JUST_RIGHT, HARD, PAINFUL = "😌 Easy", "👍 Just right", "😮‍💨 Hard", "😣 Painful"
PSFS_OFFER = "🧩 One more minute?"
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
    return summary_text(bot, person)


def summary_text(bot: BotHarness, person: TelegramUser) -> str:
    """The session's summary: the newest message, or the one before the function check's
    offer that follows a session when the check is due (issue 19)."""
    texts = bot.texts(person)
    return next(text for text in reversed(texts) if not text.startswith(PSFS_OFFER))


async def feel(bot: BotHarness, person: TelegramUser, label: str) -> list[str]:
    """Answer "How did it feel?"; returns the texts sent in reply (announcements)."""
    sent = len(bot.texts(person))
    await bot.tap(person, label, feel_message(bot, person).message_id)
    return bot.texts(person)[sent:]


def feel_message(bot: BotHarness, person: TelegramUser) -> SentMessage:
    """The newest message asking "How did it feel?" (a function check's offer may follow it)."""
    return next(
        message
        for message in reversed(bot.api.messages_to(person.chat_id))
        if any(label == EASY for label, _ in message.buttons)
    )


def last_toast(bot: BotHarness) -> str:
    """The text of the newest callback answer."""
    return str(bot.api.calls_of("answerCallbackQuery")[-1].params.get("text", ""))
