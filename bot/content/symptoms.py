"""Symptom phrases people type, from content/symptoms.toml, checked so the matcher can trust them.

One file holds one language: `language` names it, [emergency], [see_professional] and [hurts]
list the phrases of each kind (bot.domain.symptoms.SymptomKind), and [negation] the words that
deny a phrase and the fillers a denial reaches over. Another language adds a file of the same
shape (e.g. symptoms.de.toml). Case, apostrophes and punctuation between words do not matter in
a phrase: it is normalised exactly as typed text is (bot.domain.symptoms.clauses).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, Strict, ValidationError
from pydantic_core import PydanticCustomError

from bot.content.errors import ContentError, validation_problems
from bot.domain.symptoms import SymptomKind, Words, clauses


def _not_empty(items: tuple[str, ...]) -> tuple[str, ...]:
    """An empty list would silently match nothing: say so at start-up instead."""
    if not items:
        raise PydanticCustomError("empty_list", "the list is empty: add at least one entry")
    return items


Phrase = Annotated[str, Strict(), Field(min_length=1, max_length=100)]
Phrases = Annotated[tuple[Phrase, ...], AfterValidator(_not_empty)]


class _SymptomContent(BaseModel):
    """Frozen and strict about unknown fields, like the rest of the content."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class PhraseList(_SymptomContent):
    """The phrases of one kind."""

    phrases: Phrases


class Negation(_SymptomContent):
    """Single words: those that deny a phrase ("no"), and those a denial reaches over ("any")."""

    words: Phrases
    fillers: tuple[Phrase, ...] = ()


class SymptomPhrases(_SymptomContent):
    """One language's symptom phrases; bot.domain.symptoms.detect_symptom reads them."""

    language: Annotated[str, Strict(), Field(pattern=r"^[a-z]{2,3}(_[a-z]{2})?$")]
    emergency: PhraseList
    see_professional: PhraseList
    hurts: PhraseList
    negation: Negation

    def listed(self, kind: SymptomKind) -> tuple[str, ...]:
        """A kind's phrases as written in the file."""
        lists = {
            SymptomKind.EMERGENCY: self.emergency,
            SymptomKind.SEE_PROFESSIONAL: self.see_professional,
            SymptomKind.HURTS: self.hurts,
        }
        return lists[kind].phrases

    @cached_property
    def phrase_words(self) -> Mapping[SymptomKind, tuple[Words, ...]]:
        """Each kind's phrases as normalised words, computed once."""
        return {kind: tuple(_words(phrase) for phrase in self.listed(kind)) for kind in SymptomKind}

    @cached_property
    def negation_words(self) -> frozenset[str]:
        """The negation words, normalised."""
        return frozenset(_words(word)[0] for word in self.negation.words)

    @cached_property
    def filler_words(self) -> frozenset[str]:
        """The filler words, normalised."""
        return frozenset(_words(word)[0] for word in self.negation.fillers)


def parse_symptoms(raw: Mapping[str, Any], source: str) -> SymptomPhrases:
    """Validate a parsed symptoms file; raises ContentError naming every problem."""
    try:
        phrases = SymptomPhrases.model_validate(raw)
    except ValidationError as error:
        raise ContentError(validation_problems(source, error)) from None
    problems = symptom_problems(phrases)
    if problems:
        raise ContentError([f"{source}: {problem}" for problem in problems])
    return phrases


def symptom_problems(phrases: SymptomPhrases) -> list[str]:
    """Phrases the matcher could not use, or that would make it ambiguous."""
    problems: list[str] = []
    first_seen: dict[Words, str] = {}
    for kind in SymptomKind:
        for position, phrase in enumerate(phrases.listed(kind)):
            where = f"{kind}.phrases[{position}]"
            problem = _phrase_problem(phrase, first_seen.get(_words(phrase)), kind)
            if problem is not None:
                problems.append(f"{where}: {problem}")
            first_seen.setdefault(_words(phrase), where)
    problems.extend(_word_problems(phrases))
    return problems


def _phrase_problem(phrase: str, earlier: str | None, kind: SymptomKind) -> str | None:
    """What is wrong with one phrase, given where the same words were listed before."""
    parts = clauses(phrase)
    if not parts:
        return f"{phrase!r} has no words to match"
    if len(parts) > 1:
        return f"{phrase!r} has punctuation that splits it; typed text is split there too"
    if earlier is None:
        return None
    if earlier.startswith(f"{kind}."):
        return f"duplicate phrase {phrase!r} (same words as {earlier})"
    return f"{phrase!r} is also listed under {earlier}: a phrase belongs to one kind"


def _word_problems(phrases: SymptomPhrases) -> list[str]:
    """Negation words and fillers are single words, each listed once, in one list."""
    problems = []
    seen: dict[str, str] = {}
    lists = (
        ("negation.words", phrases.negation.words),
        ("negation.fillers", phrases.negation.fillers),
    )
    for name, words in lists:
        for position, word in enumerate(words):
            where = f"{name}[{position}]"
            parts = clauses(word)
            if len(parts) != 1 or len(parts[0]) != 1:
                problems.append(f"{where}: {word!r} must be a single word")
                continue
            if parts[0][0] in seen:
                problems.append(f"{where}: {word!r} is already listed as {seen[parts[0][0]]}")
            seen.setdefault(parts[0][0], where)
    return problems


def _words(phrase: str) -> Words:
    """A phrase's normalised words (validation guarantees a single clause)."""
    return tuple(word for words in clauses(phrase) for word in words)
