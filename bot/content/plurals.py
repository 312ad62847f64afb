"""The CLDR plural categories of a language, for checking the select expressions of texts.ftl.

Babel holds the CLDR rules (which form 1, 2, 5 and 21 take in each language); Fluent picks the
variant with the same rules at run time, so the content gives every category of its language
and code never hand-rolls a plural rule.
"""

from __future__ import annotations

from functools import cache

from babel import Locale


@cache
def plural_categories(language: str) -> frozenset[str]:
    """The categories a select on a count must cover in this language, e.g. one/few/many/other."""
    return frozenset(Locale.parse(language).plural_form.tags) | {"other"}
