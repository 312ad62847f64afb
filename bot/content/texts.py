"""User-facing texts: one Fluent file per language, checked at load time so rendering never
surprises a user.

Each language's texts.ftl is parsed with fluent.syntax and checked (bot/content/fluent_checks.py),
then rendered by a fluent.runtime FluentBundle without bidi isolation marks, which Telegram
would show. A value a message selects on (a count) reaches Fluent as a number, so the variant
follows the CLDR plural rules of the language; every other value is shown exactly as str()
writes it, so no year or count gains thousands separators.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from fluent.runtime import FluentBundle
from fluent.runtime.resolver import MAX_PART_LENGTH
from fluent.runtime.types import fluent_number
from fluent.syntax import FluentParser, ast
from pydantic import BaseModel, ConfigDict, field_validator

from bot.content.commands import COMMAND_PREFIX, parse_commands
from bot.content.errors import ContentError
from bot.content.fluent_checks import (
    expression_problems,
    junk_ids,
    junk_problems,
    line_of,
    literal_texts,
    placeholder_list,
    selector_names,
    variable_names,
)
from bot.content.text_keys import TextKey, allowed_placeholders

# A count given as text ("21"), as the start-up checks pass their worst cases.
_WHOLE_NUMBER = re.compile(r"-?(0|[1-9][0-9]*)")


class TextRenderError(RuntimeError):
    """Fluent could not format a message: a bug, so nothing half-formatted is ever sent."""


class Texts(BaseModel):
    """Every text of one language by key; render() fills in the placeholders."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    # The language's code ("en", "ru"): Fluent picks plural variants by its CLDR rules.
    language: str
    bundle: FluentBundle
    messages: Mapping[TextKey, ast.Message]
    # The command menu's descriptions, name -> text, from the command-* messages in file order.
    commands: Mapping[str, str]
    # Per text: the placeholders it uses, and those it selects on (counts, passed as numbers).
    used: Mapping[TextKey, frozenset[str]]
    counted: Mapping[TextKey, frozenset[str]]

    @field_validator("messages", "commands", "used", "counted", mode="after")
    @classmethod
    def _read_only(cls, items: Mapping[object, object]) -> Mapping[object, object]:
        """Keep the loaded texts immutable for the lifetime of the process."""
        return MappingProxyType(dict(items))

    def render(self, key: TextKey, /, **values: object) -> str:
        """Fill in a text; a missing value raises KeyError because it is a programming bug."""
        missing = self.used[key] - values.keys()
        if missing:
            raise KeyError(f"{key}: no value for {', '.join(sorted(missing))}")
        counted = self.counted[key]
        arguments = {name: _argument(value, name in counted) for name, value in values.items()}
        for name, value in arguments.items():
            if isinstance(value, str) and len(value) > MAX_PART_LENGTH:
                raise TextRenderError(
                    f"{self.language}: {key}: the value of {name} has {len(value)} characters; "
                    f"Fluent fills in at most {MAX_PART_LENGTH}"
                )
        pattern = self.bundle.get_message(key.value).value
        if pattern is None:
            raise TextRenderError(f"{self.language}: {key}: the message has no text")
        text, errors = self.bundle.format_pattern(pattern, arguments)
        if errors or not isinstance(text, str):
            raise TextRenderError(f"{self.language}: {key}: {'; '.join(map(str, errors))}")
        return text

    def placeholders(self, key: TextKey) -> frozenset[str]:
        """The { $placeholders } a text uses, in any of its variants."""
        return self.used[key]

    def literals(self, key: TextKey) -> tuple[str, ...]:
        """The text runs of a message, every variant's included: its words without values."""
        return tuple(literal_texts(self.messages[key].value or ast.Pattern([])))


def _argument(value: object, counted: bool) -> object:
    """A whole-number count as a Fluent number (CLDR picks the variant); anything else as text.

    A count that is not whole (2.5) is shown as written and takes *[other], as CLDR gives
    fractions in every shipped language; a bool is a bug, never "True days".
    """
    if counted and isinstance(value, bool):
        raise TypeError(f"a count must be a number, not {value!r}")
    if counted:
        if isinstance(value, str) and _WHOLE_NUMBER.fullmatch(value):
            value = int(value)
        if isinstance(value, int):
            return fluent_number(value, useGrouping=False)
    return value if isinstance(value, str) else str(value)


def _message_problems(key: TextKey, message: ast.Message, language: str) -> list[str]:
    """A text has a value, no attributes, and uses only what the bot fills in for its key."""
    if message.value is None:
        return [f"{key}: must have a text, not only attributes"]
    problems = [f"{key}: {problem}" for problem in expression_problems(message.value, language)]
    if message.attributes:
        problems.append(f"{key}: attributes (.{message.attributes[0].id.name}) are not used")
    allowed = allowed_placeholders(key)
    problems.extend(
        f"{key}: placeholder {{ ${name} }} is not allowed here "
        f"(allowed: {placeholder_list(allowed)})"
        for name in sorted(variable_names(message.value) - allowed)
    )
    return problems


def _line(text: str, entry: ast.Message | ast.Term) -> str:
    """The "line 12" where an entry starts, counted only when there is a problem to report."""
    return f"line {line_of(text, entry.span.start) if entry.span is not None else 0}"


def parse_texts(text: str, source: str, language: str = "en") -> Texts:
    """Check a texts.ftl against TextKey and build Texts; raises ContentError on any problem."""
    resource = FluentParser().parse(text)
    problems = list(junk_problems(resource, text))
    known = {key.value: key for key in TextKey}
    messages: dict[TextKey, ast.Message] = {}
    commands: list[ast.Message] = []
    seen: set[str] = set()
    for entry in resource.body:
        if not isinstance(entry, ast.Message | ast.Term):
            continue
        name = entry.id.name
        key = known.get(name)
        if isinstance(entry, ast.Term):
            problems.append(f"{_line(text, entry)}: -{name}: terms are not used; write the words")
            continue
        if name in seen:
            problems.append(f"{_line(text, entry)}: {name}: defined twice")
        elif name.startswith(COMMAND_PREFIX):
            commands.append(entry)
        elif key is None:
            problems.append(f"{_line(text, entry)}: {name}: unknown text key")
        else:
            messages[key] = entry
            problems.extend(_message_problems(key, entry, language))
        seen.add(name)
    lost = junk_ids(resource)
    problems.extend(
        f"{key}: missing text" for key in TextKey if key not in messages and key not in lost
    )
    menu, wrong = parse_commands(commands)
    problems.extend(wrong)
    if problems:
        raise ContentError([f"{source}: {problem}" for problem in problems])
    bundle = FluentBundle([language], use_isolating=False)
    bundle.add_resource(resource)  # each message is compiled on its first use, in microseconds
    patterns = {key: message.value or ast.Pattern([]) for key, message in messages.items()}
    return Texts(
        language=language,
        bundle=bundle,
        messages=messages,
        commands=menu,
        used={key: variable_names(pattern) for key, pattern in patterns.items()},
        counted={key: selector_names(pattern) for key, pattern in patterns.items()},
    )
