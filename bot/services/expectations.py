"""Decide what free text means right now, from the stored state alone."""

from __future__ import annotations

from enum import StrEnum

from bot.domain.routine import Phase
from bot.services.ports import UnitOfWorkFactory
from bot.services.profile_reply import Step
from bot.services.update_receipt import UpdateReceipt


class Expecting(StrEnum):
    """What the bot is waiting for from this user."""

    NOT_STARTED = "not_started"
    ONBOARDING_BUTTONS = "onboarding_buttons"
    TIMEZONE = "timezone"
    REMIND_TIME = "remind_time"
    PAIN = "pain"
    EXERCISE_BUTTONS = "exercise_buttons"
    NOTHING = "nothing"


_TYPED_STEPS = {Step.TIMEZONE: Expecting.TIMEZONE, Step.REMIND: Expecting.REMIND_TIME}


class ExpectationService:
    """Reads (never writes) the user's state to route typed input and pick the right hint."""

    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow_factory = uow_factory

    async def expecting(self, user_id: int, *, receipt: UpdateReceipt | None) -> Expecting:
        """Onboarding first, then a pain question, then a settings question, then buttons."""
        async with self._uow_factory(receipt) as uow:
            user = await uow.users.get(user_id)
            if user is None:
                return Expecting.NOT_STARTED
            if user.onboarding_step != Step.DONE:
                return _TYPED_STEPS.get(Step(user.onboarding_step), Expecting.ONBOARDING_BUTTONS)
            session = await uow.sessions.active_for(user_id)
            phase = None if session is None else Phase(session.phase)
            if phase in (Phase.PAIN_BEFORE, Phase.PAIN_AFTER):
                return Expecting.PAIN
            if user.awaiting is not None:
                return _TYPED_STEPS.get(Step(user.awaiting), Expecting.NOTHING)
            if phase is not None:
                return Expecting.EXERCISE_BUTTONS
            return Expecting.NOTHING
