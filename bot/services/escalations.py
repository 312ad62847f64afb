"""Why a finished session's pain needs a professional's look, recorded with consent."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from bot.domain.escalation import (
    IMPROVEMENT_WEEKS,
    EscalationReason,
    escalation_reasons,
    regular_sessions,
)
from bot.domain.progress import weekly_averages
from bot.services.ports import UnitOfWork
from bot.services.progress import points_of
from bot.services.records import RatedSession, SessionSnapshot

# The escalation rules read six calendar weeks: the trend the last three, "regular sessions"
# all six. Only when those are regular is the whole history read, for the first rated week.
TREND_DAYS = 7 * (IMPROVEMENT_WEEKS - 1)
# Before any event: "has it ever been raised" for the reason that is said once.
_EVER = datetime(2000, 1, 1, tzinfo=UTC)


def ratings_of(session_id: int, rated: list[RatedSession]) -> dict[str, int]:
    """This session's ratings from the trend's rows: it is among them, finished just now."""
    for row in rated:
        if row.id == session_id:
            pairs = (("before", row.before), ("after", row.after))
            return {kind: score for kind, score in pairs if score is not None}
    return {}


async def escalate(
    uow: UnitOfWork,
    session: SessionSnapshot,
    ratings: dict[str, int],
    rated: list[RatedSession],
    window_start: date,
    today: date,
    now: datetime,
) -> tuple[str, ...]:
    """Record why pain needs a professional's eye; a weekly trend is raised once a week.

    No improvement after six weeks is raised once per user: it is skipped once recorded.
    """
    weeks = [week.average for week in weekly_averages(points_of(rated), window_start, today)]
    # Not regular yet: the six-week rule cannot fire, so neither its record nor history is read.
    stuck_told = True
    if regular_sessions(weeks):
        stuck = EscalationReason.NO_IMPROVEMENT_6_WEEKS
        stuck_told = await uow.safety.recorded_since(session.user_id, stuck, _EVER)
        if not stuck_told:
            everything = points_of(await uow.history.rated(session.user_id))
            first = min([window_start, *(point.local_date for point in everything)])
            weeks = [week.average for week in weekly_averages(everything, first, today)]
    reasons = escalation_reasons(
        ratings.get("before"), ratings.get("after"), weeks, no_improvement_raised=stuck_told
    )
    raised: list[str] = []
    for reason in reasons:
        if reason is EscalationReason.RISING_WEEKLY_TREND and await uow.safety.recorded_since(
            session.user_id, reason, now - timedelta(days=7)
        ):
            continue
        if session.track_pain:
            uow.safety.add(session.user_id, reason.value, now, session.id)
        raised.append(reason.value)
    return tuple(raised)
