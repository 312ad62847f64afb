"""Typed time zones: cities, IANA names and countries resolve through tzdata's own tables;
typos get "did you mean"; UTC offsets get the zones on that offset and the reason."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.domain.typed_zone import (
    OffsetZones,
    Reason,
    ZoneCandidates,
    ZoneFound,
    read_zone,
    zone_index,
    zones_at_offset,
)

JULY = datetime(2026, 7, 1, 12, tzinfo=UTC)
JANUARY = datetime(2026, 1, 15, 12, tzinfo=UTC)

FOUND = [
    ("Berlin", "Europe/Berlin"),
    ("berlin", "Europe/Berlin"),
    ("  BERLIN ", "Europe/Berlin"),
    ("new york", "America/New_York"),
    ("New_York", "America/New_York"),
    ("São Paulo", "America/Sao_Paulo"),
    ("sao paulo", "America/Sao_Paulo"),
    ("Sao-Paulo", "America/Sao_Paulo"),
    ("Buenos Aires", "America/Argentina/Buenos_Aires"),
    ("london", "Europe/London"),
    ("Paris", "Europe/Paris"),
    ("tokyo", "Asia/Tokyo"),
    ("Kolkata", "Asia/Kolkata"),
    ("Kyiv", "Europe/Kyiv"),
    ("Ho Chi Minh", "Asia/Ho_Chi_Minh"),
    ("St. John's", "America/St_Johns"),
    ("los angeles", "America/Los_Angeles"),
    ("Europe/Berlin", "Europe/Berlin"),
    ("europe/paris", "Europe/Paris"),
    ("America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires"),
    ("India", "Asia/Kolkata"),
    ("Japan", "Asia/Tokyo"),
    ("UTC", "Etc/UTC"),
    ("gmt", "Etc/UTC"),
    ("UTC+0", "Etc/UTC"),
    # CLDR's exemplar cities in the bot's other languages (Babel): Cyrillic, accents, exonyms.
    ("Москва", "Europe/Moscow"),
    ("москва", "Europe/Moscow"),
    ("Берлин", "Europe/Berlin"),
    ("Нью-Йорк", "America/New_York"),
    ("Moscú", "Europe/Moscow"),
    ("Nueva York", "America/New_York"),
    ("Wien", "Europe/Vienna"),
    ("Moskau", "Europe/Moscow"),
    ("kiev", "Europe/Kyiv"),  # the old English spelling is CLDR's Spanish one
]

DID_YOU_MEAN = [
    ("berln", "Europe/Berlin"),
    ("Berlinn", "Europe/Berlin"),
    ("kyivv", "Europe/Kyiv"),
    ("new yrok", "America/New_York"),
    ("Germany", "Europe/Berlin"),
    ("united states", "America/New_York"),
]

NOTHING = [
    "",
    "   ",
    "---",
    "xyz",
    "12345",
    "qwertyuiop",
    "+",
    "UTC+15",
    "GMT-13",
    "UTC+2:75",
    "a" * 61,
]


@pytest.mark.parametrize(("text", "zone"), FOUND)
def test_a_city_name_or_zone_name_resolves(text: str, zone: str) -> None:
    assert read_zone(text, JULY) == ZoneFound(zone)


@pytest.mark.parametrize(("text", "zone"), DID_YOU_MEAN)
def test_a_near_miss_or_a_country_offers_candidates(text: str, zone: str) -> None:
    answer = read_zone(text, JULY)

    assert isinstance(answer, ZoneCandidates)
    assert zone in answer.candidates


@pytest.mark.parametrize("text", NOTHING)
def test_text_that_names_no_zone_gives_none(text: str) -> None:
    assert read_zone(text, JULY) is None


OFFSETS = [
    ("UTC+2", JULY, timedelta(hours=2), "Etc/GMT-2", "Europe/Berlin"),
    ("utc +2", JULY, timedelta(hours=2), "Etc/GMT-2", "Europe/Berlin"),
    ("UTC+2", JANUARY, timedelta(hours=2), "Etc/GMT-2", "Europe/Kyiv"),
    ("GMT-5", JANUARY, timedelta(hours=-5), "Etc/GMT+5", "America/New_York"),
    ("GMT-5", JULY, timedelta(hours=-5), "Etc/GMT+5", "America/Chicago"),
    ("GMT−5", JULY, timedelta(hours=-5), "Etc/GMT+5", "America/Chicago"),
    ("+3", JULY, timedelta(hours=3), "Etc/GMT-3", "Europe/Moscow"),
    ("UTC+5:30", JULY, timedelta(hours=5, minutes=30), None, "Asia/Kolkata"),
    ("UTC+0545", JULY, timedelta(hours=5, minutes=45), None, "Asia/Kathmandu"),
    ("GMT+14", JULY, timedelta(hours=14), "Etc/GMT-14", "Pacific/Kiritimati"),
]


@pytest.mark.parametrize(("text", "at", "offset", "fixed", "suggested"), OFFSETS)
def test_an_offset_gets_zones_on_it_and_the_fixed_zone_with_posix_signs(
    text: str, at: datetime, offset: timedelta, fixed: str | None, suggested: str
) -> None:
    answer = read_zone(text, at)

    assert isinstance(answer, OffsetZones)
    assert answer.offset == offset
    assert answer.fixed_zone == fixed
    assert answer.reason is Reason.OFFSET_IGNORES_DAYLIGHT_SAVING
    every = zones_at_offset(offset, at, limit=1000).candidates
    assert suggested in every
    assert set(answer.candidates) <= set(every)
    assert 1 <= len(answer.candidates) <= 5


def test_the_tables_have_at_least_thirty_inputs() -> None:
    assert len(FOUND) + len(DID_YOU_MEAN) + len(NOTHING) + len(OFFSETS) >= 30


def test_the_cities_come_from_the_iana_tables_not_a_list_of_our_own() -> None:
    index = zone_index()

    assert len(index.zones) > 300
    assert "Europe/Berlin" in index.zones
    assert index.by_city["sao paulo"] == ("America/Sao_Paulo",)


def test_offset_suggestions_leave_out_research_stations() -> None:
    answer = zones_at_offset(timedelta(hours=2), JULY, limit=1000)

    assert not any(zone.startswith("Antarctica/") for zone in answer.candidates)


def test_the_instant_must_carry_a_time_zone() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        read_zone("Berlin", datetime(2026, 7, 1, 12))  # noqa: DTZ001
