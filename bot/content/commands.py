"""The command menu's descriptions, per language: the [commands] table of texts.toml.

English must describe every command of the menu. Another language's table is optional as a
whole (its people then see the English menu, which Telegram shows to every language without its
own), but when present it must describe exactly the English commands.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from bot.content.errors import ContentError

COMMANDS_SECTION = "commands"
# Telegram's limits for setMyCommands: names 1-32 of a-z, 0-9, _; descriptions 1-256 characters.
_NAME = re.compile(r"[a-z0-9_]{1,32}")
MAX_DESCRIPTION = 256


def parse_commands(raw: Mapping[str, object], source: str) -> Mapping[str, str]:
    """The [commands] table as name -> description, in file order; raises ContentError."""
    table = raw.get(COMMANDS_SECTION, {})
    if not isinstance(table, dict):
        raise ContentError([f"{source}: {COMMANDS_SECTION}: expected a [{COMMANDS_SECTION}] table"])
    problems = []
    for name, description in table.items():
        where = f"{source}: {COMMANDS_SECTION}.{name}"
        if not _NAME.fullmatch(name):
            problems.append(f"{where}: a command is 1-32 of a-z, 0-9 and _")
        if not isinstance(description, str) or not 0 < len(description.strip()) <= MAX_DESCRIPTION:
            problems.append(f"{where}: must be a description of 1-{MAX_DESCRIPTION} characters")
    if problems:
        raise ContentError(problems)
    return MappingProxyType({name: str(text) for name, text in table.items()})


def command_problems(
    english: Mapping[str, str], translated: Mapping[str, str], source: str
) -> list[str]:
    """A translated menu, when given, describes exactly the English commands."""
    if not translated:
        return []
    return [
        f"{source}: {COMMANDS_SECTION}.{name}: missing description"
        for name in english
        if name not in translated
    ] + [
        f"{source}: {COMMANDS_SECTION}.{name}: not an English command"
        for name in translated
        if name not in english
    ]
