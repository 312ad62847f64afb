"""Start-up checks that every dose says exactly what the ▶ Timer will count.

A dose names its hold only through {hold}, which is filled in from hold_seconds (and
hold_from_seconds for a range). A number of seconds or minutes typed by hand anywhere in an
exercise's texts could drift from the timer, as "hold it for only about 10 seconds" once did
while the timer ran 20 s, so such numbers are refused and the editor is told where to put them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from bot.content.models import HOLD_PLACEHOLDER, Dosed, Exercise, Routine, format_hold

_TYPED_DURATION = re.compile(
    r"\b\d+(?:\s*[–-]\s*\d+)?\s*(?:s|secs?|seconds?|mins?|minutes?)\b", re.IGNORECASE
)
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _typed_durations(text: str) -> list[str]:
    """Durations written by hand, such as "10 seconds", "15–20 s" or "2 minutes"."""
    return [match.group(0) for match in _TYPED_DURATION.finditer(text)]


def _hold_problems(version: Dosed) -> Iterator[tuple[str, str]]:
    """(field, problem) pairs for the hold fields and the dose of one version."""
    hold, start = version.hold_seconds, version.hold_from_seconds
    if start is not None and not 0 < start < hold:
        yield (
            "hold_from_seconds",
            f"{start} must be less than hold_seconds ({hold}): the dose reads "
            f"'{start}–{hold} s' and the ▶ Timer counts to {hold}",
        )
    for placeholder in _PLACEHOLDER.findall(version.dose):
        if placeholder != HOLD_PLACEHOLDER:
            yield "dose", f"unknown placeholder {placeholder}; only {HOLD_PLACEHOLDER} is filled in"
    uses_hold = HOLD_PLACEHOLDER in version.dose
    if version.is_timed and not uses_hold:
        shown = format_hold(hold, start if start is not None and 0 < start < hold else None)
        yield (
            "dose",
            f"hold_seconds is {hold}, so the ▶ Timer counts {hold} s, but the dose does not say "
            f"how long to hold: write {HOLD_PLACEHOLDER} where the hold goes (it reads '{shown}')",
        )
    if not version.is_timed and uses_hold:
        yield (
            "dose",
            f"uses {HOLD_PLACEHOLDER} but hold_seconds is 0: set hold_seconds to the hold, "
            "so the ▶ Timer counts it",
        )


def _typed_duration_problems(fields: Iterable[tuple[str, str]]) -> Iterator[tuple[str, str]]:
    """(field, problem) pairs for every duration written by hand instead of {hold}."""
    for field, text in fields:
        for typed in _typed_durations(text):
            yield (
                field,
                f"says '{typed}' by hand; write {HOLD_PLACEHOLDER} in the dose and set "
                "hold_seconds instead, so the text always matches the ▶ Timer",
            )


def _exercise_problems(exercise: Exercise) -> Iterator[tuple[str, str]]:
    """(field, problem) pairs for the exercise and its gentler version."""
    gentler = exercise.gentler
    yield from _hold_problems(exercise)
    yield from (("gentler." + field, problem) for field, problem in _hold_problems(gentler))
    texts = [
        ("why", exercise.why),
        *((f"steps[{index}]", step) for index, step in enumerate(exercise.steps)),
        ("dose", exercise.dose),
        ("safety", exercise.safety),
        ("gentler.text", gentler.text),
        ("gentler.dose", gentler.dose),
    ]
    if gentler.safety is not None:
        texts.append(("gentler.safety", gentler.safety))
    yield from _typed_duration_problems(texts)


def dose_problems(exercises: Iterable[Exercise], source: str) -> list[str]:
    """One "file: exercise[i] (id).field: problem" line per text that could contradict a timer."""
    return [
        f"{source}: exercise[{position}] ({exercise.id}).{field}: {problem}"
        for position, exercise in enumerate(exercises)
        for field, problem in _exercise_problems(exercise)
    ]


def routine_dose_problems(
    routines: Iterable[Routine], exercises: Iterable[Exercise], source: str
) -> list[str]:
    """A routine's own doses follow the same rules, name exercises that exist, and every
    `without_band` names another exercise."""
    known = {exercise.id for exercise in exercises}
    problems = [
        f"{source}: exercise ({exercise.id}).without_band: unknown exercise id "
        f"'{exercise.without_band}'"
        for exercise in exercises
        if exercise.without_band is not None
        and (exercise.without_band not in known or exercise.without_band == exercise.id)
    ]
    for routine in routines:
        for exercise_id, dose in routine.doses.items():
            where = f"{source}: routine '{routine.id}'.doses.{exercise_id}"
            if exercise_id not in known:
                problems.append(f"{where}: unknown exercise id '{exercise_id}'")
            problems.extend(
                f"{where}.{field}: {problem}" for field, problem in _hold_problems(dose)
            )
            problems.extend(
                f"{where}.{field}: {problem}"
                for field, problem in _typed_duration_problems([("dose", dose.dose)])
            )
    return problems
