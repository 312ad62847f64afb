"""Every language's content, loaded and checked against English once at start-up.

English is content/*.toml and content/texts.ftl; another language is a full copy in
content/languages/<code>/ with the same tables, keys, ids, numbers and placeholders, where only
the words (and, in texts.ftl, the plural variants of the language) change. Adding a language
is adding a folder. Any difference stops the start with lines naming language, file and key.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from babel import Locale, UnknownLocaleError

from bot.content.commands import command_problems
from bot.content.errors import ContentError
from bot.content.fluent_checks import placeholder_list
from bot.content.loader import (
    ENGLISH,
    EXERCISES_FILE,
    LANGUAGES_DIR,
    LESSONS_FILE,
    ROUTINES_FILE,
    SCREENING_FILE,
    TEXTS_FILE,
    default_content_directory,
    load_catalog,
)
from bot.content.models import Catalog
from bot.content.template_fields import template_placeholders
from bot.content.text_keys import TextKey

# Strings that are data, not words: they must read exactly as in English.
FIXED_STRINGS = frozenset({"id", "topic", "severity", "without_band", "exercises", "url"})
_INDEX = re.compile(r"\[[^\]]*\]$")
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")
STRUCTURED_FILES = (EXERCISES_FILE, ROUTINES_FILE, SCREENING_FILE, LESSONS_FILE)
__all__ = ["ENGLISH", "Languages", "language_names", "load_languages"]


@dataclass(frozen=True, slots=True)
class Languages:
    """One Catalog per language code, English first."""

    catalogs: Mapping[str, Catalog]

    @property
    def codes(self) -> tuple[str, ...]:
        """The supported language codes, English first."""
        return tuple(self.catalogs)

    @property
    def english(self) -> Catalog:
        """The source language, also the fallback for an unknown Telegram language."""
        return self.catalogs[ENGLISH]


def language_names(languages: Languages) -> tuple[tuple[str, str], ...]:
    """(code, its own name) for every language, English first: the /language buttons."""
    return tuple(
        (code, catalog.texts.render(TextKey.LANGUAGE_NAME))
        for code, catalog in languages.catalogs.items()
    )


def load_languages(directory: Path | None = None) -> Languages:
    """English and every content/languages/<code>/; raises ContentError listing every problem."""
    root = default_content_directory() if directory is None else directory
    english = load_catalog(root)
    catalogs = {ENGLISH: english}
    problems: list[str] = []
    folder = root / LANGUAGES_DIR
    codes = (
        sorted(path.name for path in folder.iterdir() if path.is_dir()) if folder.is_dir() else []
    )
    for code in codes:
        wrong_code = _code_problem(code)
        if wrong_code is not None:
            problems.append(f"{LANGUAGES_DIR}/{code}: {wrong_code}")
            continue
        try:
            catalog = load_catalog(folder / code, code)
        except ContentError as error:
            problems.extend(error.problems)
            continue
        found = [
            *_text_problems(english, catalog, f"{LANGUAGES_DIR}/{code}/{TEXTS_FILE}"),
            *_structure_problems(root, folder / code, code),
            *_symptom_problems(catalog, code),
            *command_problems(
                english.commands, catalog.commands, f"{LANGUAGES_DIR}/{code}/{TEXTS_FILE}"
            ),
        ]
        if found:
            problems.extend(found)
        else:
            catalogs[code] = catalog
    if problems:
        raise ContentError(problems)
    return Languages(MappingProxyType(catalogs))


def _code_problem(code: str) -> str | None:
    """Why a folder name is not a language BackCoach can speak, or None when it is one.

    Telegram's language_code is reduced to its language (es-MX -> es) before it is looked up
    (bot/i18n/choose.py), so a folder is named by that alone, and CLDR must know it for plurals
    and dates. English is content/ itself.
    """
    if code == ENGLISH:
        return "English is content/ itself: remove this folder"
    if not _LANGUAGE_CODE.fullmatch(code):
        return "a language folder is named by its language code alone, such as es, de or pt"
    try:
        Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        return (
            f"'{code}' is not a language in Babel's CLDR data, so plurals and dates can't follow it"
        )
    return None


def _text_problems(english: Catalog, translated: Catalog, source: str) -> Iterator[str]:
    """Every text uses exactly the English text's placeholders (across all its variants)."""
    for key in TextKey:
        wanted = english.texts.placeholders(key)
        used = translated.texts.placeholders(key)
        if used != wanted:
            yield (
                f"{source}: {key}: placeholders {placeholder_list(used)} differ from English "
                f"{placeholder_list(wanted)}"
            )


def _symptom_problems(catalog: Catalog, code: str) -> list[str]:
    """symptoms.toml names its own language."""
    if catalog.symptoms.language == code:
        return []
    return [
        f'{LANGUAGES_DIR}/{code}/symptoms.toml: language: must be "{code}", '
        f'found "{catalog.symptoms.language}"'
    ]


def _structure_problems(root: Path, folder: Path, code: str) -> list[str]:
    """Exercises, routines, screening and lessons: English's shape, ids and numbers exactly."""
    problems: list[str] = []
    for file_name in STRUCTURED_FILES:
        with (root / file_name).open("rb") as file:
            english = tomllib.load(file)
        with (folder / file_name).open("rb") as file:
            translated = tomllib.load(file)
        source = f"{LANGUAGES_DIR}/{code}/{file_name}"
        problems.extend(f"{source}: {problem}" for problem in _differences(english, translated, ""))
    return problems


def _differences(english: object, translated: object, where: str) -> Iterator[str]:
    """Where a translated value's shape, numbers, ids or placeholders differ from English."""
    # The field's name: "exercises" for routine[quick].exercises[0], an item of a list of ids.
    name = _INDEX.sub("", where.rsplit(".", 1)[-1])
    if isinstance(english, dict) and isinstance(translated, dict):
        yield from _dict_differences(english, translated, where)
    elif isinstance(english, list) and isinstance(translated, list):
        if len(english) != len(translated):
            yield f"{where}: {len(translated)} items, English has {len(english)}"
            return
        for position, (mine, theirs) in enumerate(zip(english, translated, strict=True)):
            label = mine.get("id", position) if isinstance(mine, dict) else position
            yield from _differences(mine, theirs, f"{where}[{label}]")
    elif type(english) is not type(translated):
        yield f"{where}: must be a {type(english).__name__} as in English"
    elif isinstance(english, str) and isinstance(translated, str):
        if name in FIXED_STRINGS and english != translated:
            yield f"{where}: must stay {english!r} as in English"
        elif _placeholder_names(english) != _placeholder_names(translated):
            yield f"{where}: placeholders differ from English"
    elif english != translated:
        yield f"{where}: must be {english!r} as in English"


def _dict_differences(
    english: Mapping[str, object], translated: Mapping[str, object], where: str
) -> Iterator[str]:
    """Same keys, then each value compared."""
    prefix = f"{where}." if where else ""
    for key in english:
        if key not in translated:
            yield f"{prefix}{key}: missing"
    for key in translated:
        if key not in english:
            yield f"{prefix}{key}: unknown (not in English)"
        else:
            yield from _differences(english[key], translated[key], f"{prefix}{key}")


def _placeholder_names(text: str) -> frozenset[str] | None:
    """A string's {placeholder} names, or None when its braces don't parse as placeholders.

    Free text such as a lesson may hold a literal brace: then the translation must not parse
    either, and where English has placeholders the translation must have the same ones.
    """
    try:
        return frozenset(template_placeholders(text))
    except ValueError:
        return None
