"""Reminder-time rules across DST, with expected instants worked out from the 2026 tz rules."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest

from bot.domain.nudge_days import EVERY_DAY, WEEKDAYS
from bot.domain.schedule import (
    find_zone,
    local_date,
    next_nudge_at,
    resolve_local_time,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
SYDNEY = ZoneInfo("Australia/Sydney")
ST_JOHNS = ZoneInfo("America/St_Johns")
KOLKATA = ZoneInfo("Asia/Kolkata")
CHATHAM = ZoneInfo("Pacific/Chatham")
LORD_HOWE = ZoneInfo("Australia/Lord_Howe")
KATHMANDU = ZoneInfo("Asia/Kathmandu")
APIA = ZoneInfo("Pacific/Apia")  # skipped 2011-12-30 entirely when it crossed the date line


def utc(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime:
    """A UTC instant, the unit every expected value below is written in."""
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


@pytest.mark.parametrize(
    ("now", "zone", "expected"),
    [
        pytest.param(utc(2026, 3, 28, 23, 30), BERLIN, date(2026, 3, 29), id="Berlin is ahead"),
        pytest.param(utc(2026, 1, 1, 3, 0), NEW_YORK, date(2025, 12, 31), id="New York behind"),
        pytest.param(utc(2026, 1, 1, 10, 15), CHATHAM, date(2026, 1, 2), id="Chatham at 00:00"),
        pytest.param(utc(2026, 1, 1, 10, 14), CHATHAM, date(2026, 1, 1), id="Chatham at 23:59"),
        pytest.param(utc(2026, 6, 30, 18, 29), KOLKATA, date(2026, 6, 30), id="Kolkata 23:59"),
        pytest.param(utc(2026, 6, 30, 18, 30), KOLKATA, date(2026, 7, 1), id="Kolkata midnight"),
        pytest.param(
            datetime(2026, 5, 20, 23, 0, tzinfo=ZoneInfo("America/Los_Angeles")),
            BERLIN,
            date(2026, 5, 21),
            id="any aware input zone works",
        ),
    ],
)
def test_local_date_is_the_calendar_date_in_the_users_zone(
    now: datetime, zone: ZoneInfo, expected: date
) -> None:
    assert local_date(now, zone) == expected


def wall(text: str) -> datetime:
    """A naive "YYYY-MM-DD HH:MM" wall-clock reading, as printed in the tables below."""
    return datetime.fromisoformat(text)


def at_utc(text: str) -> datetime:
    """A "YYYY-MM-DD HH:MM" reading in UTC."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


# (case, zone, local wall time asked for, expected instant in UTC, expected local wall time)
RESOLVE_CASES = [
    ("Berlin ordinary day", BERLIN, "2026-06-01 09:00", "2026-06-01 07:00", "09:00"),
    ("Berlin just before the gap", BERLIN, "2026-03-29 01:59", "2026-03-29 00:59", "01:59"),
    ("Berlin gap start moves to 03:00", BERLIN, "2026-03-29 02:00", "2026-03-29 01:00", "03:00"),
    ("Berlin 02:30 in gap moves to 03:00", BERLIN, "2026-03-29 02:30", "2026-03-29 01:00", "03:00"),
    ("Berlin 03:00 after the gap", BERLIN, "2026-03-29 03:00", "2026-03-29 01:00", "03:00"),
    ("Berlin fall back 02:00 first", BERLIN, "2026-10-25 02:00", "2026-10-25 00:00", "02:00"),
    ("Berlin fall back 02:30 first", BERLIN, "2026-10-25 02:30", "2026-10-25 00:30", "02:30"),
    ("Berlin fall back 03:00 is winter", BERLIN, "2026-10-25 03:00", "2026-10-25 02:00", "03:00"),
    ("New York gap moves to 03:00", NEW_YORK, "2026-03-08 02:30", "2026-03-08 07:00", "03:00"),
    ("New York fall back first", NEW_YORK, "2026-11-01 01:30", "2026-11-01 05:30", "01:30"),
    ("Sydney April fall back first", SYDNEY, "2026-04-05 02:30", "2026-04-04 15:30", "02:30"),
    ("Sydney October gap to 03:00", SYDNEY, "2026-10-04 02:30", "2026-10-03 16:00", "03:00"),
    ("St Johns gap moves to 03:00", ST_JOHNS, "2026-03-08 02:30", "2026-03-08 05:30", "03:00"),
    ("St Johns fall back first", ST_JOHNS, "2026-11-01 01:30", "2026-11-01 04:00", "01:30"),
    ("Kolkata has no gap", KOLKATA, "2026-03-29 02:30", "2026-03-28 21:00", "02:30"),
    ("Kathmandu +05:45", KATHMANDU, "2026-05-20 09:00", "2026-05-20 03:15", "09:00"),
    ("Chatham just before gap", CHATHAM, "2026-09-27 02:44", "2026-09-26 13:59", "02:44"),
    ("Chatham gap start to 03:45", CHATHAM, "2026-09-27 02:45", "2026-09-26 14:00", "03:45"),
    ("Chatham gap end to 03:45", CHATHAM, "2026-09-27 03:44", "2026-09-26 14:00", "03:45"),
    ("Chatham fall back first", CHATHAM, "2026-04-05 03:00", "2026-04-04 13:15", "03:00"),
    ("Chatham 03:45 is standard", CHATHAM, "2026-04-05 03:45", "2026-04-04 15:00", "03:45"),
    ("Lord Howe 30 min gap", LORD_HOWE, "2026-10-04 02:15", "2026-10-03 15:30", "02:30"),
    ("Lord Howe 30 min fall back", LORD_HOWE, "2026-04-05 01:45", "2026-04-04 14:45", "01:45"),
    ("Apia skipped day to midnight", APIA, "2011-12-30 09:00", "2011-12-30 10:00", "00:00"),
]


@pytest.mark.parametrize(
    ("zone", "asked", "expected_utc", "expected_wall"),
    [pytest.param(*row[1:], id=str(row[0])) for row in RESOLVE_CASES],
)
def test_resolve_local_time_picks_one_real_instant_per_wall_time(
    zone: ZoneInfo, asked: str, expected_utc: str, expected_wall: str
) -> None:
    local = wall(asked)
    resolved = resolve_local_time(local.date(), local.time(), zone)
    assert resolved.tzinfo is zone
    assert resolved.astimezone(UTC) == at_utc(expected_utc)
    assert f"{resolved:%H:%M}" == expected_wall


# (case, reminder time, zone, after (UTC), weekdays only, expected nudge in UTC)
MWF = 0b0010101
SUNDAY_ONLY = 0b1000000
NEXT_CASES = [
    (
        "later today if not passed",
        "09:00",
        BERLIN,
        "2026-05-20 06:00",
        EVERY_DAY,
        "2026-05-20 07:00",
    ),
    (
        "after exactly at a nudge",
        "09:00",
        BERLIN,
        "2026-05-20 07:00",
        EVERY_DAY,
        "2026-05-21 07:00",
    ),
    ("one second before", "09:00", BERLIN, "2026-05-20 06:59:59", EVERY_DAY, "2026-05-20 07:00"),
    ("fall back first 02:30", "02:30", BERLIN, "2026-10-24 12:00", EVERY_DAY, "2026-10-25 00:30"),
    ("no second 02:30", "02:30", BERLIN, "2026-10-25 00:30", EVERY_DAY, "2026-10-26 01:30"),
    ("spring forward at 03:00", "02:30", BERLIN, "2026-03-28 12:00", EVERY_DAY, "2026-03-29 01:00"),
    ("New York tomorrow", "09:00", NEW_YORK, "2026-05-20 14:00", EVERY_DAY, "2026-05-21 13:00"),
    ("Chatham next midnight", "00:00", CHATHAM, "2026-01-01 00:00", EVERY_DAY, "2026-01-01 10:15"),
    ("every day has Saturday", "09:00", BERLIN, "2026-05-22 08:00", EVERY_DAY, "2026-05-23 07:00"),
    (
        "weekdays Friday to Monday",
        "09:00",
        BERLIN,
        "2026-05-22 08:00",
        WEEKDAYS,
        "2026-05-25 07:00",
    ),
    ("weekdays skip Saturday", "09:00", BERLIN, "2026-05-23 05:00", WEEKDAYS, "2026-05-25 07:00"),
    (
        "local Monday, UTC Sunday",
        "09:00",
        CHATHAM,
        "2026-05-24 12:00",
        WEEKDAYS,
        "2026-05-24 20:15",
    ),
    ("skipped date gets none", "09:00", APIA, "2011-12-29 20:00", EVERY_DAY, "2011-12-30 19:00"),
    # A 3-day goal (Mon, Wed, Fri) across Berlin's spring-forward Sunday 2026-03-29: Friday's
    # 09:00 is 08:00 UTC (CET), the next Monday's 09:00 is 07:00 UTC (CEST).
    ("goal days: Fri CET", "09:00", BERLIN, "2026-03-26 12:00", MWF, "2026-03-27 08:00"),
    ("goal days over DST", "09:00", BERLIN, "2026-03-27 08:00", MWF, "2026-03-30 07:00"),
    ("goal days: Mon to Wed", "09:00", BERLIN, "2026-03-30 07:00", MWF, "2026-04-01 07:00"),
    # Fall back in New York (Sunday 2026-11-01): Friday EDT, then Monday EST.
    ("goal days fall back", "08:00", NEW_YORK, "2026-10-30 12:00", MWF, "2026-11-02 13:00"),
    # Sunday alone: a whole week ahead.
    ("only Sundays", "10:00", BERLIN, "2026-05-24 09:00", SUNDAY_ONLY, "2026-05-31 08:00"),
    ("Sunday in Sydney", "10:00", SYDNEY, "2026-05-23 00:00", SUNDAY_ONLY, "2026-05-24 00:00"),
]


@pytest.mark.parametrize(
    ("at", "zone", "after", "days", "expected"),
    [pytest.param(*row[1:], id=str(row[0])) for row in NEXT_CASES],
)
def test_next_nudge_at_is_the_first_daily_instant_strictly_after(
    at: str, zone: ZoneInfo, after: str, days: int, expected: str
) -> None:
    nudge = next_nudge_at(time.fromisoformat(at), zone, at_utc(after), days=days)
    assert nudge == at_utc(expected)
    assert nudge.tzinfo is UTC


def test_next_nudge_at_accepts_after_in_any_zone() -> None:
    after = datetime(2026, 5, 20, 8, tzinfo=BERLIN)
    assert next_nudge_at(time(9), BERLIN, after) == at_utc("2026-05-20 07:00")


# Hand-written from the 2026 tz rules: (local date, first missing wall time, first valid after).
GAPS: dict[str, tuple[date, time, time]] = {
    "Europe/Berlin": (date(2026, 3, 29), time(2), time(3)),
    "America/New_York": (date(2026, 3, 8), time(2), time(3)),
    "Australia/Sydney": (date(2026, 10, 4), time(2), time(3)),
    "America/St_Johns": (date(2026, 3, 8), time(2), time(3)),
    "Pacific/Chatham": (date(2026, 9, 27), time(2, 45), time(3, 45)),
}
# (local date, first repeated wall time, end of repeat, offset of the first occurrence).
REPEATS: dict[str, tuple[date, time, time, timedelta]] = {
    "Europe/Berlin": (date(2026, 10, 25), time(2), time(3), timedelta(hours=2)),
    "America/New_York": (date(2026, 11, 1), time(1), time(2), timedelta(hours=-4)),
    "Australia/Sydney": (date(2026, 4, 5), time(2), time(3), timedelta(hours=11)),
    "America/St_Johns": (date(2026, 11, 1), time(1), time(2), timedelta(hours=-2, minutes=-30)),
    "Pacific/Chatham": (
        date(2026, 4, 5),
        time(2, 45),
        time(3, 45),
        timedelta(hours=13, minutes=45),
    ),
}
YEAR_ZONES = [
    "Europe/Berlin",
    "America/New_York",
    "Australia/Sydney",
    "America/St_Johns",
    "Asia/Kolkata",
    "Pacific/Chatham",
]
YEAR_TIMES = [
    time(0),
    time(1, 30),
    time(2),
    time(2, 30),
    time(2, 45),
    time(3),
    time(9),
    time(23, 59),
]


def walk_year(at: time, zone: ZoneInfo, *, days: int = EVERY_DAY) -> list[datetime]:
    """Every nudge from 2026-01-01T00:00Z up to 2027-01-01T00:00Z, as the tick would chain them."""
    cursor, end = utc(2026, 1, 1), utc(2027, 1, 1)
    nudges: list[datetime] = []
    while True:
        nudge = next_nudge_at(at, zone, cursor, days=days)
        assert nudge > cursor
        if nudge >= end:
            return nudges
        nudges.append(nudge)
        cursor = nudge


@pytest.mark.parametrize("at", YEAR_TIMES, ids=lambda at: f"{at:%H:%M}")
@pytest.mark.parametrize("zone_name", YEAR_ZONES)
def test_a_year_of_nudges_has_exactly_one_per_local_date(zone_name: str, at: time) -> None:
    zone = ZoneInfo(zone_name)
    nudges = walk_year(at, zone)
    local = [nudge.astimezone(zone) for nudge in nudges]
    dates = [moment.date() for moment in local]

    assert all(nudge.tzinfo is UTC for nudge in nudges)
    assert all(a < b for a, b in pairwise(nudges)), "not increasing"
    assert len(set(dates)) == len(dates), "a local date got two nudges"
    assert all(b - a == timedelta(days=1) for a, b in pairwise(dates))
    # Offsets are under 14 h, so every local date from Jan 2 to Dec 30 lies inside the UTC year.
    assert dates[0] <= date(2026, 1, 2)
    assert dates[-1] >= date(2026, 12, 30)

    gap = GAPS.get(zone_name)
    for moment in local:
        expected_wall = at
        if gap is not None and moment.date() == gap[0] and gap[1] <= at < gap[2]:
            expected_wall = gap[2]
        assert moment.time() == expected_wall, f"{moment} should be at {expected_wall}"

    if zone_name in REPEATS:
        repeat_day, repeat_start, repeat_end, first_offset = REPEATS[zone_name]
        if repeat_start <= at < repeat_end:
            (on_repeat_day,) = [moment for moment in local if moment.date() == repeat_day]
            assert on_repeat_day.utcoffset() == first_offset


@pytest.mark.parametrize("zone", [BERLIN, SYDNEY, CHATHAM], ids=str)
def test_a_weekdays_only_year_has_one_nudge_per_local_working_day(zone: ZoneInfo) -> None:
    dates = [nudge.astimezone(zone).date() for nudge in walk_year(time(2, 30), zone, days=WEEKDAYS)]
    span = [dates[0] + timedelta(days=offset) for offset in range((dates[-1] - dates[0]).days + 1)]
    assert dates == [day for day in span if day.weekday() < 5]
    # Offsets are under 14 h, so every local date from Jan 2 to Dec 30 lies inside the UTC year.
    assert dates[0] <= date(2026, 1, 2)
    assert dates[-1] >= date(2026, 12, 30)


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(lambda: local_date(datetime(2026, 5, 20, 9), BERLIN), id="local_date"),  # noqa: DTZ001
        pytest.param(
            lambda: next_nudge_at(time(9), BERLIN, datetime(2026, 5, 20, 9)),  # noqa: DTZ001
            id="next_nudge_at",
        ),
        pytest.param(
            lambda: resolve_local_time(date(2026, 5, 20), time(9, tzinfo=UTC), BERLIN),
            id="resolve_local_time with an aware time",
        ),
    ],
)
def test_naive_datetimes_are_refused(call: Callable[[], object]) -> None:
    with pytest.raises(ValueError, match=r"naive|aware"):
        call()


@pytest.mark.parametrize(
    ("name", "expected_key"),
    [
        pytest.param("Europe/Berlin", "Europe/Berlin", id="exact name"),
        pytest.param("europe/berlin", "Europe/Berlin", id="lower case"),
        pytest.param("EUROPE/BERLIN", "Europe/Berlin", id="upper case"),
        pytest.param("  Asia/Kolkata ", "Asia/Kolkata", id="surrounding whitespace"),
        pytest.param("america/new york", "America/New_York", id="space for underscore"),
        pytest.param("america/st_johns", "America/St_Johns", id="St Johns"),
        pytest.param("UTC", "UTC", id="UTC"),
        pytest.param("utc", "UTC", id="utc in lower case"),
        pytest.param("Mars/Olympus_Mons", None, id="unknown zone"),
        pytest.param("Berlin", None, id="city without region"),
        pytest.param("Europe/Berlin/Mitte", None, id="extra part"),
        pytest.param("", None, id="empty"),
        pytest.param("   ", None, id="blank"),
        pytest.param("localtime", None, id="the host's local time"),
        pytest.param("Factory", None, id="the tzdata placeholder"),
        pytest.param("../../etc/passwd", None, id="path traversal"),
        pytest.param("/etc/localtime", None, id="absolute path"),
        pytest.param("Europe/Berlin\x00", None, id="nul byte"),
        pytest.param("Europe/Berlin" * 400, None, id="very long input"),
    ],
)
def test_find_zone_matches_iana_names_case_insensitively(
    name: str, expected_key: str | None
) -> None:
    zone = find_zone(name)
    assert (zone.key if zone is not None else None) == expected_key
