"""A test language: English content copied to content/languages/de with every text marked "DE·".

The mark makes a leak visible: any text a German user reads without it came from English.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from bot.content import default_content_directory
from bot.content.loader import LANGUAGES_DIR
from bot.content.plurals import plural_categories

MARK = "Ð"
GERMAN_NAME = "Deutsch"
FILES = (
    "exercises.toml",
    "screening.toml",
    "symptoms.toml",
    "lessons.toml",
    "routines.toml",
    "numbers.toml",
)
_STRING = re.compile(r'\b(?!plural\b)(\w+ = )"(?!"")')
_BLOCK = re.compile(r'\b(\w+ = )"""\n')
_BUTTON = re.compile(r'^(\w+ = ")([^"]*)"$')
BUTTON_ROOM = 28


def _short_buttons(texts: str) -> str:
    """Button labels shortened so that the mark still fits Telegram's 32 characters."""
    lines, section = [], ""
    for line in texts.split("\n"):
        if line.startswith("["):
            section = line
        match = _BUTTON.match(line)
        if section == "[button]" and match is not None and len(match.group(2)) > BUTTON_ROOM:
            line = f'{match.group(1)}{match.group(2)[:BUTTON_ROOM].rstrip()}"'
        lines.append(line)
    return "\n".join(lines)


_TWO_FORMS = re.compile(r'one = ("[^"]*"), other = ("[^"]*")')
# The chart's and calendar's words in Russian, to draw a picture with Cyrillic labels.
RUSSIAN_CHART = {
    'title = "Your practice"': 'title = "Ваши занятия"',
    'legend = "Routine | Quick | Missed | Paused | Rest day"': (
        'legend = "Полный | Быстрый | Пропуск | Пауза | Отдых"'
    ),
    'before = "Before"': 'before = "До"',
    'after = "After"': 'after = "После"',
    'weekly = "Weekly average (before)"': 'weekly = "Среднее за неделю (до)"',
    'pain_axis = "Pain (0–10)"': 'pain_axis = "Боль (0–10)"',
    'sessions = "Sessions"': 'sessions = "Занятия"',
    'date_axis = "Date ({zone})"': 'date_axis = "Дата ({zone})"',
    'title_since = "Pain since {start}"': 'title_since = "Боль с {start}"',
    'one = "Pain, last {days} day", other = "Pain, last {days} days"': (
        'one = "Боль за последний {days} день", few = "Боль за последние {days} дня", '
        'many = "Боль за последние {days} дней", other = "Боль за последние {days} дня"'
    ),
}


def marked_content(tmp_path: Path, code: str = "de", name: str = GERMAN_NAME) -> Path:
    """Real English content plus a marked copy as language `code`; returns the content directory.

    For Russian, plural tables get its four forms and the chart's words are Russian.
    """
    root = tmp_path / "content"
    shutil.copytree(default_content_directory(), root, ignore=shutil.ignore_patterns(LANGUAGES_DIR))
    copy = root / LANGUAGES_DIR / code
    copy.mkdir(parents=True)
    for file_name in FILES:
        shutil.copy(root / file_name, copy / file_name)
    symptoms = copy / "symptoms.toml"
    symptoms.write_text(
        symptoms.read_text(encoding="utf-8").replace('language = "en"', f'language = "{code}"'),
        encoding="utf-8",
    )
    numbers = copy / "numbers.toml"
    numbers.write_text(
        numbers.read_text(encoding="utf-8").replace('"5" = ["five"]', '"5" = ["fünf"]'),
        encoding="utf-8",
    )
    texts = _short_buttons((root / "texts.toml").read_text(encoding="utf-8"))
    if code == "ru":
        for english, russian in RUSSIAN_CHART.items():
            texts = texts.replace(english, russian)
    others = sorted(plural_categories(code) - {"one"})
    texts = _TWO_FORMS.sub(
        lambda match: ", ".join(
            [f"one = {match.group(1)}", *(f"{form} = {match.group(2)}" for form in others)]
        ),
        texts,
    )
    texts = _BLOCK.sub(rf'\1"""\n{MARK}', texts)
    texts = _STRING.sub(rf'\1"{MARK}', texts)
    texts = texts.replace(f'name = "{MARK}English"', f'name = "{name}"')
    (copy / "texts.toml").write_text(texts, encoding="utf-8")
    return root
