"""Typed symptoms: real phrasings against the shipped phrases, and the matcher's rules alone."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pytest

from bot.content import SymptomPhrases, load_catalog
from bot.domain.symptoms import SymptomKind, Words, clauses, detect_symptom

EMERGENCY = SymptomKind.EMERGENCY
SEE = SymptomKind.SEE_PROFESSIONAL
HURTS = SymptomKind.HURTS


@pytest.fixture(scope="module")
def english() -> SymptomPhrases:
    """The shipped English phrases."""
    return load_catalog().symptoms


REAL_PHRASINGS = [
    # Emergency: chest, breathing, bladder or bowel, sudden severe headache.
    pytest.param("I have chest pain", EMERGENCY, id="i have chest pain"),
    pytest.param("chest pain", EMERGENCY, id="chest pain"),
    pytest.param("CHEST PAIN!!!", EMERGENCY, id="shouted"),
    pytest.param("chestpain", EMERGENCY, id="glued typo"),
    pytest.param("my chest feels tight", EMERGENCY, id="tight chest"),
    pytest.param("there's a pressure in my chest", EMERGENCY, id="pressure in my chest"),
    pytest.param("pain in my chest when I breathe", EMERGENCY, id="pain in my chest"),
    pytest.param("can't breathe properly", EMERGENCY, id="cant breathe properly"),
    pytest.param("I can’t breathe", EMERGENCY, id="curly apostrophe"),
    pytest.param("cant breath", EMERGENCY, id="no apostrophe and a typo"),
    pytest.param("I cannot breathe", EMERGENCY, id="cannot breathe"),
    pytest.param("shortness of breath", EMERGENCY, id="shortness of breath"),
    pytest.param("I'm really short of breath", EMERGENCY, id="short of breath"),
    pytest.param("worst headache of my life, came on suddenly", EMERGENCY, id="worst headache"),
    pytest.param("sudden severe headache", EMERGENCY, id="sudden severe headache"),
    pytest.param("I wet myself / lost control of my bladder", EMERGENCY, id="bladder"),
    pytest.param("lost control of my bowels", EMERGENCY, id="bowels"),
    pytest.param("no, I have chest pain", EMERGENCY, id="no comma then a symptom"),
    pytest.param("no I have chest pain", EMERGENCY, id="no then a pronoun then a symptom"),
    pytest.param("chest pain, no idea why", EMERGENCY, id="negation after the phrase"),
    pytest.param("dizzy and chest pain", EMERGENCY, id="the most serious wins"),
    pytest.param("not dizzy but chest pain", EMERGENCY, id="negation ends at but"),
    # See a professional: dizzy or faint; numb, tingling or weak arms or legs.
    pytest.param("I feel dizzy and my arm is numb", SEE, id="dizzy and numb"),
    pytest.param("my hands are tingling", SEE, id="tingling hands"),
    pytest.param("pins and needles in my fingers", SEE, id="pins and needles"),
    pytest.param("legs feel weak", SEE, id="weak legs"),
    pytest.param("I feel faint", SEE, id="faint"),
    pytest.param("feeling lightheaded", SEE, id="lightheaded"),
    pytest.param("light-headed", SEE, id="hyphenated"),
    pytest.param("sooo dizzzy", SEE, id="stretched letters"),
    pytest.param("no chest pain but my arm is numb", SEE, id="denied emergency, real numbness"),
    pytest.param("no pain, just numbness", SEE, id="a clause after a denial"),
    pytest.param("I can't feel my fingers", SEE, id="cant feel my fingers"),
    pytest.param("there's no feeling in my hand", SEE, id="a phrase that starts with no"),
    # Hurts: during an exercise, point to the Hurts choices.
    pytest.param("pain in my neck", HURTS, id="pain in my neck"),
    pytest.param("it hurts", HURTS, id="it hurts"),
    pytest.param("ouch", HURTS, id="ouch"),
    pytest.param("Owww!", HURTS, id="ow stretched"),
    pytest.param("that hurts", HURTS, id="that hurts"),
    pytest.param("my neck is sore", HURTS, id="sore"),
    pytest.param("headache", HURTS, id="an ordinary headache is not a red flag"),
    # Nothing to act on.
    pytest.param("no chest pain today", None, id="no chest pain today"),
    pytest.param("I'm not dizzy", None, id="not dizzy"),
    pytest.param("no numbness", None, id="no numbness"),
    # "without" is no negation: people describe new symptoms with it.
    pytest.param(
        "can't turn my head without feeling dizzy",
        SymptomKind.SEE_PROFESSIONAL,
        id="without feeling dizzy",
    ),
    pytest.param("never had chest pain like this", SymptomKind.EMERGENCY, id="never had"),
    pytest.param("not much chest pain now", SymptomKind.EMERGENCY, id="not much is some"),
    pytest.param("nothing hurts today", None, id="nothing hurts"),
    pytest.param("a faint ache in my shoulder", SymptomKind.HURTS, id="faint as an adjective"),
    pytest.param("severe headache today", SymptomKind.SEE_PROFESSIONAL, id="severe headache"),
    pytest.param("I can't pee", SymptomKind.EMERGENCY, id="cannot pass urine"),
    pytest.param("no more tingling", None, id="no more tingling"),
    pytest.param("I don't have any chest pain", None, id="dont have any"),
    pytest.param("no numbness or tingling", None, id="a denial reaches over or"),
    pytest.param("it doesn't hurt", None, id="doesnt hurt"),
    pytest.param("no headache", None, id="no headache"),
    pytest.param("5", None, id="a rating"),
    pytest.param("done", None, id="done"),
    pytest.param("Europe/Berlin", None, id="a time zone"),
    pytest.param("09:30", None, id="a time"),
    pytest.param("feeling great, thanks!", None, id="feeling great"),
    pytest.param("the chest stretch felt good", None, id="chest without a symptom"),
    pytest.param("take a deep breath", None, id="breath without a symptom"),
    pytest.param("", None, id="empty"),
    pytest.param("👍", None, id="an emoji"),
]


@pytest.mark.parametrize(("text", "expected"), REAL_PHRASINGS)
def test_real_phrasings_get_the_right_kind(
    english: SymptomPhrases, text: str, expected: SymptomKind | None
) -> None:
    assert detect_symptom(text, english) is expected


def test_the_table_has_at_least_forty_phrasings_with_positives_and_negatives() -> None:
    expected = [param.values[1] for param in REAL_PHRASINGS]
    assert len(expected) >= 40
    assert {None, *SymptomKind} <= set(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Can't  BREATHE", [("cant", "breathe")], id="case apostrophes spaces"),
        pytest.param("No, chest-pain.", [("no",), ("chest", "pain")], id="clauses and hyphens"),
        pytest.param("owwww", [("ow",)], id="a repeated letter counts once"),
        pytest.param("dizzzy dizzy", [("dizy", "dizy")], id="in every word"),
        pytest.param("09:30", [("09",), ("30",)], id="digits stay"),
        pytest.param("?!", [], id="nothing but punctuation"),
    ],
)
def test_clauses_normalise_like_the_content_does(text: str, expected: list[Words]) -> None:
    assert clauses(text) == expected


@dataclass(frozen=True)
class Book:
    """A tiny hand-made phrase book, so the matcher's rules are tested apart from the content."""

    phrases: Mapping[SymptomKind, tuple[str, ...]]
    negations: tuple[str, ...] = ("no", "not")
    fillers: tuple[str, ...] = ("any", "or")

    @property
    def phrase_words(self) -> Mapping[SymptomKind, tuple[Words, ...]]:
        return {kind: tuple(tuple(p.split()) for p in ps) for kind, ps in self.phrases.items()}

    @property
    def negation_words(self) -> frozenset[str]:
        return frozenset(self.negations)

    @property
    def filler_words(self) -> frozenset[str]:
        return frozenset(self.fillers)


BOOK = Book({EMERGENCY: ("red flag",), SEE: ("amber",), HURTS: ("ache", "ache a lot")})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("red flag", EMERGENCY, id="a phrase"),
        pytest.param("a red and a flag", None, id="words apart are not the phrase"),
        pytest.param("redflag", EMERGENCY, id="glued"),
        pytest.param("red", None, id="part of a phrase"),
        pytest.param("ache red flag amber", EMERGENCY, id="most serious wins"),
        pytest.param("amber ache", SEE, id="see before hurts"),
        pytest.param("no red flag", None, id="negated"),
        pytest.param("not any red flag", None, id="negated over a filler"),
        pytest.param("no red flag or amber", None, id="negation reaches over or"),
        pytest.param("no red flag amber", SEE, id="not to a phrase straight after"),
        pytest.param("no, red flag", EMERGENCY, id="a clause break ends a negation"),
        pytest.param("no other red flag", EMERGENCY, id="a non filler ends a negation"),
        pytest.param("red flag no", EMERGENCY, id="a negation after does nothing"),
        pytest.param("not ache a lot, amber", SEE, id="the longest phrase is consumed"),
    ],
)
def test_the_matcher_rules(text: str, expected: SymptomKind | None) -> None:
    assert detect_symptom(text, BOOK) is expected


def test_a_very_long_message_is_read_only_up_to_telegrams_limit() -> None:
    assert detect_symptom("x " * 5000 + "red flag", BOOK) is None
    assert detect_symptom("red flag " + "x " * 5000, BOOK) is EMERGENCY
