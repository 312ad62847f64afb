"""The shipped content loads, stays faithful to the article and fits Telegram."""

from __future__ import annotations

import re

import pytest

from bot.content import (
    MAX_BUTTON_LABEL_LENGTH,
    MAX_MESSAGE_LENGTH,
    Catalog,
    Severity,
    TextKey,
    default_content_directory,
    load_catalog,
    telegram_length,
)
from bot.content.text_keys import allowed_placeholders

ARTICLE_NAMES_IN_ORDER = [
    "Lat Pulldown (resistance band)",
    "Wall Angels",
    "Chair Rotation",
    "Neck Flexion",
    "Trunk Rotation",
    "Arm Reach Above the Head",
    "Knee to Chest",
]
DESK_FRIENDLY_IDS = {"chair_rotation", "neck_flexion", "arm_reach"}


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    """The real content, loaded once for this module like the bot does at start-up."""
    return load_catalog()


def test_the_seven_article_exercises_load_in_article_order_then_the_no_band_version(
    catalog: Catalog,
) -> None:
    names = [exercise.name for exercise in catalog.exercises.values()]
    assert names == [*ARTICLE_NAMES_IN_ORDER, "Towel Pull-down (no band needed)"]
    assert catalog.exercises["lat_pulldown"].without_band == "towel_pulldown"


def test_the_full_routine_is_all_seven_exercises_getting_down_to_the_floor_once(
    catalog: Catalog,
) -> None:
    assert catalog.routines["full"].title == "Full routine"
    full = [exercise.name for exercise in catalog.routine_exercises("full")]
    assert sorted(full) == sorted(ARTICLE_NAMES_IN_ORDER)
    on_the_floor = [
        "a mat or carpet" in exercise.needs for exercise in catalog.routine_exercises("full")
    ]
    # Once down, the person stays down: the lying exercises are the last ones, together.
    assert on_the_floor == [False] * 5 + [True] * 2
    assert full[:4] == ARTICLE_NAMES_IN_ORDER[:4]


def test_the_quick_routine_is_the_band_exercise_and_a_desk_friendly_one(catalog: Catalog) -> None:
    quick_ids = catalog.routines["quick"].exercises
    assert quick_ids[-1] == "lat_pulldown"
    assert set(quick_ids[:-1]) <= DESK_FRIENDLY_IDS
    assert "2-minute" in catalog.routines["quick"].title


@pytest.mark.parametrize(
    ("exercise_id", "expected_in_dose", "expected_in_gentler_dose"),
    [
        ("lat_pulldown", "3 sets × 12 reps", "10 slow reps"),
        ("wall_angels", "2 sets × 10", "1 set × 10"),
        ("chair_rotation", "hold 20 s each side, 2–3 times", "hold 10 s each side, 2 times"),
        ("neck_flexion", "hold each position 20 s, 2–3 times", "hold each position 10 s, 2 times"),
        ("trunk_rotation", "hold 20–30 s each side", "hold 10 s each side"),
        ("arm_reach", "about 2 min", "about 1 min"),
        ("knee_to_chest", "hold 20 s, 2–3 times", "hold 15 s each leg"),
    ],
)
def test_each_dose_follows_the_article_or_the_standard_stretching_dose(
    catalog: Catalog, exercise_id: str, expected_in_dose: str, expected_in_gentler_dose: str
) -> None:
    exercise = catalog.exercises[exercise_id]
    assert expected_in_dose in exercise.dose_text()
    assert expected_in_gentler_dose in exercise.gentler.dose_text()


@pytest.mark.parametrize(
    ("exercise_id", "hold_seconds", "gentler_hold_seconds"),
    [
        ("lat_pulldown", 0, 0),
        ("wall_angels", 0, 0),
        ("chair_rotation", 20, 10),
        ("neck_flexion", 20, 10),
        ("trunk_rotation", 30, 10),
        ("arm_reach", 120, 60),
        ("knee_to_chest", 20, 15),
    ],
)
def test_only_timed_holds_get_a_timer(
    catalog: Catalog, exercise_id: str, hold_seconds: int, gentler_hold_seconds: int
) -> None:
    exercise = catalog.exercises[exercise_id]
    assert exercise.hold_seconds == hold_seconds
    assert exercise.is_timed is (hold_seconds > 0)
    assert exercise.gentler.hold_seconds == gentler_hold_seconds
    assert exercise.version(gentler=True) is exercise.gentler
    assert exercise.version(gentler=False) is exercise


@pytest.mark.parametrize(
    ("exercise_id", "field", "expected_phrase"),
    [
        ("lat_pulldown", "steps", "upper arms are about parallel to the ground"),
        ("lat_pulldown", "gentler", "No band"),
        ("lat_pulldown", "steps", "door anchor high on the hinge side of a closed door"),
        ("lat_pulldown", "steps", "opens away from you"),
        ("lat_pulldown", "steps", "Never hang the band from a light fitting"),
        ("lat_pulldown", "steps", "wear or nicks"),
        ("lat_pulldown", "safety", "Keep your face out of the band's line"),
        ("chair_rotation", "steps", "chair without wheels or swivel"),
        ("knee_to_chest", "why", "lower back and hips"),
        ("wall_angels", "steps", "bend your elbows to 90°, like a goalpost"),
        ("neck_flexion", "steps", "Start by slowly bringing your chin down"),
        ("neck_flexion", "steps", "never roll or push your head backwards"),
        ("knee_to_chest", "steps", "lower your feet back to the floor one at a time"),
        ("chair_rotation", "steps", "without forcing"),
    ],
)
def test_the_article_steps_are_rewritten_clearly_and_safely(
    catalog: Catalog, exercise_id: str, field: str, expected_phrase: str
) -> None:
    exercise = catalog.exercises[exercise_id]
    value = exercise.gentler.text if field == "gentler" else getattr(exercise, field)
    text = "\n".join(value) if isinstance(value, tuple) else value
    assert expected_phrase in text


def test_no_article_typo_survives_in_any_content_file() -> None:
    # "angles" alone is a real word (joint angles in movements.toml); the typo is "Wall Angles".
    typo = re.compile(r"\b(Wall Angles|Strat|resistant band)\b", re.IGNORECASE)
    for path in sorted(default_content_directory().glob("*.toml")):
        found = typo.findall(path.read_text(encoding="utf-8"))
        assert not found, f"{path.name} still contains {found}"


def test_every_exercise_has_three_to_six_steps_and_a_safety_line(catalog: Catalog) -> None:
    for exercise in catalog.exercises.values():
        assert 3 <= len(exercise.steps) <= 6, exercise.id
        assert exercise.safety.strip(), exercise.id
        assert exercise.gentler.text.strip(), exercise.id
        assert exercise.gentler_safety.strip(), exercise.id


FLOOR_EXERCISE_IDS = ("trunk_rotation", "knee_to_chest")
FLOOR_CAUTION = (
    "If you have osteoporosis or had spine surgery in the last year, "
    "check with your doctor or physio first."
)


@pytest.mark.parametrize("exercise_id", FLOOR_EXERCISE_IDS)
def test_floor_exercises_warn_about_bones_and_surgery_and_how_to_get_up(
    catalog: Catalog, exercise_id: str
) -> None:
    exercise = catalog.exercises[exercise_id]
    assert exercise.steps[0].startswith("Lie on your back")
    for message in (catalog.exercise_message(exercise, 1, 7), catalog.gentler_message(exercise)):
        assert FLOOR_CAUTION in message
        assert "roll onto your side to get up" in message


def test_only_the_floor_exercises_are_done_lying_down(catalog: Catalog) -> None:
    lying = {
        exercise.id
        for exercise in catalog.exercises.values()
        if "lie on your back" in f"{exercise.numbered_steps()} {exercise.gentler.text}".lower()
    }
    assert lying == set(FLOOR_EXERCISE_IDS)


def test_no_exercise_claims_to_stretch_the_whole_back(catalog: Catalog) -> None:
    for exercise in catalog.exercises.values():
        assert "top to bottom" not in exercise.why, exercise.id
        assert "whole spine" not in exercise.why, exercise.id


def test_screening_asks_about_every_red_flag_with_the_right_severity(catalog: Catalog) -> None:
    severity_by_topic = {
        "chest pain": Severity.URGENT,
        "shortness of breath": Severity.URGENT,
        "trouble speaking": Severity.URGENT,
        "inflammatory joint disease": Severity.DOCTOR,
        "bladder or bowels": Severity.URGENT,
        "unsteady walking": Severity.URGENT,
        "numbness, tingling or weakness": Severity.DOCTOR,
        "vision when you move your neck": Severity.DOCTOR,
        "cancer": Severity.DOCTOR,
        "osteoporosis": Severity.DOCTOR,
        "surgery on your spine": Severity.DOCTOR,
        "under 20 or over 55": Severity.DOCTOR,
        "fever, night sweats or weight loss": Severity.DOCTOR,
        "fall": Severity.DOCTOR,
        "constant pain at night": Severity.DOCTOR,
    }
    for topic, severity in severity_by_topic.items():
        matching = [q for q in catalog.screening if topic in q.question.lower()]
        assert [q.severity for q in matching] == [severity], topic
    assert len(catalog.screening) == len(severity_by_topic)


def test_every_exercise_message_fits_in_one_telegram_message(catalog: Catalog) -> None:
    for exercise in catalog.exercises.values():
        message = catalog.exercise_message(exercise, index=99, total=99)
        assert exercise.name in message
        assert "1. " in message
        assert telegram_length(message) <= MAX_MESSAGE_LENGTH
        assert telegram_length(catalog.gentler_message(exercise)) <= MAX_MESSAGE_LENGTH


def test_every_button_label_is_short(catalog: Catalog) -> None:
    labels = {
        key: catalog.texts.render(key, **dict.fromkeys(allowed_placeholders(key), "99"))
        for key in TextKey
        if key.startswith("button-")
    }
    assert {TextKey.BUTTON_DONE, TextKey.BUTTON_SNOOZE, TextKey.BUTTON_SKIP_TODAY} <= set(labels)
    assert all(telegram_length(label) <= MAX_BUTTON_LABEL_LENGTH for label in labels.values())


def test_ids_leave_room_in_callback_data(catalog: Catalog) -> None:
    all_ids = [
        *catalog.exercises,
        *catalog.routines,
        *(question.id for question in catalog.screening),
    ]
    largest_session_id = 2**63 - 1
    for item_id in all_ids:
        assert len(f"ex:{largest_session_id}:99:{item_id}".encode()) <= 64, item_id


def test_help_lists_every_command_and_says_it_does_not_diagnose(catalog: Catalog) -> None:
    help_text = catalog.texts.render(TextKey.COMMON_HELP)
    for command in ["/routine", "/quick", "/stop", "/settings", "/timezone", "/remind"]:
        assert command in help_text
    assert "/help" in help_text
    assert "/start" in help_text
    assert "don't diagnose" in help_text


def test_welcome_names_the_user_and_announces_the_safety_check(catalog: Catalog) -> None:
    welcome = catalog.texts.render(TextKey.ONBOARDING_WELCOME, first_name="Ada")
    assert "Hi Ada" in welcome
    assert "safety check" in welcome
    assert "not a substitute" in welcome


def test_urgent_advice_sends_the_user_to_urgent_care(catalog: Catalog) -> None:
    advice = catalog.texts.render(TextKey.ONBOARDING_URGENT_ADVICE)
    assert "emergency number" in advice
    assert "don't do these exercises" in advice
