"""Reads a typed time zone: a city ("Berlin", "new york", "São Paulo"), an IANA name, or "UTC+2".

Cities come from the IANA zone tables shipped by the `tzdata` package (zone1970.tab and
zone.tab, read with importlib.resources), not from a hand-written list: every zone is named
after a city, so "sao paulo" finds America/Sao_Paulo, and a country name from iso3166.tab
finds its zones. A near miss gets "did you mean" candidates.

An offset such as "UTC+2" or "GMT-5" is answered with the IANA zones on that offset at the
given instant, and the reason to pick one: a fixed offset does not follow daylight saving, so
reminders would move by an hour twice a year. The fixed-offset zone is offered too, with its
POSIX sign inversion spelt out: Etc/GMT-2 is UTC+2.

Pure apart from reading the packaged tables once (cached); the instant is passed in.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum
from functools import cache
from importlib.resources import files
from zoneinfo import ZoneInfo

from babel.dates import get_timezone_location

MAX_INPUT = 60
MAX_CANDIDATES = 5
CLOSE_ENOUGH = 0.75
"""difflib's ratio above which a typo still suggests a zone ("berln" -> Europe/Berlin)."""

REMOTE = ("Antarctica/", "Arctic/")
"""Research stations: true zones, but no one's first guess for an offset."""

_OFFSET = re.compile(
    r"(?:utc|gmt|z)?\s*(?P<sign>[+-])\s*(?P<hours>\d{1,2})(?:\s*:?\s*(?P<minutes>\d{2}))?"
)
# The languages whose city names (CLDR exemplar cities, through Babel) are read as well as
# tzdata's English ones, so "Москва", "Múnich" or "Wien" find their zone.
CITY_LOCALES = ("es", "de", "ru")


class Reason(Enum):
    """Why an offset gets zones suggested rather than being taken as it is."""

    OFFSET_IGNORES_DAYLIGHT_SAVING = "offset_ignores_daylight_saving"


@dataclass(frozen=True, slots=True)
class ZoneFound:
    """The text names exactly one zone."""

    zone: str


@dataclass(frozen=True, slots=True)
class ZoneCandidates:
    """The text names no zone for sure; these are the best guesses ("did you mean ...?")."""

    candidates: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class OffsetZones:
    """A UTC offset: the IANA zones on it now, and the fixed-offset zone if there is one."""

    offset: timedelta
    candidates: tuple[str, ...]
    fixed_zone: str | None
    """Etc/GMT-N for UTC+N (POSIX signs are inverted); None for offsets it cannot name."""
    reason: Reason = Reason.OFFSET_IGNORES_DAYLIGHT_SAVING


def normalised(text: str) -> str:
    """Accents and apostrophes dropped, lower case, "_-/.," as spaces: "São_Paulo", "sao paulo"."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    spaced = re.sub(r"[_\-/.,]", " ", re.sub(r"['’]", "", plain.lower()))
    return re.sub(r"\s+", " ", spaced).strip()


def _table_rows(name: str) -> list[list[str]]:
    """The tab-separated rows of one of tzdata's tables, comments left out."""
    text = files("tzdata").joinpath("zoneinfo", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@dataclass(frozen=True)
class ZoneIndex:
    """Zones, most widely used first, and the names a person might type for them."""

    zones: tuple[str, ...]
    """zone1970.tab and zone.tab together; ordered by `prominence`, then by table order."""
    by_city: dict[str, tuple[str, ...]]
    """"berlin" -> (Europe/Berlin,); a city name can belong to more than one zone."""
    by_country: dict[str, tuple[str, ...]]
    """"germany" -> (Europe/Berlin, Europe/Busingen): zone.tab's rows per iso3166.tab name."""


def _city_names(zone: str) -> set[str]:
    """The zone's city as tzdata spells it, and as CLDR's exemplar cities write it in the bot's
    other languages (Babel): "moscow", "moscu", "moskau", "москва"."""
    names = {normalised(zone.rsplit("/", 1)[-1])}
    for locale in CITY_LOCALES:
        names.add(normalised(get_timezone_location(zone, locale=locale, return_city=True)))
    return names


def _prominence(countries: int, comment: str) -> int:
    """A rough rank from the tables alone: how many countries use a zone, and "most of" it.

    The tables carry no populations; a zone shared by several countries (Europe/Berlin: DE, DK,
    NO, SE, SJ) or marked as covering most of its country ("Eastern (most areas)") is the
    better first suggestion than a zone for a research station or one county.
    """
    return countries + (1 if "most" in comment.lower() else 0)


@cache
def zone_index() -> ZoneIndex:
    """Read zone1970.tab, zone.tab and iso3166.tab once."""
    codes: dict[str, set[str]] = {}
    comments: dict[str, str] = {}
    for table in ("zone1970.tab", "zone.tab"):
        for row in _table_rows(table):
            codes.setdefault(row[2], set()).update(row[0].split(","))
            comments[row[2]] = comments.get(row[2], "") + " " + (row[3] if len(row) > 3 else "")
    zones = sorted(codes, key=lambda zone: -_prominence(len(codes[zone]), comments[zone]))
    countries = {row[0]: normalised(row[1]) for row in _table_rows("iso3166.tab")}
    by_city: dict[str, list[str]] = {}
    for zone in zones:
        for city in _city_names(zone):
            found = by_city.setdefault(city, [])
            if zone not in found:
                found.append(zone)
    by_country: dict[str, list[str]] = {}
    for row in _table_rows("zone.tab"):
        by_country.setdefault(countries.get(row[0], row[0].lower()), []).append(row[2])
    return ZoneIndex(
        tuple(zones),
        {city: tuple(found) for city, found in by_city.items()},
        {country: tuple(sorted(found, key=zones.index)) for country, found in by_country.items()},
    )


def _by_name(cleaned: str, index: ZoneIndex) -> ZoneFound | ZoneCandidates | None:
    """An IANA name, a city or a country; a typo of a city gets the closest cities."""
    for zone in index.zones:
        if normalised(zone) == cleaned:
            return ZoneFound(zone)
    for names in (index.by_city, index.by_country):
        found = names.get(cleaned)
        if found is not None:
            return ZoneFound(found[0]) if len(found) == 1 else ZoneCandidates(found)
    close = difflib.get_close_matches(
        cleaned, list(index.by_city), n=MAX_CANDIDATES, cutoff=CLOSE_ENOUGH
    )
    close_zones = tuple(zone for city in close for zone in index.by_city[city])
    return ZoneCandidates(close_zones[:MAX_CANDIDATES]) if close_zones else None


def _fixed_zone(offset: timedelta) -> str | None:
    """The Etc zone with this offset: whole hours from -12 to +14, with POSIX's inverted sign."""
    hours, rest = divmod(int(offset.total_seconds()), 3600)
    if rest or not -12 <= hours <= 14:
        return None
    return "Etc/UTC" if hours == 0 else f"Etc/GMT{-hours:+d}"


def zones_at_offset(offset: timedelta, at: datetime, limit: int = MAX_CANDIDATES) -> OffsetZones:
    """The zones whose UTC offset at the instant `at` (timezone-aware) equals `offset`."""
    matching = tuple(
        zone
        for zone in zone_index().zones
        if not zone.startswith(REMOTE) and ZoneInfo(zone).utcoffset(at) == offset
    )
    return OffsetZones(offset, matching[:limit], _fixed_zone(offset))


def _offset(cleaned: str) -> timedelta | None:
    """ "utc+2", "gmt-5", "+05:30" as an offset; None outside the real range UTC-12..UTC+14."""
    match = _OFFSET.fullmatch(cleaned)
    if match is None:
        return None
    hours, minutes = int(match.group("hours")), int(match.group("minutes") or 0)
    negative = match.group("sign") == "-"
    if hours > (12 if negative else 14) or minutes >= 60:
        return None
    size = timedelta(hours=hours, minutes=minutes)
    return -size if negative else size


def read_zone(text: str, at: datetime) -> ZoneFound | ZoneCandidates | OffsetZones | None:
    """What the typed text says about the user's zone; None when it names none at all.

    `at` (timezone-aware) decides which zones are on an offset, since daylight saving moves
    them: in July "UTC+2" suggests Europe/Berlin, in January Africa/Cairo and others.
    """
    if at.tzinfo is None:
        raise ValueError("at must be timezone-aware")
    if len(text) > MAX_INPUT:
        return None
    lowered = unicodedata.normalize("NFKC", text).lower().strip().replace("\u2212", "-")
    compact = re.sub(r"\s+", "", lowered)
    if compact in ("utc", "gmt", "z", "utc+0", "gmt+0", "utc0", "gmt0"):
        return ZoneFound("Etc/UTC")
    offset = _offset(compact)
    if offset is not None:
        return zones_at_offset(offset, at)
    cleaned = normalised(lowered)
    if not cleaned or not re.search(r"[^\W\d_]", cleaned):
        return None
    return _by_name(cleaned, zone_index())
