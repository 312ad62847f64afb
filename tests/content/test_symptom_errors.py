"""A broken symptoms.toml stops start-up with a line that names the file, the list and the fix."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.content import ContentError, load_catalog
from tests.content.editing import replace_once

SYMPTOMS = "symptoms.toml"

BROKEN_SYMPTOMS = [
    pytest.param(
        "[hurts]\nphrases = [",
        "[hurts]\nphrases = []\nold_phrases = [",
        "content/symptoms.toml: hurts.phrases: the list is empty: add at least one entry",
        id="empty_list",
    ),
    pytest.param(
        '    "shortness of breath",\n',
        '    "shortness of breath",\n    "Chest  Pain",\n',
        "content/symptoms.toml: emergency.phrases[30]: duplicate phrase 'Chest  Pain' "
        "(same words as emergency.phrases[0])",
        id="duplicate_phrase",
    ),
    pytest.param(
        '    "pain in my back",\n',
        '    "pain in my back",\n    "chest pain",\n',
        "content/symptoms.toml: hurts.phrases[16]: 'chest pain' is also listed under "
        "emergency.phrases[0]: a phrase belongs to one kind",
        id="phrase_under_two_kinds",
    ),
    pytest.param(
        '    "vertigo",\n',
        '    "vertigo",\n    "?!",\n',
        "content/symptoms.toml: see_professional.phrases[5]: '?!' has no words to match",
        id="phrase_without_words",
    ),
    pytest.param(
        '    "vertigo",\n',
        '    "vertigo",\n    "dizzy, then sick",\n',
        "content/symptoms.toml: see_professional.phrases[5]: 'dizzy, then sick' has "
        "punctuation that splits it",
        id="phrase_split_by_punctuation",
    ),
    pytest.param(
        '    "vertigo",\n',
        '    "vertigo",\n    "",\n',
        "content/symptoms.toml: see_professional.phrases[5]: string should have at least 1",
        id="empty_phrase",
    ),
    pytest.param(
        '    "nor",\n',
        '    "nor",\n    "no longer",\n',
        "content/symptoms.toml: negation.words[3]: 'no longer' must be a single word",
        id="negation_of_two_words",
    ),
    pytest.param(
        '    "nor",\n',
        '    "nor",\n    "NOT",\n',
        "content/symptoms.toml: negation.words[3]: 'NOT' is already listed as negation.words[1]",
        id="negation_listed_twice",
    ),
    pytest.param(
        '    "longer",\n',
        '    "longer",\n    "nor",\n',
        "content/symptoms.toml: negation.fillers[3]: 'nor' is already listed as negation.words[2]",
        id="filler_that_is_a_negation",
    ),
    pytest.param(
        'language = "en"',
        'language = "English"',
        "content/symptoms.toml: language: string should match pattern",
        id="bad_language",
    ),
    pytest.param(
        "[hurts]",
        "[hurt]",
        "content/symptoms.toml: hurt: unknown field (not allowed)",
        id="misspelled_kind",
    ),
    pytest.param(
        "[see_professional]\nphrases",
        "[see_professional]\nwords",
        "content/symptoms.toml: see_professional.phrases: field required",
        id="missing_phrases",
    ),
    pytest.param(
        '    "ouch",\n',
        "    3,\n",
        "content/symptoms.toml: hurts.phrases[3]: input should be a valid string",
        id="phrase_that_is_a_number",
    ),
]


@pytest.mark.parametrize(("old", "new", "expected_problem"), BROKEN_SYMPTOMS)
def test_a_broken_symptoms_file_names_the_list_and_the_phrase(
    content_copy: Path, old: str, new: str, expected_problem: str
) -> None:
    replace_once(content_copy / SYMPTOMS, old, new)
    with pytest.raises(ContentError) as raised:
        load_catalog(content_copy)
    assert expected_problem in str(raised.value)


def test_a_missing_symptoms_file_is_named(content_copy: Path) -> None:
    (content_copy / SYMPTOMS).unlink()
    with pytest.raises(ContentError, match=re.escape("content/symptoms.toml: file not found")):
        load_catalog(content_copy)


def test_symptom_problems_are_reported_with_the_other_files(content_copy: Path) -> None:
    replace_once(content_copy / SYMPTOMS, 'language = "en"', 'language = "EN"')
    replace_once(content_copy / "routines.toml", 'title = "Full routine"', "title = 3")
    with pytest.raises(ContentError) as raised:
        load_catalog(content_copy)
    assert [problem.split(":")[0] for problem in raised.value.problems] == [
        "content/routines.toml",
        "content/symptoms.toml",
    ]


def test_the_shipped_symptoms_load_with_every_kind(content_copy: Path) -> None:
    symptoms = load_catalog(content_copy).symptoms
    assert symptoms.language == "en"
    assert all(symptoms.phrase_words[kind] for kind in symptoms.phrase_words)
    assert {"no", "not", "nothing", "dont"} <= symptoms.negation_words
