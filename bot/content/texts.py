"""User-facing texts: checked once at load time so rendering can never surprise a user."""

from __future__ import annotations

import string
from collections.abc import Mapping
from types import MappingProxyType

from pydantic import BaseModel, ConfigDict, field_validator

from bot.content.errors import ContentError
from bot.content.text_keys import TextKey, allowed_placeholders


class Texts(BaseModel):
    """Every text template by key; render() fills in the placeholders."""

    model_config = ConfigDict(frozen=True)

    templates: Mapping[TextKey, str]

    @field_validator("templates", mode="after")
    @classmethod
    def _read_only(cls, templates: Mapping[TextKey, str]) -> Mapping[TextKey, str]:
        """Keep the loaded texts immutable for the lifetime of the process."""
        return MappingProxyType(dict(templates))

    def render(self, key: TextKey, /, **values: object) -> str:
        """Fill in a text; a missing value raises KeyError because it is a programming bug."""
        return self.templates[key].format_map(values)


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


def parse_texts(raw: Mapping[str, object], source: str) -> Texts:
    """Check texts.toml against TextKey and build Texts; raises ContentError on any problem."""
    known = {str(key): key for key in TextKey}
    templates: dict[TextKey, str] = {}
    problems: list[str] = []
    for section, table in raw.items():
        if not isinstance(table, dict):
            problems.append(f"{section}: expected a [{section}] section of texts")
            continue
        for name, template in table.items():
            dotted = f"{section}.{name}"
            key = known.get(dotted)
            if key is None:
                problems.append(f"{dotted}: unknown text key")
            elif not isinstance(template, str):
                problems.append(f"{dotted}: must be a string")
            else:
                templates[key] = template
                problems.extend(_template_problems(key, template))
    problems.extend(f"{key}: missing text" for key in TextKey if key not in templates)
    if problems:
        raise ContentError([f"{source}: {problem}" for problem in problems])
    return Texts(templates=templates)
