"""Telegram's size limits, checked at start-up rather than failing while a user is mid-routine."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import partial
from itertools import product

from bot.content.models import Catalog, screening_checklist
from bot.content.plurals import category_samples
from bot.content.text_keys import (
    BUTTON_KEYS,
    CALLBACK_ANSWER_KEYS,
    REPORT_KEYS,
    TextKey,
    allowed_placeholders,
)
from bot.content.texts import TextRenderError

MAX_MESSAGE_LENGTH = 4096
MAX_CALLBACK_ANSWER_LENGTH = 200
MAX_CAPTION_LENGTH = 1024
# Sent as captions of photos and documents, where Telegram allows far less than in a message.
CAPTION_KEYS = frozenset({TextKey.PROGRESS_CAPTION, TextKey.WEEKLY_CAPTION, TextKey.EXPORT_INTRO})
MAX_BUTTON_LABEL_LENGTH = 32
"""Telegram tolerates 64; 32 keeps two buttons side by side readable on a phone."""

_LARGEST_COUNT = 99
_LONGEST_FIXED_VALUES: dict[str, str] = {
    "first_name": "W" * 64,  # Telegram caps first names at 64 characters.
    "timezone": "America/Argentina/ComodRivadavia",  # the longest IANA zone name
    "when": "Wednesday 30 September, 23:59 (America/Argentina/ComodRivadavia)",
    "current_streak": "99999",
    "current": "99999",
    "streak": "99999",
    "until": "Wednesday 30 September 2026",
    "sessions_week": "99",
    "sessions_month": "999",
    "first": "10.0",
    "now": "10.0",
    "points": "10.0",
    "percent": "100",
    "date": "Wed 30 Sep 2026",
    "routine": "2-minute routine",
    "pain": "10 → 10",
    "best": "99999",
    "index": str(_LARGEST_COUNT),
    "total": str(_LARGEST_COUNT),
    "done": str(_LARGEST_COUNT),
    "skipped": str(_LARGEST_COUNT),
    "hurt": str(_LARGEST_COUNT),
    "remaining": "9999",
    "before": "10",
    "after": "10",
    "start": "30 September 2026",
    "days": "9999",
    "zone": "America/Argentina/ComodRivadavia",
    # The function check (PSFS): three activities of 60 characters, scores and changes.
    "activities": "\n".join(["• " + "W" * 60] * 3),
    "lines": "\n".join(["• " + "W" * 60 + ": 10 → 10"] * 3),
    "previous": "10",
    "last": "10.0",
    "scores": " → ".join(["10"] * 6),
    "change": " (down 10: a clear change)",
    "limit": "60",
    "end": "30 September 2026",
    "minutes": "999",
    "round": "10",
    "rounds": "10",
    # Dose levels and lessons (issue 20): a ladder's dose with its band, and counts.
    "goal": "7",
    "count": "10–50",  # a dose level's count, or range of counts
    "dose": "W" * 400,
    "seen": str(_LARGEST_COUNT),
}
_RENDERED_PER_EXERCISE = frozenset({TextKey.ROUTINE_EXERCISE, TextKey.ROUTINE_EXERCISE_GENTLER})


def telegram_length(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units), so emoji are not undercounted."""
    return len(text.encode("utf-16-le")) // 2


def _longest(values: list[str]) -> str:
    """The longest candidate, or nothing when there are none."""
    return max(values, key=telegram_length, default="")


def _longest_plausible_values(catalog: Catalog) -> dict[str, str]:
    """Worst-case values for every placeholder, taken from the content where it supplies them."""
    render = catalog.texts.render
    return {
        **_LONGEST_FIXED_VALUES,
        "items": screening_checklist(catalog.screening),
        # Every escalation reason at once, a line each.
        "reason": "\n".join(
            [
                render(TextKey.ROUTINE_ESCALATION_HIGH_AFTER, after="10"),
                render(TextKey.ROUTINE_ESCALATION_ROSE, before="10", after="10"),
                render(TextKey.ROUTINE_ESCALATION_TREND),
                render(TextKey.ROUTINE_ESCALATION_NO_IMPROVEMENT),
            ]
        ),
        "title": _longest([routine.title for routine in catalog.routines.values()]),
        "other": _longest([routine.called for routine in catalog.routines.values()]),
        "needs": ", ".join(need for e in catalog.exercises.values() for need in e.needs),
        "side": _longest(
            [side for e in catalog.exercises.values() for side in (*e.sides, *e.gentler.sides)]
        ),
        "name": _longest([exercise.name for exercise in catalog.exercises.values()]),
        "consent": _longest(
            [render(TextKey.SETTINGS_CONSENT_ON), render(TextKey.SETTINGS_CONSENT_OFF)]
        ),
        "remind_time": _longest(["23:59", render(TextKey.SETTINGS_REMINDERS_OFF_VALUE)]),
        # Caption lines are texts themselves: the longest of them, fully rendered.
        "relief": _longest(
            [render(TextKey.PROGRESS_RELIEF, relief="-10.0"), render(TextKey.PROGRESS_RELIEF_NONE)]
        ),
        "comparison": _longest(
            [
                render(key, first="10.0", now="10.0", points="10.0", percent="100")
                for key in (
                    TextKey.PROGRESS_IMPROVED,
                    TextKey.PROGRESS_WORSENED,
                    TextKey.PROGRESS_NO_CLEAR_CHANGE,
                )
            ]
            + [render(TextKey.PROGRESS_NOT_ENOUGH_DATA)]
        ),
    }


def _worst_cases(
    catalog: Catalog, key: TextKey, values: Mapping[str, str]
) -> Iterator[dict[str, str]]:
    """The key's worst-case values, once per plural category of each count it selects on."""
    wanted = {name: values[name] for name in allowed_placeholders(key)}
    counted = sorted(catalog.texts.counted[key])
    samples = category_samples(catalog.texts.language)
    for counts in product(*([values[name], *samples] for name in counted)):
        yield {**wanted, **dict(zip(counted, counts, strict=True))}


def _text_problems(catalog: Catalog, texts_source: str) -> list[str]:
    """Every text, filled with worst-case values, must fit where it is shown."""
    values = _longest_plausible_values(catalog)
    problems = []
    for key in TextKey:
        if key in _RENDERED_PER_EXERCISE or key in REPORT_KEYS:
            continue
        try:
            length = max(
                telegram_length(catalog.texts.render(key, **wanted))
                for wanted in _worst_cases(catalog, key, values)
            )
        except TextRenderError as error:
            problems.append(f"{texts_source}: {key}: cannot be made ({error})")
            continue
        if key in BUTTON_KEYS:
            limit, what = MAX_BUTTON_LABEL_LENGTH, "button label"
        elif key in CALLBACK_ANSWER_KEYS:
            limit, what = MAX_CALLBACK_ANSWER_LENGTH, "button answer"
        elif key in CAPTION_KEYS:
            limit, what = MAX_CAPTION_LENGTH, "caption"
        else:
            limit, what = MAX_MESSAGE_LENGTH, "message"
        if length > limit:
            problems.append(
                f"{texts_source}: {key}: the {what} can reach {length} characters; "
                f"at most {limit} fit"
            )
    return problems


def _exercise_problems(catalog: Catalog, exercises_source: str) -> list[str]:
    """Each exercise's steps must fit as the caption of its animation (1024 characters)."""
    problems = []
    for position, exercise in enumerate(catalog.exercises.values()):
        rendered = {
            TextKey.ROUTINE_EXERCISE: partial(
                catalog.exercise_message, exercise, _LARGEST_COUNT, _LARGEST_COUNT
            ),
            TextKey.ROUTINE_EXERCISE_GENTLER: partial(catalog.gentler_message, exercise),
        }
        for key, render in rendered.items():
            where = f"{exercises_source}: exercise[{position}] ({exercise.id}): rendered with {key}"
            try:
                length = telegram_length(render())
            except TextRenderError as error:
                problems.append(f"{where} the message cannot be made ({error})")
                continue
            if length > MAX_CAPTION_LENGTH:
                problems.append(
                    f"{where} the message is {length} characters; a caption allows "
                    f"{MAX_CAPTION_LENGTH}"
                )
    return problems


def telegram_limit_problems(
    catalog: Catalog, exercises_source: str, texts_source: str
) -> list[str]:
    """All texts and exercise messages that would be too long for Telegram."""
    return [
        *_exercise_problems(catalog, exercises_source),
        *_text_problems(catalog, texts_source),
    ]
