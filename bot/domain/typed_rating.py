"""Reads a typed 0-10 pain rating as people write it: "5/10", "five", "5️⃣", "about 6", "7.".

Tells "not a rating" (None: ask again with an example) from "a number outside 0-10"
(`OutOfRange`: remind the user of the scale), because the two deserve different replies.
Pure: text and the language's number words in, a value out. It is the bot's one reader of
typed ratings. The words are content (numbers.toml per language), so "fünf" and "пять" work too.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from bot.domain.pain import PAIN_MAX, PAIN_MIN

MAX_INPUT = 40

_KEYCAP = "\u20e3"
_TEN_KEYCAP = "\U0001f51f"  # 🔟
_HEDGES = r"(?:about|around|approx(?:imately)?|maybe|roughly|probably|like|a|an|~|≈|say)"
_SCALE = r"(?:\s*(?:/|out\s+of|of)\s*(?:10|ten))"
_RATING = re.compile(
    rf"(?:{_HEDGES}\s*)*(?P<number>[+-]?\d{{1,3}}|[^\W\d_]+(?: pain)?)"
    rf"(?P<scale>{_SCALE})?\s*(?:ish)?[.!]*"
)


@dataclass(frozen=True, slots=True)
class Rating:
    """A rating on the 0-10 scale."""

    value: int


@dataclass(frozen=True, slots=True)
class OutOfRange:
    """A whole number that is not on the 0-10 scale, such as 11 or -1."""

    number: int


def _normalised(text: str) -> str:
    """Lower case, keycap emoji to digits, full-width digits folded, spaces collapsed."""
    text = text.replace(_TEN_KEYCAP, "10").replace(_KEYCAP, "").replace("\ufe0f", "")
    folded = unicodedata.normalize("NFKC", text).lower().strip()
    folded = folded.replace("\u2212", "-").replace("–", "-")
    return re.sub(r"\s+", " ", folded)


def read_rating(text: str, words: Mapping[str, int]) -> Rating | OutOfRange | None:
    """The rating the text gives; OutOfRange for a whole number off the scale; None otherwise.

    `words` maps the language's number words (lower case, maybe several words) to their values.
    """
    if len(text) > MAX_INPUT:
        return None
    normalised = _normalised(text)
    whole = normalised.rstrip(".!").strip()
    if whole in words:
        return _on_scale(words[whole])
    match = _RATING.fullmatch(normalised)
    if match is None:
        return None
    number = match.group("number")
    if number in words:
        value = words[number]
    elif re.fullmatch(r"[+-]?\d+", number):
        value = int(number)
    else:
        return None
    return _on_scale(value)


def _on_scale(value: int) -> Rating | OutOfRange:
    """A rating when the number is on the 0-10 scale, else OutOfRange."""
    if PAIN_MIN <= value <= PAIN_MAX:
        return Rating(value)
    return OutOfRange(value)
