"""The {placeholders} of the structured TOML content's strings (exercise doses such as "{hold}").

Texts are Fluent messages (texts.ftl); the exercise, routine and lesson files stay TOML data,
and a translation of one of their strings must keep English's placeholders.
"""

from __future__ import annotations

import string


def template_placeholders(template: str) -> list[str]:
    """Names of the {placeholders} a template uses; raises ValueError on broken braces."""
    names = []
    for _literal, field_name, format_spec, _conversion in string.Formatter().parse(template):
        if field_name is not None:
            names.append(field_name)
        if format_spec:
            names.extend(template_placeholders(format_spec))
    return names
