"""The IANA time zone at a shared location, found offline with `timezonefinder`.

Telegram's "📍 Share location" button sends only coordinates; the zone boundaries that ship
inside the timezonefinder package turn them into a zone name on this machine, so no third
party ever sees where the user is. The boundary data is loaded on the first call (tens of
milliseconds) and kept; the lookup itself is pure and fast, so callers may run it in a
worker thread.
"""

from __future__ import annotations

import math
import threading
from functools import cache

from timezonefinder import TimezoneFinder

_lock = threading.Lock()


@cache
def _finder() -> TimezoneFinder:
    """One finder for the process, created on first use (no import-time side effect)."""
    return TimezoneFinder()


def zone_at(latitude: float, longitude: float) -> str | None:
    """The IANA zone at the point, e.g. "Europe/Berlin"; None for impossible coordinates.

    Over open sea it answers a nautical zone such as "Etc/GMT-3", which is still a valid zone.
    """
    if not (math.isfinite(latitude) and math.isfinite(longitude)):
        return None
    if not (-90.0 <= latitude <= 90.0 and -180.0 <= longitude <= 180.0):
        return None
    with _lock:
        return _finder().timezone_at(lng=longitude, lat=latitude)
