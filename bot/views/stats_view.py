"""The admins' /stats screen: operational numbers for the people who run the bot.

It is in English in every language on purpose: it is an operator's screen like the logs and the
CSV export's headers, read by the team running BackCoach, never by a person in pain.
"""

from __future__ import annotations

from bot.services.stats import BotStats
from bot.views.outgoing import OutMessage


def stats_message(numbers: BotStats) -> OutMessage:
    """Users, relief, nudges, the next crowded minute and sessions per day."""
    relief = "–" if numbers.average_relief is None else f"{numbers.average_relief:+.1f}"
    lines = [
        "📊 BackCoach stats",
        f"Users: {numbers.users} (active in 7 days: {numbers.active_7_days}, "
        f"blocked: {numbers.blocked})",
        f"Average relief within a session: {relief}",
        f"Nudges sent: {numbers.nudges_sent}, failed: {numbers.nudges_failed}",
        crowd_line(numbers),
        "Sessions per day (last 14 days):",
        *(f"  {day:%a %d %b}: {count}" for day, count in numbers.sessions_per_day),
    ]
    return OutMessage("\n".join(lines))


def crowd_line(numbers: BotStats) -> str:
    """The next day's most crowded reminder minute and how late its last nudge will go out."""
    if numbers.crowd is None:
        return "Next crowded minute: none due in 24 h"
    at, count = numbers.crowd
    head = f"Next crowded minute: {at:%a %H:%M} UTC, {count} due"
    if numbers.crowd_delay is None:
        return f"{head} (no rate limit)"
    seconds = round(numbers.crowd_delay.total_seconds())
    wait = f"{seconds} s" if seconds < 120 else f"{seconds // 60} min"
    return f"{head}, the last sent about {wait} later"
