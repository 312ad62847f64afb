"""Ladder levels as versions of an exercise, and the start-up checks that keep ladders honest.

Checked for every exercise, so a broken ladder stops the bot at start rather than showing a
user a wrong dose mid-routine:
- it has a ladder of at least two levels, and level 0 is exactly the seed dose the exercise
  states today (same words, same hold), so nobody's dose changes when ladders arrive;
- each level's template uses {sets}, {reps}, {band} and {hold} exactly when it has the value,
  and types no digit by hand;
- each level asks for more than the one before (more sets, reps over all sets or hold, and
  none of them less), unless it moves to a stronger band, where fewer reps are the usual
  restart;
- the exercise message, shown with each level's dose, fits a caption (1024 characters).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.content.ladders import (
    BAND_PLACEHOLDER,
    REPS_PLACEHOLDERS,
    SETS_PLACEHOLDER,
    CountWords,
    DoseLevel,
)
from bot.content.limits import MAX_CAPTION_LENGTH, telegram_length
from bot.content.models import HOLD_PLACEHOLDER, Catalog, Dosed, Exercise
from bot.content.texts import TextRenderError

MIN_LADDER_LEVELS = 2
_KNOWN_PLACEHOLDERS = frozenset(
    {SETS_PLACEHOLDER, *REPS_PLACEHOLDERS, BAND_PLACEHOLDER, HOLD_PLACEHOLDER}
)
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
_DIGIT = re.compile(r"\d")
_LONGEST_COUNT = 99


def level_version(exercise: Exercise, level: int, words: CountWords) -> Dosed:
    """The exercise's dose at `level` (clamped to its ladder), ready for dose_text() and the timer.

    Without a ladder, or at level 0 (the seed dose, checked equal at start-up), the exercise's
    own dose is used, so callers need no special case. The sides and rests stay the exercise's;
    a level's reps are the rounds of a timed hold ("2–3 times": 3) or the reps of each set.
    """
    if not exercise.level or level <= 0:
        return exercise
    step = exercise.level[min(level, len(exercise.level) - 1)]
    timed = step.hold > 0
    return Dosed(
        dose=step.dose_template(words),
        hold_seconds=step.hold,
        hold_from_seconds=step.hold_from,
        sides=exercise.sides,
        rounds=(step.reps or exercise.rounds) if timed else exercise.rounds,
        rest_seconds=exercise.rest_seconds,
        sets=exercise.sets if timed else step.sets,
        reps=exercise.reps if timed else (step.reps or exercise.reps),
    )


def ladder_problems(catalog: Catalog, source: str) -> list[str]:
    """One "file: exercise[i] (id).level[j]: problem" line per broken ladder or level."""
    problems: list[str] = []
    for position, exercise in enumerate(catalog.exercises.values()):
        where = f"{source}: exercise[{position}] ({exercise.id})"
        problems.extend(
            f"{where}.{field}: {problem}"
            for field, problem in _problems(exercise, catalog.count_words)
        )
        problems.extend(f"{where}: {problem}" for problem in _caption_problems(catalog, exercise))
    return problems


def _problems(exercise: Exercise, words: CountWords) -> Iterator[tuple[str, str]]:
    """(field, problem) pairs for one exercise's ladder."""
    ladder = exercise.level
    if len(ladder) < MIN_LADDER_LEVELS:
        yield (
            "level",
            f"needs a ladder of at least {MIN_LADDER_LEVELS} [[exercise.level]] entries, "
            f"found {len(ladder)}; the first is the exercise's own dose",
        )
    for index, step in enumerate(ladder):
        yield from ((f"level[{index}].{f}", p) for f, p in _template_problems(step))
        if index > 0 and not _harder(ladder[index - 1], step):
            yield (
                f"level[{index}]",
                "must ask for more than the level before: more sets, reps over all sets or "
                "hold and none of them less, or a different band",
            )
    if ladder:
        yield from (("level[0]", problem) for problem in _seed_problems(exercise, ladder[0], words))


def _seed_problems(exercise: Exercise, first: DoseLevel, words: CountWords) -> Iterator[str]:
    """Level 0 must be the dose the exercise states, so a user's dose doesn't change today."""
    reads = first.dose_template(words)
    if reads != exercise.dose:
        yield (
            f"reads '{reads}' but the exercise's dose is '{exercise.dose}'; "
            "the first level must be the seed dose"
        )
    seed_hold = (exercise.hold_seconds, exercise.hold_from_seconds)
    if (first.hold, first.hold_from) != seed_hold:
        yield (
            f"has hold {first.hold} and hold_from {first.hold_from} but the exercise has "
            f"hold_seconds {seed_hold[0]} and hold_from_seconds {seed_hold[1]}; the first level "
            "must be the seed dose"
        )
    if first.band is not None:
        yield "names a band; the first level is the seed dose, with the band of the steps"


def _template_problems(step: DoseLevel) -> Iterator[tuple[str, str]]:
    """(field, problem) pairs: each value appears in the words exactly when it is set."""
    used = set(_PLACEHOLDER.findall(step.dose))
    for unknown in sorted(used - _KNOWN_PLACEHOLDERS):
        yield "dose", f"unknown placeholder {unknown}; use {', '.join(sorted(_KNOWN_PLACEHOLDERS))}"
    wanted = {
        SETS_PLACEHOLDER: step.sets > 1,
        BAND_PLACEHOLDER: step.band is not None,
        HOLD_PLACEHOLDER: step.hold > 0,
    }
    for placeholder, has_value in wanted.items():
        if has_value and placeholder not in used:
            yield "dose", f"has a value for {placeholder} but does not say it"
        if placeholder in used and not has_value:
            yield "dose", f"says {placeholder} but its value is not set"
    reps_said = used & set(REPS_PLACEHOLDERS)
    reps_words = " or ".join(REPS_PLACEHOLDERS)
    if step.reps is not None and len(reps_said) != 1:
        yield "dose", f"has a value for reps, so it says exactly one of {reps_words}"
    if step.reps is None and reps_said:
        yield "dose", f"says {', '.join(sorted(reps_said))} but reps is not set"
    if _DIGIT.search(_PLACEHOLDER.sub("", step.dose)):
        yield "dose", f"types a number by hand; use {{sets}}, {reps_words} and {{hold}} instead"
    if step.reps_from is not None and (step.reps is None or not step.reps_from < step.reps):
        yield "reps_from", f"{step.reps_from} must be less than reps ({step.reps})"
    if step.hold_from is not None and not step.hold_from < step.hold:
        yield "hold_from", f"{step.hold_from} must be less than hold ({step.hold})"


def _harder(before: DoseLevel, after: DoseLevel) -> bool:
    """More of something and less of nothing, or a move to a different band."""
    if after.band != before.band:
        return True
    pairs = zip(before.effort(), after.effort(), strict=True)
    return after.effort() != before.effort() and all(b <= a for b, a in pairs)


def _caption_problems(catalog: Catalog, exercise: Exercise) -> Iterator[str]:
    """The exercise message with each level's dose must still fit a caption."""
    for index in range(len(exercise.level)):
        try:
            version = level_version(exercise, index, catalog.count_words)
            message = catalog.exercise_message(exercise, _LONGEST_COUNT, _LONGEST_COUNT, version)
        except TextRenderError as error:
            yield f"level[{index}]: the exercise message with this dose cannot be made ({error})"
            continue
        length = telegram_length(message)
        if length > MAX_CAPTION_LENGTH:
            yield (
                f"level[{index}]: the exercise message with this dose is {length} characters; "
                f"a caption allows {MAX_CAPTION_LENGTH}"
            )
