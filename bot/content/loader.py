"""Reads content/ once at start-up and turns every mistake into one clear ContentError."""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterable, Mapping
from functools import partial
from pathlib import Path
from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from bot.content.doses import dose_problems, routine_dose_problems
from bot.content.errors import ContentError, validation_problems
from bot.content.lessons import Lesson, parse_lessons
from bot.content.levels import ladder_problems
from bot.content.limits import telegram_limit_problems
from bot.content.models import (
    FULL_ROUTINE_ID,
    QUICK_ROUTINE_ID,
    Catalog,
    Exercise,
    Routine,
    ScreeningQuestion,
)
from bot.content.numbers import NUMBERS_FILE, parse_numbers
from bot.content.symptoms import SymptomPhrases, parse_symptoms
from bot.content.text_keys import TextKey
from bot.content.texts import Texts, parse_texts
from bot.domain.screening import MAX_SCREENING_ITEMS

EXERCISES_FILE = "exercises.toml"
ROUTINES_FILE = "routines.toml"
SCREENING_FILE = "screening.toml"
SYMPTOMS_FILE = "symptoms.toml"
TEXTS_FILE = "texts.ftl"
LESSONS_FILE = "lessons.toml"
LANGUAGES_DIR = "languages"
ENGLISH = "en"
REQUIRED_ROUTINE_IDS = (FULL_ROUTINE_ID, QUICK_ROUTINE_ID)

_Parsed = TypeVar("_Parsed")


class _ContentFile(BaseModel):
    """A whole file; unknown top-level tables are typos, so they are rejected."""

    model_config = ConfigDict(extra="forbid")


class _ExercisesFile(_ContentFile):
    exercise: Annotated[tuple[Exercise, ...], Field(min_length=1)]


class _RoutinesFile(_ContentFile):
    routine: Annotated[tuple[Routine, ...], Field(min_length=1)]


class _ScreeningFile(_ContentFile):
    question: Annotated[
        tuple[ScreeningQuestion, ...], Field(min_length=1, max_length=MAX_SCREENING_ITEMS)
    ]


_FileModel = TypeVar("_FileModel", bound=_ContentFile)

MONTHS_IN_A_YEAR = 12


def default_content_directory() -> Path:
    """The repository's content/ folder, found relative to this package."""
    return Path(__file__).resolve().parents[2] / "content"


def _source_label(directory: Path, file_name: str) -> str:
    """A short name for messages, e.g. "content/exercises.toml" or "languages/ru/texts.ftl"."""
    if directory.parent.name == LANGUAGES_DIR:
        return f"{LANGUAGES_DIR}/{directory.name}/{file_name}"
    return f"{directory.name}/{file_name}"


def _read_toml(path: Path, source: str) -> dict[str, Any]:
    """Parse one TOML file; syntax errors keep tomllib's line and column."""
    try:
        with path.open("rb") as file:
            return tomllib.load(file)
    except FileNotFoundError:
        raise ContentError([f"{source}: file not found"]) from None
    except tomllib.TOMLDecodeError as error:
        raise ContentError([f"{source}: invalid TOML: {error}"]) from None
    except UnicodeDecodeError:
        raise ContentError([f"{source}: not valid UTF-8"]) from None
    except OSError as error:
        raise ContentError([f"{source}: cannot read the file: {error.strerror}"]) from None


def _load_file(directory: Path, file_name: str, model: type[_FileModel]) -> _FileModel:
    """Read and validate one data file against its model."""
    source = _source_label(directory, file_name)
    try:
        return model.model_validate(_read_toml(directory / file_name, source))
    except ValidationError as error:
        raise ContentError(validation_problems(source, error)) from None


def _read_text(path: Path, source: str) -> str:
    """A whole text file as UTF-8."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ContentError([f"{source}: file not found"]) from None
    except UnicodeDecodeError:
        raise ContentError([f"{source}: not valid UTF-8"]) from None
    except OSError as error:
        raise ContentError([f"{source}: cannot read the file: {error.strerror}"]) from None


def _load_texts(directory: Path, language: str) -> Texts:
    """Read and validate texts.ftl; English must describe the command menu."""
    source = _source_label(directory, TEXTS_FILE)
    texts = parse_texts(_read_text(directory / TEXTS_FILE, source), source, language)
    if language == ENGLISH and not texts.commands:
        raise ContentError([f"{source}: missing the command-* messages of the command menu"])
    return texts


def _load_symptoms(directory: Path) -> SymptomPhrases:
    """Read and validate symptoms.toml."""
    source = _source_label(directory, SYMPTOMS_FILE)
    return parse_symptoms(_read_toml(directory / SYMPTOMS_FILE, source), source)


def _load_lessons(directory: Path) -> tuple[Lesson, ...]:
    """Read and validate lessons.toml."""
    source = _source_label(directory, LESSONS_FILE)
    return parse_lessons(_read_toml(directory / LESSONS_FILE, source), source)


def _load_numbers(directory: Path) -> Mapping[str, int]:
    """Read and validate numbers.toml."""
    source = _source_label(directory, NUMBERS_FILE)
    return parse_numbers(_read_toml(directory / NUMBERS_FILE, source), source)


def _attempt(problems: list[str], parse: Callable[[], _Parsed]) -> _Parsed | None:
    """Run one parse step, collecting its problems so every broken file is reported at once."""
    try:
        return parse()
    except ContentError as error:
        problems.extend(error.problems)
        return None


def _duplicate_id_problems(source: str, table: str, ids: Iterable[str]) -> list[str]:
    """Ids must be unique within a file; callback data and the database refer to them."""
    first_position: dict[str, int] = {}
    problems = []
    for position, item_id in enumerate(ids):
        if item_id in first_position:
            problems.append(
                f"{source}: {table}[{position}].id: duplicate id '{item_id}' "
                f"(already used by {table}[{first_position[item_id]}])"
            )
        else:
            first_position[item_id] = position
    return problems


def _routine_problems(
    source: str, routines: Iterable[Routine], exercise_ids: frozenset[str]
) -> list[str]:
    """Routines may only name known exercises, each once, and full and quick must exist."""
    problems = []
    routine_ids = set()
    for routine in routines:
        routine_ids.add(routine.id)
        listed: set[str] = set()
        for position, exercise_id in enumerate(routine.exercises):
            where = f"{source}: routine '{routine.id}'.exercises[{position}]"
            if exercise_id not in exercise_ids:
                problems.append(f"{where}: unknown exercise id '{exercise_id}'")
            elif exercise_id in listed:
                problems.append(f"{where}: exercise '{exercise_id}' is listed twice")
            listed.add(exercise_id)
    problems.extend(
        f"{source}: routine: missing required routine '{required}'"
        for required in REQUIRED_ROUTINE_IDS
        if required not in routine_ids
    )
    return problems


def load_catalog(directory: Path | None = None, language: str = ENGLISH) -> Catalog:
    """Load and validate one language's content; call once at start-up. Raises ContentError.

    English is `directory` itself; another language is `directory/languages/<code>`.
    """
    root = default_content_directory() if directory is None else directory
    problems: list[str] = []
    exercise_file = _attempt(problems, partial(_load_file, root, EXERCISES_FILE, _ExercisesFile))
    routine_file = _attempt(problems, partial(_load_file, root, ROUTINES_FILE, _RoutinesFile))
    screening_file = _attempt(problems, partial(_load_file, root, SCREENING_FILE, _ScreeningFile))
    texts = _attempt(problems, partial(_load_texts, root, language))
    symptoms = _attempt(problems, partial(_load_symptoms, root))
    lessons = _attempt(problems, partial(_load_lessons, root))
    numbers = _attempt(problems, partial(_load_numbers, root))
    if (
        exercise_file is None
        or routine_file is None
        or screening_file is None
        or texts is None
        or symptoms is None
        or lessons is None
        or numbers is None
    ):
        raise ContentError(problems)

    exercises_source = _source_label(root, EXERCISES_FILE)
    routines_source = _source_label(root, ROUTINES_FILE)
    exercise_ids = [exercise.id for exercise in exercise_file.exercise]
    problems = [
        *_duplicate_id_problems(exercises_source, "exercise", exercise_ids),
        *_duplicate_id_problems(
            routines_source, "routine", (routine.id for routine in routine_file.routine)
        ),
        *_duplicate_id_problems(
            _source_label(root, SCREENING_FILE),
            "question",
            (question.id for question in screening_file.question),
        ),
        *_routine_problems(routines_source, routine_file.routine, frozenset(exercise_ids)),
        *dose_problems(exercise_file.exercise, exercises_source),
        *routine_dose_problems(routine_file.routine, exercise_file.exercise, routines_source),
    ]
    if problems:
        raise ContentError(problems)

    catalog = Catalog(
        exercises={exercise.id: exercise for exercise in exercise_file.exercise},
        routines={routine.id: routine for routine in routine_file.routine},
        screening=screening_file.question,
        texts=texts,
        symptoms=symptoms,
        lessons=lessons,
        numbers=numbers,
        commands=texts.commands,
    )
    texts_source = _source_label(root, TEXTS_FILE)
    problems = [
        *telegram_limit_problems(catalog, exercises_source, texts_source),
        *ladder_problems(catalog, exercises_source),
        *_month_name_problems(texts, texts_source),
    ]
    if problems:
        raise ContentError(problems)
    return catalog


def _month_name_problems(texts: Texts, source: str) -> list[str]:
    """The chart labels dates with these names: exactly twelve, separated by spaces."""
    found = len(texts.render(TextKey.CHART_MONTHS).split())
    if found == MONTHS_IN_A_YEAR:
        return []
    return [
        f"{source}: {TextKey.CHART_MONTHS}: needs {MONTHS_IN_A_YEAR} names separated by spaces, "
        f"found {found}"
    ]
