"""The command menu's descriptions, per language: the command-* messages of texts.ftl.

`command-routine = Start or resume today's routine` describes /routine (a `-` in the id is a
`_` in the command). The menu shows English's commands in the order of its file (a test keeps
them equal to the commands the bot handles). Another language's descriptions are optional as a
whole (its people then see the English menu, which Telegram shows to every language without its
own), but when present they must describe exactly the English commands, in its own order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType

from fluent.syntax import ast

COMMAND_PREFIX = "command-"
# Telegram's limits for setMyCommands: names 1-32 of a-z, 0-9, _; descriptions 1-256 characters.
_NAME = re.compile(r"[a-z0-9_]{1,32}")
MAX_DESCRIPTION = 256


def _plain_text(message: ast.Message) -> str | None:
    """The description as written, or None when it has placeholders or selects."""
    if message.value is None:
        return None
    parts = []
    for element in message.value.elements:
        if isinstance(element, ast.TextElement):
            parts.append(element.value)
        elif isinstance(element.expression, ast.StringLiteral):
            parts.append(element.expression.parse()["value"])
        else:
            return None
    return "".join(parts)


def parse_commands(messages: Iterable[ast.Message]) -> tuple[Mapping[str, str], list[str]]:
    """The command-* messages as name -> description, in file order, and what is wrong."""
    commands: dict[str, str] = {}
    problems = []
    for message in messages:
        where = message.id.name
        written = where.removeprefix(COMMAND_PREFIX)
        name = written.replace("-", "_")
        if not _NAME.fullmatch(name) or "_" in written:
            problems.append(f"{where}: a command is 1-32 of a-z, 0-9 and -")
            continue
        description = (_plain_text(message) or "").strip()
        if not 0 < len(description) <= MAX_DESCRIPTION:
            problems.append(
                f"{where}: must be a plain description of 1-{MAX_DESCRIPTION} characters"
            )
        else:
            commands[name] = description
    return MappingProxyType(commands), problems


def command_problems(
    english: Mapping[str, str], translated: Mapping[str, str], source: str
) -> list[str]:
    """A translated menu, when given, describes exactly the English commands."""
    if not translated:
        return []
    return [
        f"{source}: {_id(name)}: missing description" for name in english if name not in translated
    ] + [
        f"{source}: {_id(name)}: not an English command"
        for name in translated
        if name not in english
    ]


def _id(name: str) -> str:
    """The message id of a command: routine -> command-routine."""
    return COMMAND_PREFIX + name.replace("_", "-")
