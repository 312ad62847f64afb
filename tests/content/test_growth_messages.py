"""Dose announcements, lessons as sent and /learn fit Telegram, for every level and lesson."""

from __future__ import annotations

import pytest

from bot.callback_data import encode
from bot.content import MAX_BUTTON_LABEL_LENGTH, MAX_MESSAGE_LENGTH, Catalog, load_catalog
from bot.content import telegram_length as length
from bot.domain.progression import Reason
from bot.services.lessons import LessonList
from bot.services.progression import LevelChangeNote
from bot.views.growth_view import GrowthView

MAX_INLINE_BUTTONS = 100
"""Telegram's limit on buttons in one inline keyboard."""


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    """The real content, loaded once."""
    return load_catalog()


def test_every_level_of_every_ladder_announces_in_one_short_message(catalog: Catalog) -> None:
    view = GrowthView(catalog)
    for exercise in catalog.exercises.values():
        for level in range(1, len(exercise.level)):
            for reason in Reason:
                note = LevelChangeNote(exercise.id, level - 1, level, reason)
                sentence = view.announcement(note)
                assert exercise.name in sentence
                assert 0 < length(sentence) <= MAX_MESSAGE_LENGTH // 4, sentence


def test_every_lesson_as_sent_fits_a_message_beside_a_summary(catalog: Catalog) -> None:
    view = GrowthView(catalog)
    for lesson in catalog.lessons:
        shown = view.lesson(lesson.id)
        assert shown is not None
        assert shown.text.startswith(f"📘 {lesson.title}")
        assert lesson.source in shown.text
        assert length(shown.text) <= MAX_MESSAGE_LENGTH // 4, lesson.id


def test_learn_lists_every_lesson_within_telegrams_keyboard_limits(catalog: Catalog) -> None:
    shown = GrowthView(catalog).learn(LessonList(frozenset(), enabled=True))
    assert shown.keyboard is not None
    buttons = [label for row in shown.keyboard.rows for label, _ in row]
    assert len(buttons) == len(catalog.lessons) + 1 <= MAX_INLINE_BUTTONS
    assert all(length(label) <= MAX_BUTTON_LABEL_LENGTH for label in buttons)


def test_the_reset_button_fits_and_carries_its_press(catalog: Catalog) -> None:
    label, press = GrowthView(catalog).reset_button()
    assert label == "↩️ Doses back to the start"
    assert length(label) <= MAX_BUTTON_LABEL_LENGTH
    assert encode(press) == "lvr"
