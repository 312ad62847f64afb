"""/language and the /settings row: every language as a button, each written in its own name.

Language-neutral on purpose: someone who cannot read the current language still finds theirs.
A tap is a /settings press ("lang:es"), so the screen comes back in the chosen language.
"""

from __future__ import annotations

from bot.presses import CallbackData, PrefPress
from bot.views.outgoing import OutMessage, keyboard

GLOBE = "🌐"
CHOSEN = "✓ "

Names = tuple[tuple[str, str], ...]


def language_buttons(names: Names, current: str) -> tuple[tuple[str, CallbackData], ...]:
    """One button per language, the current one ticked; none when only one language exists."""
    if len(names) < 2:  # a choice needs two
        return ()
    return tuple(
        (f"{CHOSEN if code == current else ''}{name}", PrefPress("lang", code))
        for code, name in names
    )


def language_picker(names: Names, current: str) -> OutMessage:
    """/language: the globe, the current language's name, and the buttons."""
    name = dict(names).get(current, current)
    return OutMessage(f"{GLOBE} {name}", keyboard([language_buttons(names, current)]))
