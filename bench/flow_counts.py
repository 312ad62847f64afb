"""Count what a person does and receives in onboarding, a full routine and /quick.

Drives the real Application through the fake Bot API (tests/support), tapping the buttons the
bot really shows, and prints one row per flow: the person's taps and commands, then the bot's
new messages, edits and callback answers. Run it on two checkouts to compare them:

    .venv/bin/python -m bench.flow_counts
"""

from __future__ import annotations

import asyncio
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from tests.support.fakes import TelegramUser
from tests.support.harness import BotHarness, running_bot

NEW_MESSAGES = ("sendMessage", "sendAnimation")
EDITS = ("editMessageText", "editMessageCaption", "editMessageReplyMarkup")
MAX_STEPS = 40


@dataclass
class Counts:
    """One flow's numbers."""

    actions: int = 0
    messages: int = 0
    edits: int = 0
    answers: int = 0


class Driver:
    """Sends what a person would, counting each command and tap."""

    def __init__(self, bot: BotHarness, person: TelegramUser) -> None:
        self.bot, self.person, self.actions = bot, person, 0

    async def command(self, text: str) -> None:
        """Type a command."""
        self.actions += 1
        await self.bot.send(self.person.command(text))

    async def tap(self, label: str) -> None:
        """Tap a button the bot shows."""
        self.actions += 1
        await self.bot.tap(self.person, label)

    def shows(self, label: str) -> bool:
        """Whether the newest keyboard has a button starting with this label."""
        return any(shown.startswith(label) for shown in self.bot.labels(self.person))


async def onboard(driver: Driver) -> None:
    """/start, consent, no red flags, a zone, the weekly goal and a reminder time, then the band
    question: the goal and band questions only where the code asks them (so the same script
    counts older commits)."""
    await driver.command("/start")
    for label in ("c:y", "sc:0000:ok", "tz:Europe/Berlin"):
        await driver.tap(label)
    if driver.shows("5 days"):
        await driver.tap("gl:5")
    await driver.tap("rm:0900")
    if any("band" in text for text in driver.bot.texts(driver.person)[-1:]):
        await driver.tap("bd:y")


async def walk(driver: Driver, command: str) -> None:
    """Start a routine, rate pain 5, tap ✅ Done on every exercise, rate pain 3."""
    await driver.command(command)
    await driver.tap("5")
    for _ in range(MAX_STEPS):
        if not driver.shows("✅ Done"):
            break
        await driver.tap("✅ Done")
    await driver.tap("3")


def count(bot: BotHarness, actions: int) -> Counts:
    """What the bot sent since the log was cleared."""
    methods = Counter(call.method for call in bot.api.calls if call.ok)
    return Counts(
        actions=actions,
        messages=sum(methods[name] for name in NEW_MESSAGES),
        edits=sum(methods[name] for name in EDITS),
        answers=methods["answerCallbackQuery"],
    )


async def measure() -> dict[str, Counts]:
    """Onboarding, a full routine and /quick, each for its own fresh user."""
    results: dict[str, Counts] = {}
    with tempfile.TemporaryDirectory() as workdir:
        url = f"sqlite+aiosqlite:///{Path(workdir) / 'flows.sqlite3'}"
        async with running_bot(url) as bot:
            for number, flow in enumerate(("onboarding", "/routine", "/quick"), start=1):
                driver = Driver(bot, bot.person(9000 + number))
                if flow != "onboarding":
                    await onboard(driver)
                bot.api.clear()
                driver.actions = 0
                if flow == "onboarding":
                    await onboard(driver)
                else:
                    await walk(driver, flow)
                results[flow] = count(bot, driver.actions)
    return results


def main() -> None:
    """Print the table."""
    results = asyncio.run(measure())
    print("| flow | taps + commands | new messages | edits | callback answers |")
    print("|---|---|---|---|---|")
    for flow, row in results.items():
        print(f"| {flow} | {row.actions} | {row.messages} | {row.edits} | {row.answers} |")


if __name__ == "__main__":
    main()
