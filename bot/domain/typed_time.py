"""Reads a time of day as people type it: "9", "9am", "7pm", "19h", "19.30", "7:30 pm", "noon".

The bot asks for a reminder time in free text; insisting on "HH:MM" makes people do the work a
coach should do. Every common way of writing a clock time is read here. Only text that really
names no time of day gives None, and the caller then shows an example of what works.
Pure: text in, `datetime.time` out; no clock, no locale.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import time

MAX_INPUT = 40
"""Longer text is a sentence, not a time; it is not worth scanning."""

WORDS: dict[str, time] = {
    "noon": time(12, 0),
    "midday": time(12, 0),
    "12 noon": time(12, 0),
    "midnight": time(0, 0),
    "12 midnight": time(0, 0),
}

_CLOCK = re.compile(
    r"""
    (?:at\s+|around\s+|about\s+)?              # "at 9", "around 7pm"
    (?P<hour>\d{1,2})
    (?:\s*(?:[:.h]|\s)\s*(?P<minute>\d{2}))?   # 7:30, 19.30, 19h30, "7 30"
    (?::00)?                                   # seconds, as copied from a clock: 19:30:00
    \s*(?:h|hrs?|hours?|o'?clock)?             # 19h, 7 o'clock
    \s*(?P<half>a\.?\s?m\.?|p\.?\s?m\.?|a|p         # am, p.m., "7p"
      |in\ the\ (?:morning|afternoon|evening)|at\ night)?
    """,
    re.VERBOSE,
)
_COMPACT = re.compile(r"(?P<hour>\d{1,2})(?P<minute>\d{2})\s*(?P<half>am|pm)?")
"""Four or three digits without a separator: "0730", "1930", "730pm"."""


def _normalised(text: str) -> str:
    """Lower case, compatibility forms folded (full-width digits, "："), spaces collapsed."""
    folded = unicodedata.normalize("NFKC", text).lower().strip()
    folded = folded.replace("’", "'").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", folded)


def _clock(hour: int, minute: int, half: str | None) -> time | None:
    """A valid time from the parts, or None: 13pm, 24:00 and 7:60 name no time of day."""
    if not 0 <= minute <= 59:
        return None
    if half is None:
        return time(hour, minute) if 0 <= hour <= 23 else None
    if not 1 <= hour <= 12:
        return None
    hour %= 12
    evening = half.endswith(("afternoon", "evening")) or (half == "atnight" and hour >= 6)
    if half.startswith("p") or evening:
        hour += 12
    return time(hour, minute)


def parse_typed_time(text: str) -> time | None:
    """The time of day the text names, or None when it names none.

    A bare hour is read on the 24-hour clock ("9" is 09:00, "19" is 19:00); "am"/"pm" switch
    to the 12-hour clock, where "12am" is midnight and "12pm" noon.
    """
    if len(text) > MAX_INPUT:
        return None
    cleaned = _normalised(text)
    if cleaned in WORDS:
        return WORDS[cleaned]
    for pattern in (_CLOCK, _COMPACT):
        match = pattern.fullmatch(cleaned)
        if match is None:
            continue
        half = match.group("half")
        minute = match.group("minute")
        return _clock(
            int(match.group("hour")),
            int(minute) if minute else 0,
            None if half is None else half.replace(".", "").replace(" ", ""),
        )
    return None
