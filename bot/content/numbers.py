"""Number words typed as pain ratings (content/numbers.toml): word -> value, per language."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from bot.content.errors import ContentError

NUMBERS_FILE = "numbers.toml"
REQUIRED_NUMBERS = tuple(str(value) for value in range(11))
# Beyond the scale: optional, so "eleven" can be answered with a reminder of the scale.
OPTIONAL_NUMBERS = ("11", "12")


def parse_numbers(raw: Mapping[str, object], source: str) -> Mapping[str, int]:
    """Check the [numbers] table and build the word -> value map; raises ContentError."""
    table = raw.get("numbers")
    extra = [
        f"{source}: {name}: unknown table (only [numbers])" for name in raw if name != "numbers"
    ]
    if not isinstance(table, dict):
        raise ContentError([*extra, f"{source}: numbers: missing [numbers] table"])
    problems = list(extra)
    words: dict[str, int] = {}
    for key, value in table.items():
        where = f"{source}: numbers.{key}"
        if key not in REQUIRED_NUMBERS + OPTIONAL_NUMBERS:
            problems.append(f'{where}: unknown number (use "0" to "10")')
            continue
        if not isinstance(value, list) or not value:
            problems.append(f"{where}: must be a non-empty list of words")
            continue
        for word in value:
            if not isinstance(word, str) or not word.strip() or word != word.strip().lower():
                problems.append(f"{where}: {word!r} must be a trimmed lower-case word")
            elif words.get(word, int(key)) != int(key):
                problems.append(f"{where}: {word!r} already means {words[word]}")
            else:
                words[word] = int(key)
    problems.extend(
        f"{source}: numbers.{key}: missing number" for key in REQUIRED_NUMBERS if key not in table
    )
    if problems:
        raise ContentError(problems)
    return MappingProxyType(words)
