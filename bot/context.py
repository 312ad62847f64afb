"""Typed context: handlers reach the wired services as attributes, grouped by what they are for."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from telegram.ext import CallbackContext, ExtBot

from bot.content import Catalog
from bot.health import HealthProbe
from bot.i18n import ENGLISH
from bot.jobs.tick import Tick
from bot.reports.maker import ReportMaker
from bot.sending.rate_limit import Priority
from bot.services.expectations import ExpectationService
from bot.services.language import LanguageService
from bot.services.lessons import LessonService
from bot.services.media import ExerciseMedia
from bot.services.nudges import NudgeService
from bot.services.profile import ProfileService
from bot.services.progress import ProgressService
from bot.services.progression_service import ProgressionService
from bot.services.psfs import PsfsService
from bot.services.receipts import ReceiptService
from bot.services.reminder_prefs import ReminderPrefsService
from bot.services.report import ReportService
from bot.services.routine import RoutineService
from bot.services.safety import SafetyService
from bot.services.settings_screen import SettingsService
from bot.services.stats import StatsService
from bot.services.update_receipt import UpdateReceipt
from bot.services.user_data import UserDataService
from bot.timer import CountdownTimer
from bot.views.growth_view import GrowthView
from bot.views.profile_view import ProfileView
from bot.views.progress_view import ProgressView
from bot.views.psfs_view import PsfsView
from bot.views.reminder_view import ReminderView
from bot.views.report_view import ReportView
from bot.views.routine_view import RoutineView
from bot.views.safety_view import SafetyView
from bot.views.settings_view import SettingsView


@dataclass(frozen=True, slots=True)
class RoutineServices:
    """Walking through a routine: the steps, what typed text means now, animations, the ▶ timer."""

    walk: RoutineService
    expectations: ExpectationService
    media: ExerciseMedia
    timer: CountdownTimer


@dataclass(frozen=True, slots=True)
class ProfileServices:
    """Who the person is: onboarding, settings, consent, and the safety lock."""

    setup: ProfileService
    safety: SafetyService
    screen: SettingsService


@dataclass(frozen=True, slots=True)
class ReminderServices:
    """When to nudge: the person's reminder preferences and today's nudge."""

    prefs: ReminderPrefsService
    nudges: NudgeService


@dataclass(frozen=True, slots=True)
class DataServices:
    """What is stored and what it shows: progress, history, export and erasure, admin numbers."""

    progress: ProgressService
    user_data: UserDataService
    stats: StatsService
    # Issue 19: the function check (PSFS) and the clinician report.
    psfs: PsfsService
    report: ReportService
    report_maker: ReportMaker


@dataclass(frozen=True, slots=True)
class Views:
    """Pure builders of what people read, one per area."""

    routine: RoutineView
    profile: ProfileView
    safety: SafetyView
    reminders: ReminderView
    progress: ProgressView
    settings: SettingsView
    # Issue 19: the function check (PSFS) and the clinician report.
    psfs: PsfsView
    report: ReportView


@dataclass(frozen=True, slots=True)
class Infrastructure:
    """What keeps the bot honest rather than what people see: receipts, health, admins."""

    receipts: ReceiptService
    health: HealthProbe
    admin_ids: frozenset[int]
    # Issue 18: reads the update's language once (receipts.open_receipt), stores /language.
    languages: LanguageService


@dataclass(frozen=True, slots=True)
class GrowthServices:
    """A programme that grows: dose levels from how sessions felt, lessons, and their view."""

    progression: ProgressionService
    lessons: LessonService
    view: GrowthView


@dataclass(frozen=True, slots=True)
class Services:
    """Everything a handler may call, built once by the composition root."""

    catalog: Catalog
    routine: RoutineServices
    profile: ProfileServices
    reminders: ReminderServices
    data: DataServices
    views: Views
    infra: Infrastructure
    growth: GrowthServices


class BotData:
    """PTB creates this empty; the composition root attaches the services and the tick."""

    def __init__(self) -> None:
        self._services: Services | None = None
        self._tick: Tick | None = None
        self._bundles: Mapping[str, Services] = MappingProxyType({})

    def attach(
        self, services: Services, tick: Tick, bundles: Mapping[str, Services] | None = None
    ) -> None:
        """Wire the services (English), each language's bundle and the tick in exactly once."""
        if self._services is not None:
            raise RuntimeError("services are already attached")
        self._services, self._tick = services, tick
        self._bundles = MappingProxyType(dict(bundles or {ENGLISH: services}))

    @property
    def bundles(self) -> Mapping[str, Services]:
        """Every language's bundle by code (each has its own ▶ timer to drain)."""
        return self._bundles

    def services_for(self, language: str) -> Services:
        """The bundle whose catalog and views speak `language` (English when unknown)."""
        return self._bundles.get(language) or self.services

    @property
    def services(self) -> Services:
        """The wired services; using them before wiring is a programming error."""
        if self._services is None:
            raise RuntimeError("services were not attached by build_application()")
        return self._services

    @property
    def tick(self) -> Tick:
        """The repeating job that sends nudges and summaries; tests and benchmarks run it too."""
        if self._tick is None:
            raise RuntimeError("the tick was not attached by build_application()")
        return self._tick


class BackCoachContext(CallbackContext[ExtBot[Priority], dict[Any, Any], dict[Any, Any], BotData]):
    """CallbackContext with typed access to the services, and the receipt of its update."""

    # Set by the first handler group; handlers pass it to every service call of the update.
    receipt: UpdateReceipt | None = None
    # Issue 18: the update's language, decided once by the first handler group.
    language: str = ENGLISH

    @property
    def services(self) -> Services:
        """Shortcut used by every handler: the bundle that speaks the update's language."""
        return self.bot_data.services_for(self.language)
