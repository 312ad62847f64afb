"""CLDR plural tables in texts.toml: `{ plural = "days", one = "...", other = "..." }`.

Babel holds the CLDR rules (which form 1, 2, 5 and 21 take in each language), so the content
gives every form of its language and code never hand-rolls a plural rule.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from types import MappingProxyType

from babel import Locale
from babel.plural import PluralRule

PLURAL_FIELD = "plural"


@dataclass(frozen=True, slots=True)
class Plural:
    """One text in every plural form; `placeholder` names the value that picks the form."""

    placeholder: str
    forms: Mapping[str, str]


@cache
def _rule(language: str) -> PluralRule:
    """The CLDR plural rule of a language, e.g. "ru" -> one/few/many/other."""
    return Locale.parse(language).plural_form


@cache
def plural_categories(language: str) -> frozenset[str]:
    """The forms a plural table of this language must give, exactly."""
    return frozenset(_rule(language).tags) | {"other"}


def plural_form(language: str, value: object) -> str:
    """The CLDR category of a number ("1", 21, 2.5) in a language; non-numbers take "other"."""
    try:
        number = value if isinstance(value, int | float | Decimal) else Decimal(str(value))
    except InvalidOperation:
        return "other"
    return str(_rule(language)(number))


def parse_plural(raw: Mapping[str, object], language: str) -> tuple[Plural | None, list[str]]:
    """A plural table from TOML, or None and what is wrong with it."""
    placeholder = raw.get(PLURAL_FIELD)
    problems = []
    if not isinstance(placeholder, str) or not placeholder:
        problems.append(f"needs '{PLURAL_FIELD} = \"<placeholder>\"' naming the counted value")
    forms = {name: text for name, text in raw.items() if name != PLURAL_FIELD}
    wanted = plural_categories(language)
    if set(forms) != wanted:
        problems.append(
            f"plural forms must be exactly {', '.join(sorted(wanted))} for '{language}' "
            f"(found {', '.join(sorted(forms)) or 'none'})"
        )
    problems.extend(
        f"{name}: must be a string" for name, text in forms.items() if not isinstance(text, str)
    )
    if problems or not isinstance(placeholder, str):
        return None, problems
    return Plural(placeholder, MappingProxyType({k: str(v) for k, v in forms.items()})), []
