"""Rendering texts and reading the catalog behave the way handlers rely on."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from bot.content import Catalog, Exercise, TextKey, load_catalog
from bot.content.template_fields import template_placeholders
from bot.content.text_keys import allowed_placeholders
from bot.content.texts import TextRenderError


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    """The real content, loaded once for this module."""
    return load_catalog()


def test_render_fills_in_the_placeholders(catalog: Catalog) -> None:
    rendered = catalog.texts.render(TextKey.ROUTINE_SUMMARY_PAIN, before=6, after=3)
    assert rendered == "Pain before → after: 6 → 3"


def test_render_without_a_needed_value_raises_key_error(catalog: Catalog) -> None:
    with pytest.raises(KeyError, match="after"):
        catalog.texts.render(TextKey.ROUTINE_SUMMARY_PAIN, before=6)


def test_values_are_filled_in_as_written_without_grouping(catalog: Catalog) -> None:
    rendered = catalog.texts.render(TextKey.ROUTINE_SUMMARY_PAIN, before=12345, after="007")
    assert rendered == "Pain before → after: 12345 → 007"


def test_a_count_picks_its_plural_form_and_a_fraction_takes_other(catalog: Catalog) -> None:
    render = catalog.texts.render
    assert render(TextKey.NUDGE_STREAK, streak=1).startswith("🔥 Your streak: 1 day.")
    assert render(TextKey.NUDGE_STREAK, streak="1").startswith("🔥 Your streak: 1 day.")
    assert render(TextKey.NUDGE_STREAK, streak=2.5).startswith("🔥 Your streak: 2.5 days.")
    with pytest.raises(TypeError, match="a count must be a number"):
        render(TextKey.NUDGE_STREAK, streak=True)


def test_a_value_fluent_cannot_fill_in_raises_instead_of_sending_half_a_text(
    catalog: Catalog,
) -> None:
    with pytest.raises(TextRenderError, match="the value of other has 3000 characters"):
        catalog.texts.render(TextKey.BUTTON_START_OTHER, other="x" * 3000)


def test_render_accepts_a_placeholder_named_key(catalog: Catalog) -> None:
    assert catalog.texts.render(TextKey.BUTTON_DONE, key="ignored") == "✅ Done"


def test_every_shipped_text_uses_all_the_values_it_is_given(catalog: Catalog) -> None:
    for key in TextKey:
        assert catalog.texts.placeholders(key) == allowed_placeholders(key), key


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        ("no values", []),
        ("{a} and {b}", ["a", "b"]),
        ("{{literal}} {a}", ["a"]),
        ("{a:>{width}}", ["a", "width"]),
        ("{a.attr} {0} {}", ["a.attr", "0", ""]),
    ],
)
def test_template_placeholders_finds_every_field(template: str, expected: list[str]) -> None:
    assert template_placeholders(template) == expected


def test_exercise_message_shows_position_numbered_steps_dose_and_safety(
    catalog: Catalog,
) -> None:
    knee_to_chest = catalog.exercises["knee_to_chest"]
    message = catalog.exercise_message(knee_to_chest, index=7, total=7)
    assert message.startswith("🏋️ 7/7 · Knee to Chest\n")
    assert "\n1. Lie on your back" in message
    assert "\n4. Let go and lower your feet" in message
    assert "\n🔁 hold 20 s, 2–3 times\n" in message
    assert knee_to_chest.safety in message


def test_gentler_message_shows_its_own_dose_and_the_safety_line(catalog: Catalog) -> None:
    neck = catalog.exercises["neck_flexion"]
    message = catalog.gentler_message(neck)
    assert message.startswith("🌱 Gentler version of Neck Flexion\n\n")
    assert neck.gentler.text in message
    assert "\n🔁 hold each position 10 s, 2 times\n" in message
    assert message.endswith(f"\n🛡 {neck.safety}")


def test_a_gentler_version_with_its_own_safety_line_shows_that_one(catalog: Catalog) -> None:
    lat_pulldown = catalog.exercises["lat_pulldown"]
    assert lat_pulldown.gentler.safety is not None
    message = catalog.gentler_message(lat_pulldown)
    assert message.endswith(f"\n🛡 {lat_pulldown.gentler.safety}")
    assert "band" not in lat_pulldown.gentler.safety


def test_numbered_steps_puts_one_numbered_step_per_line(catalog: Catalog) -> None:
    lines = catalog.exercises["wall_angels"].numbered_steps().splitlines()
    assert [line.split(". ", 1)[0] for line in lines] == ["1", "2", "3", "4", "5"]


def test_routine_exercises_follow_the_routine_order(catalog: Catalog) -> None:
    quick = catalog.routine_exercises("quick")
    assert [exercise.id for exercise in quick] == list(catalog.routines["quick"].exercises)


def test_an_unknown_routine_raises_key_error(catalog: Catalog) -> None:
    with pytest.raises(KeyError):
        catalog.routine_exercises("marathon")


def test_the_loaded_catalog_cannot_be_changed(catalog: Catalog) -> None:
    with pytest.raises(TypeError):
        catalog.exercises["extra"] = catalog.exercises["wall_angels"]  # type: ignore[index]
    with pytest.raises(TypeError):
        catalog.texts.messages[TextKey.BUTTON_DONE] = "x"  # type: ignore[index]
    with pytest.raises(ValidationError):
        catalog.exercises["wall_angels"].hold_seconds = 5  # type: ignore[misc]


def test_exercises_reject_unknown_fields_in_code_too() -> None:
    with pytest.raises(ValidationError, match="colour"):
        Exercise.model_validate(
            {
                "id": "x",
                "name": "X",
                "why": "w",
                "steps": ["a", "b", "c"],
                "dose": "d",
                "hold_seconds": 0,
                "safety": "s",
                "gentler": {"text": "g", "dose": "d", "hold_seconds": 0},
                "colour": "blue",
            }
        )


def test_each_key_is_its_fluent_id_in_kebab_case() -> None:
    for key in TextKey:
        assert key.value == key.name.lower().replace("_", "-")
