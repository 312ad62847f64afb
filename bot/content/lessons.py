"""Short lessons from mainstream physiotherapy education, read from content/lessons.toml.

One lesson follows a finished session, at most one a day, in the file's order; /learn lists
them. Each carries its source, so a clinician can check where it comes from. Start-up refuses
a file where:
- a lesson id repeats (the database stores which ids a user has seen);
- a topic of the issue is missing (every topic below has at least one lesson);
- a lesson is not two to four sentences, or is longer than a short read;
- a title would not fit a /learn button, or a whole lesson a Telegram message.

This module imports nothing else from bot.content, so models.py can use Lesson freely.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, Strict, ValidationError

from bot.content.errors import ContentError, validation_problems

MIN_LESSONS = 20
MIN_SENTENCES = 2
MAX_SENTENCES = 4
MAX_LESSON_TEXT_LENGTH = 600
"""Characters of a lesson's text: a short read after a session, far below Telegram's 4096."""
MAX_TITLE_LENGTH = 32
"""The same as bot.content.limits.MAX_BUTTON_LABEL_LENGTH, so a title fits a /learn button."""
MAX_MESSAGE_LENGTH = 4096
_FRAME_ALLOWANCE = 100
"""Room for the words and emoji a view puts around title, text and source."""
MAX_LESSON_ID_LENGTH = 24

_SENTENCE_END = re.compile(r"[.!?…](?:[\"'”’)]*)(?=\s|$)")


class LessonTopic(StrEnum):
    """The topics issue 20 asks lessons to cover; each needs at least one lesson."""

    HURT_NOT_HARM = "hurt_not_harm"
    PACING = "pacing"
    DESK_BREAKS = "desk_breaks"
    SLEEP = "sleep"
    STRESS = "stress"
    FLARE_UPS = "flare_ups"
    SEE_A_PROFESSIONAL = "see_a_professional"


_Words = Annotated[str, Strict(), Field(min_length=1, pattern=r"\S")]


class Lesson(BaseModel):
    """One lesson: a short title, two to four plain sentences, and where they come from."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Annotated[
        str, Strict(), Field(max_length=MAX_LESSON_ID_LENGTH, pattern=r"^[a-z][a-z0-9_]*$")
    ]
    topic: LessonTopic
    title: Annotated[_Words, Field(max_length=MAX_TITLE_LENGTH)]
    text: Annotated[_Words, Field(max_length=MAX_LESSON_TEXT_LENGTH)]
    source: _Words
    url: Annotated[str, Strict(), Field(pattern=r"^https://\S+$")] | None = None


class LessonsFile(BaseModel):
    """The whole lessons.toml: [[lesson]] tables in the order they are taught."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    lesson: Annotated[tuple[Lesson, ...], Field(min_length=MIN_LESSONS)]


def sentence_count(text: str) -> int:
    """Sentences, counted by their closing mark; a text without one is one sentence."""
    return max(1, len(_SENTENCE_END.findall(text.strip())))


def parse_lessons(raw: Mapping[str, Any], source: str) -> tuple[Lesson, ...]:
    """Validate lessons.toml's data; raises ContentError listing every problem."""
    try:
        lessons = LessonsFile.model_validate(raw).lesson
    except ValidationError as error:
        raise ContentError(validation_problems(source, error)) from None
    problems = lesson_problems(lessons, source)
    if problems:
        raise ContentError(problems)
    return lessons


def lesson_problems(lessons: Iterable[Lesson], source: str) -> list[str]:
    """One "file: lesson[i] (id): problem" line per lesson that breaks a rule, and per gap."""
    items = list(lessons)
    problems = [
        f"{source}: lesson[{position}] ({lesson.id}): {problem}"
        for position, lesson in enumerate(items)
        for problem in _one_lesson_problems(lesson)
    ]
    first_position: dict[str, int] = {}
    for position, lesson in enumerate(items):
        if lesson.id in first_position:
            problems.append(
                f"{source}: lesson[{position}].id: duplicate id '{lesson.id}' "
                f"(already used by lesson[{first_position[lesson.id]}])"
            )
        first_position.setdefault(lesson.id, position)
    covered = {lesson.topic for lesson in items}
    problems.extend(
        f"{source}: lesson: no lesson on the topic '{topic}'"
        for topic in LessonTopic
        if topic not in covered
    )
    return problems


def _one_lesson_problems(lesson: Lesson) -> Iterator[str]:
    """Length in sentences and in Telegram's units (UTF-16, as bot.content.limits counts)."""
    sentences = sentence_count(lesson.text)
    if not MIN_SENTENCES <= sentences <= MAX_SENTENCES:
        yield (f"text has {sentences} sentences; a lesson has {MIN_SENTENCES} to {MAX_SENTENCES}")
    if _telegram_length(lesson.title) > MAX_TITLE_LENGTH:
        yield f"title is longer than a /learn button allows ({MAX_TITLE_LENGTH})"
    parts = (lesson.title, lesson.text, lesson.source, lesson.url or "")
    length = sum(_telegram_length(part) for part in parts) + _FRAME_ALLOWANCE
    if length > MAX_MESSAGE_LENGTH:
        yield f"the lesson message can reach {length} characters; at most {MAX_MESSAGE_LENGTH} fit"


def _telegram_length(text: str) -> int:
    """UTF-16 code units, as Telegram counts (bot.content.limits imports models, so not here)."""
    return len(text.encode("utf-16-le")) // 2
