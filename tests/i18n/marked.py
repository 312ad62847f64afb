"""A test language: English content copied to content/languages/de with every text marked "DE·".

The mark makes a leak visible: any text a German user reads without it came from English.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from bot.content import default_content_directory
from bot.content.loader import LANGUAGES_DIR

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


def marked_content(tmp_path: Path) -> Path:
    """Real English content plus the marked "de" copy; returns the content directory."""
    root = tmp_path / "content"
    shutil.copytree(default_content_directory(), root, ignore=shutil.ignore_patterns(LANGUAGES_DIR))
    german = root / LANGUAGES_DIR / "de"
    german.mkdir(parents=True)
    for name in FILES:
        shutil.copy(root / name, german / name)
    symptoms = german / "symptoms.toml"
    symptoms.write_text(
        symptoms.read_text(encoding="utf-8").replace('language = "en"', 'language = "de"'),
        encoding="utf-8",
    )
    numbers = german / "numbers.toml"
    numbers.write_text(
        numbers.read_text(encoding="utf-8").replace('"5" = ["five"]', '"5" = ["fünf"]'),
        encoding="utf-8",
    )
    texts = _short_buttons((root / "texts.toml").read_text(encoding="utf-8"))
    texts = _BLOCK.sub(rf'\1"""\n{MARK}', texts)
    texts = _STRING.sub(rf'\1"{MARK}', texts)
    texts = texts.replace(f'name = "{MARK}English"', f'name = "{GERMAN_NAME}"')
    (german / "texts.toml").write_text(texts, encoding="utf-8")
    return root
