"""Typed context: handlers reach the wired services as attributes, not bot_data["..."] lookups."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from telegram.ext import CallbackContext, ExtBot

from bot.content import Catalog
from bot.handlers.timer import CountdownTimer
from bot.health import HealthProbe
from bot.jobs.nudge_tick import NudgeDispatcher
from bot.jobs.weekly_summary import WeeklyDispatcher
from bot.sending.rate_limit import Priority
from bot.services.expectations import ExpectationService
from bot.services.media import ExerciseMedia
from bot.services.nudges import NudgeService
from bot.services.profile import ProfileService
from bot.services.progress import ProgressService
from bot.services.receipts import ReceiptService
from bot.services.reminder_prefs import ReminderPrefsService
from bot.services.routine import RoutineService
from bot.services.safety import SafetyService
from bot.services.stats import StatsService
from bot.services.update_receipt import UpdateReceipt
from bot.services.user_data import UserDataService
from bot.views.profile_view import ProfileView
from bot.views.progress_view import ProgressView
from bot.views.reminder_view import ReminderView
from bot.views.routine_view import RoutineView
from bot.views.safety_view import SafetyView


@dataclass(frozen=True, slots=True)
class Services:
    """Everything a handler may call, built once by the composition root."""

    catalog: Catalog
    profile: ProfileService
    routine: RoutineService
    expectations: ExpectationService
    routine_view: RoutineView
    profile_view: ProfileView
    timer: CountdownTimer
    reminder_prefs: ReminderPrefsService
    reminder_view: ReminderView
    nudges: NudgeService
    nudge_dispatcher: NudgeDispatcher
    media: ExerciseMedia
    progress: ProgressService
    progress_view: ProgressView
    user_data: UserDataService
    weekly_dispatcher: WeeklyDispatcher
    stats: StatsService
    admin_ids: frozenset[int]
    receipts: ReceiptService
    health: HealthProbe
    safety: SafetyService
    safety_view: SafetyView


class BotData:
    """PTB creates this empty; the composition root attaches the services before start."""

    def __init__(self) -> None:
        self._services: Services | None = None

    def attach(self, services: Services) -> None:
        """Wire the services in exactly once."""
        if self._services is not None:
            raise RuntimeError("services are already attached")
        self._services = services

    @property
    def services(self) -> Services:
        """The wired services; using them before wiring is a programming error."""
        if self._services is None:
            raise RuntimeError("services were not attached by build_application()")
        return self._services


class BackCoachContext(CallbackContext[ExtBot[Priority], dict[Any, Any], dict[Any, Any], BotData]):
    """CallbackContext with typed access to the services, and the receipt of its update."""

    # Set by the first handler group; handlers pass it to every service call of the update.
    receipt: UpdateReceipt | None = None

    @property
    def services(self) -> Services:
        """Shortcut used by every handler."""
        return self.bot_data.services
