"""Time-zone answers: the common zones, "did you mean ...?", UTC offsets, and 📍 location."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from bot.content import Catalog, TextKey
from bot.presses import ZonePress
from bot.services.profile_reply import ZoneChoices
from bot.views.outgoing import OutMessage, ReplyKeys, keyboard

COMMON_ZONES = (
    "Europe/London",
    "Europe/Berlin",
    "Europe/Moscow",
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "Asia/Kolkata",
    "Asia/Tokyo",
    "Australia/Sydney",
    "UTC",
)


class ZoneView:
    """Builds the zone buttons once; renders the answers to a typed or shared zone."""

    def __init__(self, catalog: Catalog) -> None:
        self._texts = catalog.texts
        zones = [(zone, ZonePress(zone)) for zone in COMMON_ZONES]
        self.common = keyboard([zones[i : i + 3] for i in range(0, len(zones), 3)])

    def location_ask(self) -> OutMessage:
        """The 📍 Share location reply keyboard, under a line saying what it does."""
        label = self._texts.render(TextKey.BUTTON_SHARE_LOCATION)
        text = self._texts.render(TextKey.SETTINGS_LOCATION_ASK)
        return OutMessage(text, reply_keys=ReplyKeys(location_label=label))

    def offer_location(self, messages: list[OutMessage]) -> None:
        """Put the 📍 keyboard under the note before the zone question when it has no buttons
        (a message carries one keyboard), so it costs no extra message; else add it alone."""
        ask = self.location_ask()
        if messages and messages[-1].keyboard is None and messages[-1].reply_keys is None:
            messages[-1] = replace(messages[-1], reply_keys=ask.reply_keys)
        else:
            messages.append(ask)

    def choices(self, choices: ZoneChoices) -> OutMessage:
        """ "Did you mean ...?" zones, or the zones on a typed UTC offset and why to pick one."""
        buttons = [(zone, ZonePress(zone)) for zone in choices.zones]
        rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
        if choices.offset is None:
            text = self._texts.render(TextKey.SETTINGS_ZONE_DID_YOU_MEAN)
        else:
            zone = offset_label(choices.offset)
            text = self._texts.render(TextKey.SETTINGS_ZONE_OFFSET, zone=zone)
        return OutMessage(text, keyboard(rows))


def offset_label(offset: timedelta) -> str:
    """UTC+2, UTC-5, UTC+5:30."""
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")
