"""What is wrong with a texts.ftl file, read from its Fluent syntax tree (fluent.syntax).

Checked once at start-up, so a translation can never break while a user reads it: syntax errors
(Junk) with their line and message, and per message only what the bot can fill in: { $name }
placeholders, {"{"} literals and select expressions on a placeholder whose variants are the
CLDR plural categories of the file's language (or exact numbers), covering all of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from fluent.syntax import ast

from bot.content.plurals import plural_categories

# The start of a message in Junk, to name the message a syntax error belongs to.
_MESSAGE_START = re.compile(r"-?[a-zA-Z][a-zA-Z0-9_-]*(?=\s*=)")
_CONTINUATION_HINT = (
    " (every line of a text is indented; one that starts with [, * or . is written "
    '{"["}, {"*"} or {"."})'
)


def line_of(text: str, offset: int) -> int:
    """The 1-based line of a character offset in the file."""
    return text.count("\n", 0, offset) + 1


def junk_problems(resource: ast.Resource, text: str) -> Iterator[str]:
    """A syntax error each: its line, the message it belongs to, and Fluent's explanation."""
    previous = "(the start of the file)"
    for entry in resource.body:
        if isinstance(entry, ast.Message | ast.Term):
            previous = entry.id.name
        if not isinstance(entry, ast.Junk):
            continue
        found = _MESSAGE_START.match(entry.content or "")
        # Junk that starts with no id is a line the message above did not take in.
        where, hint = (found.group(0), "") if found else (previous, _CONTINUATION_HINT)
        for annotation in entry.annotations:
            span = annotation.span or entry.span
            line = line_of(text, span.start) if span is not None else 0
            yield f"line {line}: {where}: Fluent syntax error: {annotation.message}{hint}"


def junk_ids(resource: ast.Resource) -> frozenset[str]:
    """Ids of messages lost to a syntax error, which are then not also reported missing."""
    return frozenset(
        found.group(0)
        for entry in resource.body
        if isinstance(entry, ast.Junk)
        and (found := _MESSAGE_START.match(entry.content or "")) is not None
    )


def placeables(pattern: ast.Pattern) -> Iterator[ast.Expression]:
    """Every expression in a pattern, variants' patterns included, outermost first."""
    for element in pattern.elements:
        if isinstance(element, ast.Placeable):
            yield from _expressions(element.expression)


def _expressions(expression: ast.Expression | ast.Placeable) -> Iterator[ast.Expression]:
    """An expression and every expression inside it."""
    if isinstance(expression, ast.Placeable):
        yield from _expressions(expression.expression)
        return
    yield expression
    if isinstance(expression, ast.SelectExpression):
        yield from _expressions(expression.selector)
        for variant in expression.variants:
            yield from placeables(variant.value)


def variable_names(pattern: ast.Pattern) -> frozenset[str]:
    """The { $placeholders } a pattern uses anywhere."""
    return frozenset(
        expression.id.name
        for expression in placeables(pattern)
        if isinstance(expression, ast.VariableReference)
    )


def selector_names(pattern: ast.Pattern) -> frozenset[str]:
    """The placeholders a pattern selects on: these reach Fluent as numbers."""
    return frozenset(
        expression.selector.id.name
        for expression in placeables(pattern)
        if isinstance(expression, ast.SelectExpression)
        and isinstance(expression.selector, ast.VariableReference)
    )


def literal_texts(pattern: ast.Pattern) -> Iterator[str]:
    """The words of a pattern: its text runs, variants' included."""
    for element in pattern.elements:
        if isinstance(element, ast.TextElement):
            yield element.value
    for expression in placeables(pattern):
        if isinstance(expression, ast.SelectExpression):
            for variant in expression.variants:
                yield from (
                    element.value
                    for element in variant.value.elements
                    if isinstance(element, ast.TextElement)
                )


def expression_problems(pattern: ast.Pattern, language: str) -> Iterator[str]:
    """Only placeholders, string or number literals and plural selects on a placeholder."""
    for expression in placeables(pattern):
        if isinstance(expression, ast.SelectExpression):
            yield from _select_problems(expression, language)
        elif isinstance(expression, ast.FunctionReference | ast.MessageReference):
            yield (
                f"{{ {_describe(expression)} }}: only {{ $placeholders }}, select expressions "
                'and literals such as {"{"} are used in texts'
            )
        elif isinstance(expression, ast.TermReference):
            yield f"{{ -{expression.id.name} }}: terms are not used in texts; write the words"


def _describe(expression: ast.FunctionReference | ast.MessageReference) -> str:
    """How the expression reads in the file."""
    if isinstance(expression, ast.FunctionReference):
        return f"{expression.id.name}(…)"
    return expression.id.name


def _select_problems(select: ast.SelectExpression, language: str) -> Iterator[str]:
    """A select counts a placeholder and gives each CLDR category of the language a variant."""
    if not isinstance(select.selector, ast.VariableReference):
        yield "a select expression must select on a { $placeholder } (the counted number)"
        return
    name = select.selector.id.name
    wanted = plural_categories(language)
    given = set()
    for variant in select.variants:
        if isinstance(variant.key, ast.NumberLiteral):
            continue
        given.add(variant.key.name)
        if variant.key.name not in wanted:
            yield (
                f"select on ${name}: [{variant.key.name}] is not a plural category of "
                f"'{language}' (use {_categories(wanted)} or an exact number such as [0])"
            )
    default = next(variant.key for variant in select.variants if variant.default)
    if not isinstance(default, ast.Identifier) or default.name != "other":
        # A count that is not a whole number (1.5) reaches the default: "1.5 days", never "day".
        yield f"select on ${name}: the default variant must be *[other]"
    missing = wanted - given
    if missing:
        yield (
            f"select on ${name}: needs a variant for every plural category of '{language}': "
            f"missing {_categories(missing)}"
        )


def placeholder_list(names: frozenset[str] | set[str]) -> str:
    """{ $a }, { $b } as a translator writes them, or "none"."""
    return ", ".join(f"{{ ${name} }}" for name in sorted(names)) or "none"


def _categories(names: frozenset[str] | set[str]) -> str:
    """[few], [many], [one], [other]."""
    return ", ".join(f"[{name}]" for name in sorted(names))
