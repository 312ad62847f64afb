"""/stats for admins; to anyone else it is just an unknown command."""

from __future__ import annotations

from telegram import Update

from bot.context import BackCoachContext
from bot.handlers.commands import unknown_command
from bot.handlers.sending import send_one, sender_of
from bot.services.stats import BotStats
from bot.views.outgoing import OutMessage


async def stats(update: Update, context: BackCoachContext) -> None:
    """Operational numbers; the command's existence is not revealed to non-admins."""
    if (sender := sender_of(update)) is None:
        return
    if sender[0].id not in context.services.infra.admin_ids:
        await unknown_command(update, context)
        return
    numbers = await context.services.data.stats.collect(receipt=context.receipt)
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
    await send_one(context, sender[1], OutMessage("\n".join(lines)))


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
