"""Lessons: the real file covers every topic safely, and a broken one stops start-up."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.content import (
    MAX_BUTTON_LABEL_LENGTH,
    MAX_MESSAGE_LENGTH,
    Catalog,
    ContentError,
    TextKey,
    load_catalog,
    telegram_length,
)
from bot.content.lessons import (
    MAX_SENTENCES,
    MIN_LESSONS,
    MIN_SENTENCES,
    Lesson,
    LessonTopic,
    parse_lessons,
    sentence_count,
)

SOURCE = "content/lessons.toml"


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    """The real content, loaded once."""
    return load_catalog()


def test_there_are_enough_lessons_and_every_topic_has_one(catalog: Catalog) -> None:
    assert len(catalog.lessons) >= MIN_LESSONS
    assert {lesson.topic for lesson in catalog.lessons} == set(LessonTopic)


def test_every_lesson_is_short_sourced_and_fits_telegram(catalog: Catalog) -> None:
    ids = [lesson.id for lesson in catalog.lessons]
    assert len(ids) == len(set(ids))
    for lesson in catalog.lessons:
        assert MIN_SENTENCES <= sentence_count(lesson.text) <= MAX_SENTENCES, lesson.id
        assert lesson.source.strip(), lesson.id
        assert telegram_length(lesson.title) <= MAX_BUTTON_LABEL_LENGTH, lesson.id
        whole = "\n\n".join([lesson.title, lesson.text, lesson.source, lesson.url or ""])
        assert telegram_length(whole) < MAX_MESSAGE_LENGTH, lesson.id


def test_lessons_give_the_same_emergency_numbers_as_the_safety_texts(catalog: Catalog) -> None:
    numbers = "112 / 911 / 999"
    assert numbers in catalog.texts.render(TextKey.SAFETY_SHOW)
    mentioning = [lesson for lesson in catalog.lessons if "emergency" in lesson.text]
    assert mentioning
    assert all(numbers in lesson.text for lesson in mentioning)


def test_no_lesson_tells_anyone_to_push_through_or_ignore_pain(catalog: Catalog) -> None:
    unsafe = ("push through", "ignore the pain", "no pain, no gain", "cure", "diagnos")
    for lesson in catalog.lessons:
        assert not any(phrase in lesson.text.lower() for phrase in unsafe), lesson.id


def test_lessons_on_nerve_symptoms_say_to_stop_or_get_checked(catalog: Catalog) -> None:
    for lesson in catalog.lessons:
        text = lesson.text.lower()
        if "numbness" in text or "tingling" in text or "dizz" in text:
            actions = ("get checked", "see a doctor or physiotherapist", "emergency number")
            assert any(action in text for action in actions), lesson.id


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("One. Two.", 2, id="two full stops"),
        pytest.param("Is it? Yes! Fine.", 3, id="question and exclamation marks"),
        pytest.param("No closing mark", 1, id="no mark is one sentence"),
        pytest.param("“Quoted.” Next one.", 2, id="a closing quote after the stop"),
        pytest.param("Lift 2.5 kg. Then rest.", 2, id="a decimal point is not a stop"),
        pytest.param("Call 112 / 911 / 999 now. Don't wait.", 2, id="slashes are not stops"),
    ],
)
def test_sentences_are_counted_by_their_closing_marks(text: str, expected: int) -> None:
    assert sentence_count(text) == expected


def real_lessons() -> list[dict[str, Any]]:
    """The real lessons as the plain data a TOML file gives, to break one thing at a time."""
    return [lesson.model_dump(exclude_none=True) for lesson in load_catalog().lessons]


def broken(index: int, **changes: Any) -> dict[str, Any]:
    """The real file's data with one lesson changed (a None value removes the field)."""
    lessons = real_lessons()
    lessons[index] = {k: v for k, v in {**lessons[index], **changes}.items() if v is not None}
    return {"lesson": lessons}


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        pytest.param(
            broken(1, id="pain_is_a_protector"),
            f"{SOURCE}: lesson[1].id: duplicate id 'pain_is_a_protector' (already used by "
            "lesson[0])",
            id="a duplicate id",
        ),
        pytest.param(
            broken(0, text="Pain protects you."),
            f"{SOURCE}: lesson[0] (pain_is_a_protector): text has 1 sentences; a lesson has 2 to 4",
            id="one sentence",
        ),
        pytest.param(
            broken(0, text="One. Two. Three. Four. Five."),
            f"{SOURCE}: lesson[0] (pain_is_a_protector): text has 5 sentences",
            id="five sentences",
        ),
        pytest.param(
            broken(0, source="   "),
            f"{SOURCE}: lesson[0].source: string should match pattern",
            id="a blank source",
        ),
        pytest.param(
            broken(0, source=None),
            f"{SOURCE}: lesson[0].source: field required",
            id="no source",
        ),
        pytest.param(
            broken(0, title="A title far too long for a /learn button"),
            f"{SOURCE}: lesson[0].title: string should have at most 32 characters",
            id="a title too long for a button",
        ),
        pytest.param(
            broken(0, url="http://example.org/pain"),
            f"{SOURCE}: lesson[0].url: string should match pattern",
            id="a url without https",
        ),
        pytest.param(
            broken(0, topic="posture"),
            f"{SOURCE}: lesson[0].topic: input should be",
            id="an unknown topic",
        ),
        pytest.param(
            broken(0, author="someone"),
            f"{SOURCE}: lesson[0].author: unknown field (not allowed)",
            id="an unknown field",
        ),
        pytest.param(
            {"lesson": real_lessons()[: MIN_LESSONS - 1]},
            f"{SOURCE}: lesson: tuple should have at least {MIN_LESSONS} items",
            id="too few lessons",
        ),
        pytest.param(
            {"lesson": [lesson for lesson in real_lessons() if lesson["topic"] != "sleep"]},
            f"{SOURCE}: lesson: no lesson on the topic 'sleep'",
            id="a topic without a lesson",
        ),
    ],
)
def test_a_broken_lessons_file_names_the_lesson_and_the_field(
    raw: dict[str, Any], problem: str
) -> None:
    with pytest.raises(ContentError) as caught:
        parse_lessons(raw, SOURCE)
    assert any(line.startswith(problem) for line in caught.value.problems), caught.value.problems


def test_the_real_lessons_parse_back_unchanged() -> None:
    assert parse_lessons({"lesson": real_lessons()}, SOURCE) == load_catalog().lessons


def test_start_up_needs_the_lessons_file(content_copy: Path) -> None:
    (content_copy / "lessons.toml").unlink()
    with pytest.raises(ContentError) as caught:
        load_catalog(content_copy)
    assert caught.value.problems == ("content/lessons.toml: file not found",)


def test_a_lesson_is_a_frozen_value() -> None:
    lesson = Lesson(
        id="x", topic=LessonTopic.PACING, title="T", text="One. Two.", source="S", url=None
    )
    with pytest.raises(ValueError, match="frozen"):
        lesson.__setattr__("title", "U")
