"""Reads a typed 0-10 pain rating as people write it: "5/10", "five", "5️⃣", "about 6", "7.".

Tells "not a rating" (None: ask again with an example) from "a number outside 0-10"
(`OutOfRange`: remind the user of the scale), because the two deserve different replies.
Pure: text in, a value out. It is the bot's one reader of typed ratings.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from bot.domain.pain import PAIN_MAX, PAIN_MIN

MAX_INPUT = 40

NUMBER_WORDS: dict[str, int] = {
    word: value
    for value, word in enumerate(
        ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
    )
} | {"nil": 0, "none": 0, "no pain": 0, "eleven": 11, "twelve": 12}

_KEYCAP = "\u20e3"
_TEN_KEYCAP = "\U0001f51f"  # 🔟
_HEDGES = r"(?:about|around|approx(?:imately)?|maybe|roughly|probably|like|a|an|~|≈|say)"
_SCALE = r"(?:\s*(?:/|out\s+of|of)\s*(?:10|ten))"
_RATING = re.compile(
    rf"(?:{_HEDGES}\s*)*(?P<number>[+-]?\d{{1,3}}|[a-z]+(?: pain)?)"
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


def read_rating(text: str) -> Rating | OutOfRange | None:
    """The rating the text gives; OutOfRange for a whole number off the scale; None otherwise."""
    if len(text) > MAX_INPUT:
        return None
    match = _RATING.fullmatch(_normalised(text))
    if match is None:
        return None
    number = match.group("number")
    if number in NUMBER_WORDS:
        value = NUMBER_WORDS[number]
    elif re.fullmatch(r"[+-]?\d+", number):
        value = int(number)
    else:
        return None
    if PAIN_MIN <= value <= PAIN_MAX:
        return Rating(value)
    return OutOfRange(value)
