"""Daily-reminder time rules, kept pure so DST edge cases are decided here and proven by tests."""

# Why not APScheduler's cron trigger: APScheduler 3.11 fires a 02:30 cron job twice on a
# fall-back day (that wall time occurs twice), so its idea of "daily" is not "once per local
# date". The nudge tick stores the instant returned by next_nudge_at and only asks "who is
# due?"; this module alone decides when a user's next reminder is.

from __future__ import annotations

import functools
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from bot.domain.nudge_days import EVERY_DAY, includes

_ONE_DAY = timedelta(days=1)
# The longest IANA name is 32 characters; anything much longer is garbage.
_MAX_ZONE_INPUT = 64
# Present in available_timezones() but not real places: "localtime" mirrors the host's setting.
_NOT_USER_ZONES = frozenset({"factory", "localtime", "posixrules"})
# Bound on the date walk in next_nudge_at: yesterday, today, and up to six skipped weekdays.
_MAX_DAYS_AHEAD = 10


def _require_aware(instant: datetime, name: str) -> None:
    """Reject naive datetimes, which would silently mean the server's local time."""
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware, got naive {instant!r}")


def local_date(now: datetime, zone: ZoneInfo) -> date:
    """Return the user's calendar date at `now`; streaks and 'once a day' hinge on it."""
    _require_aware(now, "now")
    return now.astimezone(zone).date()


def resolve_local_time(day: date, at: time, zone: ZoneInfo) -> datetime:
    """Map a wall-clock time on a local date to one real instant, even across DST changes."""
    # Ambiguous (fall-back) wall times resolve to the first occurrence (fold=0). Nonexistent
    # (spring-forward gap) wall times resolve to the first valid minute after the gap, e.g.
    # Europe/Berlin 2026-03-29 02:30 -> 03:00 CEST. The result has tzinfo=zone.
    if at.tzinfo is not None:
        raise ValueError(f"at must be a naive wall-clock time, got {at!r}")
    wall = datetime.combine(day, at.replace(fold=0))
    first = wall.replace(tzinfo=zone, fold=0)
    offset_before = first.utcoffset()
    offset_after = wall.replace(tzinfo=zone, fold=1).utcoffset()
    if offset_before is None or offset_after is None:  # pragma: no cover - ZoneInfo always has one
        raise ValueError(f"zone {zone} gave no UTC offset for {wall}")
    if offset_after <= offset_before:
        # Equal: an ordinary time. Smaller after: ambiguous, and fold=0 is the first occurrence.
        return first
    return _end_of_gap(wall, offset_before, offset_after, zone)


def _end_of_gap(
    wall: datetime, offset_before: timedelta, offset_after: timedelta, zone: ZoneInfo
) -> datetime:
    """Find the transition instant behind a gap by bisection over whole seconds."""
    # `wall` read with the new offset lies before the transition; with the old offset, after it.
    start = (wall - offset_after).replace(tzinfo=UTC)
    low, high = 0, int((offset_after - offset_before).total_seconds())
    while high - low > 1:
        middle = (low + high) // 2
        if (start + timedelta(seconds=middle)).astimezone(zone).utcoffset() == offset_before:
            low = middle
        else:
            high = middle
    transition = start + timedelta(seconds=high)
    # Round up to a whole local minute (only historic offsets with seconds need this).
    seconds_into_minute = transition.astimezone(zone).second
    return (transition + timedelta(seconds=(60 - seconds_into_minute) % 60)).astimezone(zone)


def next_nudge_at(at: time, zone: ZoneInfo, after: datetime, *, days: int = EVERY_DAY) -> datetime:
    """Return the first reminder instant strictly after `after`, in UTC, one per local date.

    `days` is the weekday mask of reminder days (bot.domain.nudge_days); a local date whose
    weekday is not in it gets no nudge.
    """
    # Each local date has exactly one candidate, resolve_local_time(date, at, zone), and the
    # candidates increase with the date, so walking dates in order can never yield two nudges
    # on one local date nor skip one. A candidate pushed onto the next date by a gap that
    # swallows the end of a day (only seen in historic date-line moves such as Pacific/Apia
    # 2011-12-30) is dropped: "never twice a day" wins over "every day".
    _require_aware(after, "after")
    after_utc = after.astimezone(UTC)
    # Start a day early: local dates are not monotonic in every zone's history.
    day = local_date(after_utc, zone) - _ONE_DAY
    for _ in range(_MAX_DAYS_AHEAD):
        if includes(days, day.weekday()):
            candidate = resolve_local_time(day, at, zone)
            if candidate.date() == day and candidate.astimezone(UTC) > after_utc:
                return candidate.astimezone(UTC)
        day += _ONE_DAY
    raise ValueError(f"no reminder time found for {at} in {zone} after {after}")


@functools.cache
def _zone_names() -> dict[str, str]:
    """Build the case-insensitive name index once, on first use, not at import."""
    return {
        name.lower(): name for name in available_timezones() if name.lower() not in _NOT_USER_ZONES
    }


def find_zone(name: str) -> ZoneInfo | None:
    """Resolve a user-typed IANA zone name case-insensitively; None instead of raising."""
    if len(name) > _MAX_ZONE_INPUT:
        return None
    key = _zone_names().get(name.strip().replace(" ", "_").lower())
    if key is None:
        return None
    try:
        return ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # pragma: no cover - listed names load
        return None
