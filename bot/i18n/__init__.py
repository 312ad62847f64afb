"""Languages: which one an update speaks, and the locale's dates and times (Babel, CLDR)."""

from bot.i18n.choose import ENGLISH, choose_language, primary_subtag

__all__ = ["ENGLISH", "choose_language", "primary_subtag"]
