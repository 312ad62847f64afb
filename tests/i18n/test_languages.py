"""Every language's content is complete and valid; a broken translation stops the start."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.__main__ import main
from bot.content import ContentError, TextKey, default_content_directory, load_catalog
from bot.content.languages import load_languages
from bot.content.loader import LANGUAGES_DIR, TEXTS_FILE
from tests.i18n.marked import FILES
from tests.support.fakes import TEST_TOKEN

SHIPPED = sorted(
    path.name for path in (default_content_directory() / LANGUAGES_DIR).glob("*") if path.is_dir()
)
ENGLISH_NAME = "English"
# The German copy below is English's texts.ftl, so a message sits on the same line.
TIMER_RUNNING_LINE = next(
    number
    for number, line in enumerate(
        (default_content_directory() / "texts.ftl").read_text(encoding="utf-8").split("\n"), 1
    )
    if line.startswith("routine-timer-running =")
)
ENGLISH_FILES = (TEXTS_FILE, *FILES)


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """English content plus a "de" folder that is an exact copy of it, so it starts valid."""
    root = tmp_path / "content"
    shutil.copytree(default_content_directory(), root, ignore=shutil.ignore_patterns(LANGUAGES_DIR))
    german = root / LANGUAGES_DIR / "de"
    german.mkdir(parents=True)
    for name in ENGLISH_FILES:
        shutil.copy(root / name, german / name)
    _edit(german / "symptoms.toml", 'language = "en"', 'language = "de"')
    return root


def _edit(path: Path, old: str, new: str) -> None:
    """Replace one exact piece of a file; fail loudly if it is not there."""
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _problems(root: Path) -> str:
    with pytest.raises(ContentError) as error:
        load_languages(root)
    return str(error.value)


@pytest.mark.parametrize("code", ["en", *SHIPPED])
def test_each_shipped_language_is_complete_and_valid(code: str) -> None:
    languages = load_languages()
    assert code in languages.codes
    catalog = languages.catalogs[code]
    assert catalog.texts.language == code
    assert catalog.symptoms.language == code
    assert (catalog.texts.render(TextKey.LANGUAGE_NAME) == ENGLISH_NAME) == (code == "en")
    assert set(catalog.numbers.values()) >= set(range(11))


def test_english_is_always_first_and_a_copy_loads(content: Path) -> None:
    languages = load_languages(content)
    assert languages.codes == ("en", "de")
    assert languages.english.texts.render(TextKey.LANGUAGE_NAME) == "English"
    assert load_languages().codes[0] == "en"


@pytest.mark.parametrize(
    ("file", "old", "new", "line"),
    [
        (
            "texts.ftl",
            "common-stale-button = ",
            "common-stale-buttonx = ",
            "languages/de/texts.ftl: common-stale-button: missing text",
        ),
        (
            "texts.ftl",
            "{ $first_name } 👋 Nothing",
            "{ $name } 👋 Nothing",
            "languages/de/texts.ftl: onboarding-welcome-back: placeholder { $name } is not allowed",
        ),
        (
            "texts.ftl",
            "{ $streak ->\n        [one] day\n",
            "{ $streak ->\n",
            "languages/de/texts.ftl: nudge-streak: select on $streak: needs a variant for every "
            "plural category of 'de': missing [one]",
        ),
        (
            "texts.ftl",
            "routine-timer-running = ⏱ { $remaining } s",
            "routine-timer-running = ⏱ { $remaining s",
            f"languages/de/texts.ftl: line {TIMER_RUNNING_LINE}: routine-timer-running: Fluent "
            'syntax error: Expected token: "}"',
        ),
        (
            "texts.ftl",
            "        [one] day\n       *[other] days\n",
            "       *[one] day\n        [other] days\n",
            "languages/de/texts.ftl: chart-title-window: select on $days: the default variant "
            "must be *[other]",
        ),
        (
            "routines.toml",
            'exercises = ["chair_rotation", "lat_pulldown"]',
            'exercises = ["lat_pulldown", "chair_rotation"]',
            "languages/de/routines.toml: routine[quick].exercises[0]: must stay 'chair_rotation' "
            "as in English",
        ),
        (
            "exercises.toml",
            "hold_seconds = 0\nsets = 3",
            "hold_seconds = 0\nsets = 4",
            "languages/de/exercises.toml: exercise[lat_pulldown].sets: must be 3 as in English",
        ),
        (
            "exercises.toml",
            '    "Check a light resistance band for wear or nicks; don\'t use a damaged one.",\n',
            "",
            "languages/de/exercises.toml: exercise[lat_pulldown].steps: 5 items, English has 6",
        ),
        (
            "numbers.toml",
            '"7" = ["seven"]\n',
            "",
            "languages/de/numbers.toml: numbers.7: missing number",
        ),
        (
            "symptoms.toml",
            'language = "de"',
            'language = "es"',
            'languages/de/symptoms.toml: language: must be "de", found "es"',
        ),
    ],
)
def test_a_broken_translation_names_language_file_and_key(
    content: Path, file: str, old: str, new: str, line: str
) -> None:
    _edit(content / LANGUAGES_DIR / "de" / file, old, new)
    assert line in _problems(content)


@pytest.mark.parametrize(
    ("folder", "problem"),
    [
        ("en", "languages/en: English is content/ itself: remove this folder"),
        ("pt-BR", "languages/pt-BR: a language folder is named by its language code alone"),
        ("xx", "languages/xx: 'xx' is not a language in Babel's CLDR data"),
    ],
)
def test_a_language_folder_must_be_a_language_cldr_knows(
    content: Path, folder: str, problem: str
) -> None:
    (content / LANGUAGES_DIR / "de").rename(content / LANGUAGES_DIR / folder)
    assert problem in _problems(content)


def test_a_translation_that_drops_a_placeholder_is_refused(content: Path) -> None:
    texts = content / LANGUAGES_DIR / "de" / "texts.ftl"
    _edit(texts, "Welcome back, { $first_name } 👋", "Willkommen zurück 👋")
    assert (
        "languages/de/texts.ftl: onboarding-welcome-back: placeholders { $current_streak } "
        "differ from English { $current_streak }, { $first_name }"
    ) in _problems(content)


def test_a_translation_needs_the_plural_categories_of_its_own_language(content: Path) -> None:
    german = content / LANGUAGES_DIR / "de"
    russian = german.rename(content / LANGUAGES_DIR / "ru")
    _edit(russian / "symptoms.toml", 'language = "de"', 'language = "ru"')
    assert (
        "languages/ru/texts.ftl: nudge-streak: select on $streak: needs a variant for every "
        "plural category of 'ru': missing [few], [many]"
    ) in _problems(content)


def test_a_too_long_exercise_caption_is_refused(content: Path) -> None:
    why = load_catalog().exercises["lat_pulldown"].why
    _edit(content / LANGUAGES_DIR / "de" / "exercises.toml", why, "Sehr lang. " * 120)
    problems = _problems(content)
    assert "languages/de/exercises.toml: exercise[0] (lat_pulldown)" in problems
    assert "1024" in problems


def test_a_missing_translation_stops_the_bot_with_one_clear_line(
    content: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (content / LANGUAGES_DIR / "de" / "lessons.toml").unlink()
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TEST_TOKEN)
    monkeypatch.setenv("CONTENT_DIR", str(content))
    assert main() == 2
    assert capsys.readouterr().err.strip() == (
        "backcoach: content error: languages/de/lessons.toml: file not found"
    )


def test_every_plural_variant_is_measured_against_telegrams_limits(content: Path) -> None:
    _edit(
        content / LANGUAGES_DIR / "de" / "texts.ftl",
        "button-finish-paused = ▶ Finish it ({ $index }/{ $total })",
        "button-finish-paused = ▶ { $total ->\n"
        "        [one] Finish the one exercise left of your paused routine\n"
        "       *[other] Finish it ({ $index }/{ $total })\n"
        "    }",
    )
    assert (
        "languages/de/texts.ftl: button-finish-paused: the button label can reach 53 characters; "
        "at most 32 fit"
    ) in _problems(content)
