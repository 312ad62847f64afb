"""The CLDR plural categories of a language, for checking the select expressions of texts.ftl.

Babel holds the CLDR rules (which form 1, 2, 5 and 21 take in each language); Fluent picks the
variant with the same rules at run time, so the content gives every category of its language
and code never hand-rolls a plural rule.
"""

from __future__ import annotations

from functools import cache

from babel import Locale


@cache
def category_samples(language: str, below: int = 10_000) -> tuple[str, ...]:
    """One count per plural category of the language, as long as a count below `below` gets.

    The start-up length checks fill a count with each of these, so every variant of a select
    is measured: "9999" (many), "9994" (few), "9991" (one) in Russian, "9999.5" for the
    fractions only "other" takes there, and 1000000 for Spanish "many". CLDR's integer rules
    look at the last two digits, at small numbers and at millions, so those are the candidates.
    """
    rule = Locale.parse(language).plural_form
    samples: dict[str, str] = {}
    for number in (*range(below - 1, below - 101, -1), *range(100, -1, -1), 1_000_000):
        samples.setdefault(rule(number), str(number))
    samples.setdefault("other", f"{below - 1}.5")
    return tuple(samples.values())


@cache
def plural_categories(language: str) -> frozenset[str]:
    """The categories a select on a count must cover in this language, e.g. one/few/many/other."""
    return frozenset(Locale.parse(language).plural_form.tags) | {"other"}
