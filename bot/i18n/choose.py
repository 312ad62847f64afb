"""The one rule that decides a person's language: their choice, else Telegram's, else English."""

from __future__ import annotations

from collections.abc import Collection

ENGLISH = "en"


def primary_subtag(code: str | None) -> str | None:
    """Telegram's IETF tag reduced to its language: "es-MX" -> "es", "pt_BR" -> "pt"."""
    if not code:
        return None
    return code.replace("_", "-").split("-", 1)[0].strip().lower() or None


def choose_language(
    stored: str | None, telegram_code: str | None, supported: Collection[str]
) -> str:
    """The chosen language if still supported; else Telegram's if supported; else English."""
    if stored is not None and stored in supported:
        return stored
    spoken = primary_subtag(telegram_code)
    if spoken is not None and spoken in supported:
        return spoken
    return ENGLISH
