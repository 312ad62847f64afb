"""User-facing texts: checked once at load time so rendering can never surprise a user."""

from __future__ import annotations

import string
from collections.abc import Mapping
from types import MappingProxyType

from pydantic import BaseModel, ConfigDict, field_validator

from bot.content.commands import COMMANDS_SECTION
from bot.content.errors import ContentError
from bot.content.plurals import Plural, parse_plural, plural_form
from bot.content.text_keys import TextKey, allowed_placeholders


class Texts(BaseModel):
    """Every text template by key; render() fills in the placeholders."""

    model_config = ConfigDict(frozen=True)

    templates: Mapping[TextKey, str | Plural]
    # The language's code ("en", "ru"): picks the CLDR plural form of plural tables.
    language: str = "en"

    @field_validator("templates", mode="after")
    @classmethod
    def _read_only(
        cls, templates: Mapping[TextKey, str | Plural]
    ) -> Mapping[TextKey, str | Plural]:
        """Keep the loaded texts immutable for the lifetime of the process."""
        return MappingProxyType(dict(templates))

    def render(self, key: TextKey, /, **values: object) -> str:
        """Fill in a text; a missing value raises KeyError because it is a programming bug."""
        template = self.templates[key]
        if isinstance(template, Plural):
            counted = values[template.placeholder]
            template = template.forms[plural_form(self.language, counted)]
        return template.format_map(values)

    def forms(self, key: TextKey) -> tuple[str, ...]:
        """Every template string of a key: one, or each plural form."""
        template = self.templates[key]
        return tuple(template.forms.values()) if isinstance(template, Plural) else (template,)


def template_placeholders(template: str) -> list[str]:
    """Names of the {placeholders} a template uses; raises ValueError on broken braces."""
    names = []
    for _literal, field_name, format_spec, _conversion in string.Formatter().parse(template):
        if field_name is not None:
            names.append(field_name)
        if format_spec:
            names.extend(template_placeholders(format_spec))
    return names


def _template_problems(key: TextKey, template: str) -> list[str]:
    """What is wrong with one template: blank, stray whitespace, broken or forbidden fields."""
    if not template.strip():
        return [f"{key}: must not be empty"]
    problems = []
    if template != template.strip():
        problems.append(f"{key}: has leading or trailing whitespace")
    try:
        used = template_placeholders(template)
    except ValueError as error:
        return [
            *problems,
            f"{key}: broken placeholder braces ({error}); write {{{{ for a literal brace",
        ]
    allowed = allowed_placeholders(key)
    allowed_list = ", ".join(f"{{{name}}}" for name in sorted(allowed)) or "none"
    for name in used:
        if name not in allowed:
            problems.append(
                f"{key}: placeholder {{{name}}} is not allowed here (allowed: {allowed_list})"
            )
    return problems


def _plural_problems(key: TextKey, plural: Plural) -> list[str]:
    """A plural table counts one of the key's placeholders, and each form is a valid template."""
    problems = []
    if plural.placeholder not in allowed_placeholders(key):
        problems.append(f"{key}: plural = {plural.placeholder!r} is not a placeholder of this text")
    for form, template in plural.forms.items():
        problems.extend(
            f"{problem} (form '{form}')" for problem in _template_problems(key, template)
        )
    return problems


def parse_texts(raw: Mapping[str, object], source: str, language: str = "en") -> Texts:
    """Check texts.toml against TextKey and build Texts; raises ContentError on any problem."""
    known = {str(key): key for key in TextKey}
    templates: dict[TextKey, str | Plural] = {}
    problems: list[str] = []
    for section, table in raw.items():
        if section == COMMANDS_SECTION:  # the command menu: bot/content/commands.py
            continue
        if not isinstance(table, dict):
            problems.append(f"{section}: expected a [{section}] section of texts")
            continue
        for name, template in table.items():
            dotted = f"{section}.{name}"
            key = known.get(dotted)
            if key is None:
                problems.append(f"{dotted}: unknown text key")
            elif isinstance(template, dict):
                plural, wrong = parse_plural(template, language)
                problems.extend(f"{dotted}: {problem}" for problem in wrong)
                if plural is not None:
                    templates[key] = plural
                    problems.extend(_plural_problems(key, plural))
            elif not isinstance(template, str):
                problems.append(f"{dotted}: must be a string or a plural table")
            else:
                templates[key] = template
                problems.extend(_template_problems(key, template))
    problems.extend(f"{key}: missing text" for key in TextKey if key not in templates)
    if problems:
        raise ContentError([f"{source}: {problem}" for problem in problems])
    return Texts(templates=templates, language=language)
