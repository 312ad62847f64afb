"""Exercises, routines, screening, symptom phrases and every user-facing text, from content/."""

from bot.content.errors import ContentError
from bot.content.limits import (
    MAX_BUTTON_LABEL_LENGTH,
    MAX_CALLBACK_ANSWER_LENGTH,
    MAX_MESSAGE_LENGTH,
    telegram_length,
)
from bot.content.loader import default_content_directory, load_catalog
from bot.content.models import (
    FULL_ROUTINE_ID,
    MAX_ID_LENGTH,
    QUICK_ROUTINE_ID,
    Catalog,
    Dosed,
    Exercise,
    Gentler,
    Routine,
    ScreeningQuestion,
)
from bot.content.symptoms import SymptomPhrases
from bot.content.text_keys import TextKey
from bot.content.texts import Texts
from bot.domain.screening import Severity

__all__ = [
    "FULL_ROUTINE_ID",
    "MAX_BUTTON_LABEL_LENGTH",
    "MAX_CALLBACK_ANSWER_LENGTH",
    "MAX_ID_LENGTH",
    "MAX_MESSAGE_LENGTH",
    "QUICK_ROUTINE_ID",
    "Catalog",
    "ContentError",
    "Dosed",
    "Exercise",
    "Gentler",
    "Routine",
    "ScreeningQuestion",
    "Severity",
    "SymptomPhrases",
    "TextKey",
    "Texts",
    "default_content_directory",
    "load_catalog",
    "telegram_length",
]
