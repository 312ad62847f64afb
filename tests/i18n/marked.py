"""A test language: English content copied to content/languages/<code> with every text marked.

Each text starts with MARK ("Ð"), so a leak is visible: any text a user of the marked language
reads without it came from English.
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
_LINE = re.compile(r"^([a-z][a-z0-9-]* = )", re.MULTILINE)
_BLOCK = re.compile(r"^([a-z][a-z0-9-]* =\n {4})(?=\S)", re.MULTILINE)
_BUTTON = re.compile(r"^(button-[a-z0-9-]+ = )(.*)$")
_DEFAULT_VARIANT = re.compile(r"^( +)\*\[other\] (.*)$", re.MULTILINE)
BUTTON_ROOM = 28
_DOSE_WORDS = re.compile(rf"^(dose-[a-z-]+ = ){MARK}", re.MULTILINE)
_PLACEABLE = re.compile(r"\{ \$(\w+) \}")
_NAME = re.compile(r"\{(\w+)\}")


def _short_buttons(texts: str) -> str:
    """Button labels shortened so that the mark still fits Telegram's 32 characters."""
    lines = []
    for line in texts.split("\n"):
        match = _BUTTON.match(line)
        # Counted with {name} for a placeholder, as long as the number it stands for.
        label = _PLACEABLE.sub(r"{\1}", match.group(2)) if match is not None else ""
        if match is not None and len(label) > BUTTON_ROOM:
            label = label[:BUTTON_ROOM]
            if label.count("{") > label.count("}"):  # never cut a placeholder in two
                label = label[: label.rindex("{")]
            line = match.group(1) + _NAME.sub(r"{ $\1 }", label.rstrip())
        lines.append(line)
    return "\n".join(lines)


# The chart's and calendar's words in Russian, to draw a picture with Cyrillic labels.
RUSSIAN_CHART = {
    "calendar-title = Your practice": "calendar-title = Ваши занятия",
    "calendar-legend = Routine | Quick | Missed | Paused | Rest day": (
        "calendar-legend = Полный | Быстрый | Пропуск | Пауза | Отдых"
    ),
    "chart-before = Before": "chart-before = До",
    "chart-after = After": "chart-after = После",
    "chart-weekly = Weekly average (before)": "chart-weekly = Среднее за неделю (до)",
    "chart-pain-axis = Pain (0–10)": "chart-pain-axis = Боль (0–10)",
    "chart-sessions = Sessions": "chart-sessions = Занятия",
    "chart-date-axis = Date ({ $zone })": "chart-date-axis = Дата ({ $zone })",
    "chart-title-since = Pain since { $start }": "chart-title-since = Боль с { $start }",
    "chart-title-window = Pain, last { $days } { $days ->\n        [one] day\n"
    "       *[other] days\n    }": (
        "chart-title-window = { $days ->\n        [one] Боль за последний { $days } день\n"
        "        [few] Боль за последние { $days } дня\n"
        "        [many] Боль за последние { $days } дней\n"
        "       *[other] Боль за последние { $days } дня\n    }"
    ),
}


def _all_categories(texts: str, code: str) -> str:
    """Each select gets the language's other CLDR categories, worded as its default."""
    others = sorted(plural_categories(code) - {"one", "other"})
    return _DEFAULT_VARIANT.sub(
        lambda match: (
            "".join(f"{match.group(1)} [{form}] {match.group(2)}\n" for form in others)
            + match.group(0)
        ),
        texts,
    )


def marked_content(tmp_path: Path, code: str = "de", name: str = GERMAN_NAME) -> Path:
    """Real English content plus a marked copy as language `code`; returns the content directory.

    For Russian, selects get its four plural categories and the chart's words are Russian.
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
    texts = _short_buttons((root / "texts.ftl").read_text(encoding="utf-8"))
    if code == "ru":
        for english, russian in RUSSIAN_CHART.items():
            assert english in texts, english
            texts = texts.replace(english, russian)
    texts = _all_categories(texts, code)
    texts = _BLOCK.sub(rf"\1{MARK}", texts)
    texts = _LINE.sub(rf"\1{MARK}", texts)
    texts = texts.replace(f"language-name = {MARK}English", f"language-name = {name}")
    # A dose's counted words are pieces of exercises.toml's doses, which stay unmarked.
    texts = _DOSE_WORDS.sub(r"\1", texts)
    (copy / "texts.ftl").write_text(texts, encoding="utf-8")
    return root
