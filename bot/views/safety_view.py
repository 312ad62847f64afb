"""Safety messages: the red-flag checklist, the lock and its two-step unlock, and /safety."""

from __future__ import annotations

from bot.content import Catalog, TextKey
from bot.content.models import screening_checklist
from bot.domain.screening import LockCause, toggled
from bot.presses import (
    CallbackData,
    ClearedPress,
    ScreenDone,
    ScreenToggle,
    UnlockConfirm,
)
from bot.views.outgoing import Keyboard, OutMessage, keyboard

# Checklist numbers per keyboard row: five fit a phone's width with a tick mark.
_PER_ROW = 5
_LOCK_TEXTS = {
    LockCause.SCREENING: TextKey.COMMON_LOCKED_SCREENING,
    LockCause.IN_SESSION: TextKey.COMMON_LOCKED_IN_SESSION,
    LockCause.TYPED: TextKey.COMMON_LOCKED_TYPED,
}


class SafetyView:
    """Renders the checklist, the lock and /safety from the catalog's texts."""

    def __init__(self, catalog: Catalog) -> None:
        self._texts = texts = catalog.texts
        self._count = len(catalog.screening)
        self._checklist = texts.render(
            TextKey.ONBOARDING_SCREEN_CHECKLIST, items=screening_checklist(catalog.screening)
        )
        self._unlock = keyboard([[(texts.render(TextKey.BUTTON_CLEARED), ClearedPress())]])

    def checklist(self, mask: int = 0) -> OutMessage:
        """The checklist with `mask`'s items ticked."""
        return OutMessage(self._checklist, self.checklist_keyboard(mask))

    def checklist_keyboard(self, mask: int) -> Keyboard:
        """A number per item (☑ when ticked), then "None of these" (nothing ticked) and "Done"."""
        texts = self._texts
        numbers: list[tuple[str, CallbackData]] = [
            (f"☑ {i + 1}" if mask & (1 << i) else str(i + 1), ScreenToggle(mask, i))
            for i in range(self._count)
        ]
        rows = [numbers[i : i + _PER_ROW] for i in range(0, len(numbers), _PER_ROW)]
        # "None of these" only while nothing is ticked: it must never clear a tick by mistake.
        done = (texts.render(TextKey.BUTTON_SCREEN_DONE), ScreenDone(mask))
        none = (texts.render(TextKey.BUTTON_SCREEN_NONE), ScreenDone(0))
        rows.append([none, done] if mask == 0 else [done])
        return keyboard(rows)

    def toggled_keyboard(self, mask: int, index: int) -> Keyboard | None:
        """The keyboard after a tap on item `index`; None for an item that does not exist."""
        if not 0 <= index < self._count:
            return None
        return self.checklist_keyboard(toggled(mask, index))

    def locked(self, cause: str | None) -> OutMessage:
        """Why routines are paused, and the first unlock step (never beside emergency advice)."""
        key = _LOCK_TEXTS.get(LockCause(cause) if cause else LockCause.SCREENING)
        return OutMessage(self._texts.render(key or TextKey.COMMON_LOCKED_SCREENING), self._unlock)

    def unlock_confirm(self, stamp: int | None) -> OutMessage:
        """The second unlock step, bound to the current lock."""
        texts = self._texts
        buttons = keyboard(
            [
                [(texts.render(TextKey.BUTTON_UNLOCK_YES), UnlockConfirm(stamp))],
                [(texts.render(TextKey.BUTTON_UNLOCK_NO), UnlockConfirm(None))],
            ]
        )
        return OutMessage(texts.render(TextKey.COMMON_UNLOCK_CONFIRM), buttons)

    def say(self, key: TextKey) -> OutMessage:
        """A plain safety text."""
        return OutMessage(self._texts.render(key))

    def show(self, locked: bool, cause: str | None) -> tuple[OutMessage, ...]:
        """/safety: the warning signs and what to do, then the lock if there is one."""
        shown = (self.say(TextKey.SAFETY_SHOW),)
        return (*shown, self.locked(cause)) if locked else shown
