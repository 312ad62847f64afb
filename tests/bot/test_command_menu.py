"""The command menu and the bot agree: every command the menu offers is one the bot handles."""

from __future__ import annotations

from bot.content import TextKey, load_catalog
from tests.support.flows import onboard
from tests.support.harness import running_bot


async def test_every_command_in_the_menu_gets_its_own_answer(sqlite_url: str) -> None:
    unknown = load_catalog().texts.render(TextKey.COMMON_UNKNOWN_COMMAND)
    async with running_bot(sqlite_url) as bot:
        ada = bot.person(7301)
        await onboard(bot, ada)
        english = next(
            call for call in bot.api.calls_of("setMyCommands") if "language_code" not in call.params
        )
        menu = [command["command"] for command in english.params["commands"]]
        answered: dict[str, list[str]] = {}
        for command in menu:
            before = len(bot.texts(ada))
            await bot.send(ada.command(f"/{command}"))
            answered[command] = bot.texts(ada)[before:]
    assert "routine" in menu
    assert "stats" not in menu, "the admins' command stays out of everyone's menu"
    silent = [command for command, replies in answered.items() if not replies]
    refused = [command for command, replies in answered.items() if unknown in replies]
    assert (silent, refused) == ([], [])
