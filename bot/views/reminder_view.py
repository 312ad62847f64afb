"""Confirmations for reminder commands."""

from __future__ import annotations

from bot.content import Catalog, TextKey
from bot.i18n.dates import long_day
from bot.services.reminder_prefs import ReminderChange, ReminderReply
from bot.views.outgoing import OutMessage

_FIXED = {
    ReminderChange.ENABLED: TextKey.SETTINGS_REMINDERS_ENABLED,
    ReminderChange.DISABLED: TextKey.SETTINGS_REMINDERS_DISABLED,
    ReminderChange.WEEKDAYS: TextKey.SETTINGS_WEEKDAYS_ONLY,
    ReminderChange.DAILY: TextKey.SETTINGS_EVERY_DAY,
    ReminderChange.NOT_PAUSED: TextKey.SETTINGS_NOT_PAUSED,
    ReminderChange.NOT_STARTED: TextKey.COMMON_FINISH_SETUP_FIRST,
}


class ReminderView:
    """Renders what a reminder command changed."""

    def __init__(self, catalog: Catalog) -> None:
        self._texts = catalog.texts

    def render(self, reply: ReminderReply) -> OutMessage:
        """One confirmation line."""
        texts = self._texts
        if reply.change is ReminderChange.PAUSED:
            if reply.until is None:
                return OutMessage(texts.render(TextKey.SETTINGS_PAUSED_INDEFINITELY))
            until = long_day(reply.until, texts.language)
            return OutMessage(texts.render(TextKey.SETTINGS_PAUSED_UNTIL, until=until))
        if reply.change is ReminderChange.RESUMED:
            return OutMessage(texts.render(TextKey.SETTINGS_RESUMED, current_streak=reply.streak))
        return OutMessage(texts.render(_FIXED[reply.change]))

    def usage(self) -> OutMessage:
        """How to use /pause."""
        return OutMessage(self._texts.render(TextKey.SETTINGS_PAUSE_USAGE))
