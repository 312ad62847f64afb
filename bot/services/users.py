"""Small rules about a stored user: their zone, their today, and their next reminder."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from bot.domain.schedule import find_zone, local_date, next_nudge_at
from db.models import User

UTC_ZONE = ZoneInfo("UTC")


def zone_of(user: User) -> ZoneInfo:
    """The user's zone; a name that no longer resolves falls back to UTC rather than crashing."""
    return find_zone(user.timezone) or UTC_ZONE


def user_today(user: User, now: datetime) -> date:
    """The user's local calendar date, which is what streaks and 'once a day' mean."""
    return local_date(now, zone_of(user))


def refresh_next_nudge(user: User, now: datetime, *, done_today: bool = False) -> None:
    """Store when the next reminder is due; skip today's when today's routine is already done."""
    if user.remind_at is None or user.blocked:
        user.next_nudge_at = None
        return
    zone = zone_of(user)
    upcoming = next_nudge_at(user.remind_at, zone, now)
    if done_today and local_date(upcoming, zone) == local_date(now, zone):
        upcoming = next_nudge_at(user.remind_at, zone, upcoming)
    user.next_nudge_at = upcoming
