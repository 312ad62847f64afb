"""Leaving a paused session at the person's word, when they choose to start another routine."""

from __future__ import annotations

from datetime import datetime

from bot.domain.routine import Status
from bot.services.ports import UnitOfWork
from bot.services.records import SessionSnapshot


async def leave(uow: UnitOfWork, session: SessionSnapshot, now: datetime) -> None:
    """Close it as stopped, not abandoned: the person chose to; without consent its ratings go."""
    await uow.steps.close(session.id, Status.STOPPED, now)
    if not session.track_pain:
        await uow.sessions.forget_ratings(session.id)
