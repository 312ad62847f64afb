"""The answer to "How did it feel?", and resetting every dose to its first level."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum

from bot.domain.progression import Feel
from bot.services.ports import Clock, UnitOfWorkFactory
from bot.services.progression import (
    LOOKBACK_SESSIONS,
    SKIPPED_FEEL,
    Growth,
    LevelChangeNote,
    progress_levels,
)
from bot.services.records import LevelChangeRecord
from bot.services.update_receipt import UpdateReceipt
from bot.services.users import safety_locked, user_today

logger = logging.getLogger(__name__)

RESET_REASON = "reset"
"""The reason recorded when the user puts every dose back to its first level."""


class FeelOutcome(StrEnum):
    """What became of a feel press."""

    NOTED = "noted"
    SKIPPED = "skipped"
    ALREADY = "already"
    STALE = "stale"


@dataclass(frozen=True, slots=True)
class FeelReply:
    """The outcome of a feel press, and the level changes it caused, to announce."""

    outcome: FeelOutcome
    feel: Feel | None = None
    changes: tuple[LevelChangeNote, ...] = ()


class ProgressionService:
    """Each call is one unit of work."""

    def __init__(self, uow_factory: UnitOfWorkFactory, growth: Growth, clock: Clock) -> None:
        self._uow_factory = uow_factory
        self._growth = growth
        self._clock = clock

    async def feel(
        self, user_id: int, session_id: int, feel: Feel | None, *, receipt: UpdateReceipt | None
    ) -> FeelReply:
        """Record how the user's latest session felt (None: skipped) and apply the dose rule.

        Only the latest finished session can be answered, once, and only with consent (the
        question is not shown without it) and while no safety stop holds the routines: an
        older, repeated or locked press changes nothing.
        """
        now = self._clock()
        async with self._uow_factory(receipt) as uow:
            user = await uow.users.get(user_id, for_update=True)
            if user is None or not user.pain_consent or safety_locked(user):
                return FeelReply(FeelOutcome.STALE)
            finished = await uow.levels.finished(user_id, LOOKBACK_SESSIONS)
            if not finished or finished[-1].id != session_id:
                return FeelReply(FeelOutcome.STALE)
            if finished[-1].feel is not None:
                return FeelReply(FeelOutcome.ALREADY)
            await uow.levels.set_feel(session_id, SKIPPED_FEEL if feel is None else feel.value)
            results = await uow.history.results_of([session_id])
            exercises = [row.exercise_id for row in results.get(session_id, [])]
            changes = await progress_levels(
                uow, user_id, exercises, self._growth, user_today(user, now), now
            )
            await uow.commit()
        logger.info(
            "feel recorded user=%s session=%s changes=%s", user_id, session_id, len(changes)
        )
        outcome = FeelOutcome.SKIPPED if feel is None else FeelOutcome.NOTED
        return FeelReply(outcome, feel, changes)

    async def reset_levels(self, user_id: int, *, receipt: UpdateReceipt | None) -> int | None:
        """Every exercise back to its first dose; how many were above it (None: unknown user).

        The history of changes stays: it is what happened.
        """
        now = self._clock()
        async with self._uow_factory(receipt) as uow:
            user = await uow.users.get(user_id, for_update=True)
            if user is None:
                return None
            today = user_today(user, now)
            for record in (await uow.levels.of_user(user_id)).values():
                if record.level > 0:
                    change = LevelChangeRecord(
                        record.exercise_id, record.level, 0, RESET_REASON, today, now
                    )
                    uow.levels.add_change(user_id, change)
            lowered = await uow.levels.reset(user_id)
            await uow.commit()
        logger.info("levels reset user=%s lowered=%s", user_id, lowered)
        return lowered
