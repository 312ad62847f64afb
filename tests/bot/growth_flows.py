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
ROUTINE_DONE = (DONE,) * 7
"""Every exercise of the full routine done."""
CHAIR_HURTS = (DONE, DONE, *HURTS_MILD, DONE, DONE, DONE, DONE)
"""The full routine with Chair Rotation (its 3rd exercise) hurting, Mild."""
NECK_HURTS = (DONE, DONE, DONE, *HURTS_MILD, DONE, DONE, DONE)
"""The full routine with Neck Flexion (its 4th exercise) hurting, Mild."""


async def quick(
    bot: BotHarness,
    person: TelegramUser,
    *,
    before: int = 5,
    after: int = 3,
    taps: Sequence[str] = (DONE, DONE),
    command: str = "/quick",
) -> str:
    """A /quick session from the first rating to the summary; returns the summary's text.

    The 2-minute routine shows its own doses, so it moves no level: `routine` is the session
    whose ladder doses show and move.
    """
    await bot.send(person.command(command))
    await bot.tap(person, str(before))
    for label in taps:
        await bot.tap(person, label)
    await bot.tap(person, str(after))
    return summary_text(bot, person)


async def routine(
    bot: BotHarness, person: TelegramUser, *, taps: Sequence[str] = ROUTINE_DONE
) -> str:
    """A /routine session (the full routine, at the user's levels); returns the summary."""
    return await quick(bot, person, taps=taps, command="/routine")


def exercise_text(bot: BotHarness, person: TelegramUser, name: str) -> str:
    """The newest card of the exercise called `name`."""
    return next(text for text in reversed(bot.texts(person)) if f" · {name}\n" in text)


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
