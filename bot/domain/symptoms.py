"""Typed symptom phrases -> the advice they call for: plain word matching, no ML.

The algorithm, in full:
1. Normalise: lower case; apostrophes of any shape dropped ("can't", "can’t" and "cant" are one
   word); a letter typed twice or more in a row counts once, in phrases too, so "dizzzy",
   "dizzy" and "dizy" are one word, and so are "owww" and "ow".
2. Split into clauses at sentence punctuation (. , ; : ! ? and the like), then into words.
3. In each clause, walk the words. A phrase from the content matches where its words follow
   one another, or glued into one word ("chestpain" matches "chest pain").
4. A negation word ("no", "not", "without", ...) silences the next phrase when only filler
   words ("any", "more", "have", ...) stand between them, and it reaches on through fillers
   such as "or" to the phrase after ("no numbness or tingling"). Any other word ends it, and so
   does the end of a clause: "no, I have chest pain" and "chest pain, no idea why" match.
5. The most serious kind found wins.
The words, negations and fillers are content (bot.content.SymptomPhrases), per language.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import StrEnum
from typing import Protocol

Words = tuple[str, ...]

# Telegram caps a message at 4096 characters; nothing longer is read.
MAX_TEXT = 4096
_APOSTROPHES = str.maketrans("", "", "'’‘`´ʼ")
_CLAUSE_BREAK = re.compile(r"[.,;:!?¡¿…()\[\]{}\"“”«»\n\r\t|]+")
_WORD = re.compile(r"[^\W_]+")
_REPEATED_LETTER = re.compile(r"([^\W\d_])\1+")


class SymptomKind(StrEnum):
    """What a typed symptom calls for, most serious first."""

    # Chest pain or pressure, can't breathe, loss of bladder or bowel control, sudden severe
    # headache: emergency advice first, then a safety stop.
    EMERGENCY = "emergency"
    # Dizzy or faint; numb, tingling or weak arms or legs: stop for today, see a professional.
    SEE_PROFESSIONAL = "see_professional"
    # "It hurts", "ouch": during an exercise, point to the Hurts choices.
    HURTS = "hurts"


MOST_SERIOUS_FIRST = (SymptomKind.EMERGENCY, SymptomKind.SEE_PROFESSIONAL, SymptomKind.HURTS)


class PhraseBook(Protocol):
    """The words to look for, already normalised; bot.content.SymptomPhrases is one."""

    @property
    def phrase_words(self) -> Mapping[SymptomKind, tuple[Words, ...]]:
        """Each kind's phrases as words (see clauses)."""
        ...

    @property
    def negation_words(self) -> frozenset[str]:
        """Words that deny what follows: "no", "not", "without"."""
        ...

    @property
    def filler_words(self) -> frozenset[str]:
        """Words a negation reaches over: "any", "more", "have", "or"."""
        ...


def clauses(text: str) -> list[Words]:
    """The normalised words of each clause of `text`; empty clauses are left out."""
    flat = _REPEATED_LETTER.sub(r"\1", text[:MAX_TEXT].casefold().translate(_APOSTROPHES))
    found = (tuple(_WORD.findall(part)) for part in _CLAUSE_BREAK.split(flat))
    return [words for words in found if words]


def detect_symptom(text: str, phrases: PhraseBook) -> SymptomKind | None:
    """The most serious kind of symptom `text` reports, or None when it reports none."""
    by_first, glued = _index(phrases.phrase_words)
    found: set[SymptomKind] = set()
    for words in clauses(text):
        found |= _kinds_in(words, by_first, glued, phrases)
    return next((kind for kind in MOST_SERIOUS_FIRST if kind in found), None)


_ByFirst = dict[str, list[tuple[Words, SymptomKind]]]


def _index(
    phrase_words: Mapping[SymptomKind, tuple[Words, ...]],
) -> tuple[_ByFirst, dict[str, SymptomKind]]:
    """Phrases by their first word, and multi-word phrases glued into one word."""
    by_first: _ByFirst = {}
    glued: dict[str, SymptomKind] = {}
    for kind in MOST_SERIOUS_FIRST:
        for words in phrase_words.get(kind, ()):
            by_first.setdefault(words[0], []).append((words, kind))
            if len(words) > 1:
                glued.setdefault("".join(words), kind)
    return by_first, glued


def _kinds_in(
    words: Words, by_first: _ByFirst, glued: Mapping[str, SymptomKind], phrases: PhraseBook
) -> set[SymptomKind]:
    """The kinds of the phrases in one clause that no negation silences."""
    found: set[SymptomKind] = set()
    negated = False
    position = 0
    while position < len(words):
        kinds, length = _matches_at(words, position, by_first, glued)
        if kinds:
            if not negated:
                found |= kinds
            position += length
            # "no numbness or tingling": a negation reaches on only through fillers.
            negated = negated and _is_in(words, position, phrases.filler_words)
            continue
        word = words[position]
        if word in phrases.negation_words:
            negated = True
        elif word not in phrases.filler_words:
            negated = False
        position += 1
    return found


def _matches_at(
    words: Words, position: int, by_first: _ByFirst, glued: Mapping[str, SymptomKind]
) -> tuple[set[SymptomKind], int]:
    """Kinds of every phrase starting at `position`, and how many words the longest covers."""
    kinds: set[SymptomKind] = set()
    length = 0
    glued_kind = glued.get(words[position])
    if glued_kind is not None:
        kinds.add(glued_kind)
        length = 1
    for phrase, kind in by_first.get(words[position], ()):
        if words[position : position + len(phrase)] == phrase:
            kinds.add(kind)
            length = max(length, len(phrase))
    return kinds, length


def _is_in(words: Words, position: int, vocabulary: frozenset[str]) -> bool:
    """Whether the word at `position` exists and belongs to `vocabulary`."""
    return position < len(words) and words[position] in vocabulary
