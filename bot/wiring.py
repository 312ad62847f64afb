"""Builds every service and, per language, the views and word-bound pieces (bot/app.py wires them).

Services get the unit-of-work factory as a port, so this module never touches the database
package: only the composition root, bot/app.py, does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta

from bot.content import Catalog
from bot.content.languages import Languages, language_names
from bot.content.plans import without_band
from bot.context import (
    DataServices,
    GrowthServices,
    Infrastructure,
    ProfileServices,
    ReminderServices,
    RoutineServices,
    Services,
    Views,
)
from bot.demos import DemoLibrary
from bot.health import HealthProbe
from bot.i18n import ENGLISH
from bot.reports.maker import ReportMaker
from bot.reports.words import report_words
from bot.services.expectations import ExpectationService
from bot.services.language import LanguageService
from bot.services.lessons import LessonService
from bot.services.media import ExerciseMedia
from bot.services.nudge_jobs import Lease
from bot.services.nudges import NudgeService
from bot.services.ports import UnitOfWorkFactory
from bot.services.profile import ProfileService
from bot.services.progress import ProgressService
from bot.services.progression import Growth
from bot.services.progression_service import ProgressionService
from bot.services.psfs import PsfsService
from bot.services.receipts import ReceiptService
from bot.services.reminder_prefs import ReminderPrefsService
from bot.services.report import ReportService
from bot.services.routine import RoutineService
from bot.services.safety import SafetyService
from bot.services.settings_screen import SettingsService
from bot.services.stats import StatsService
from bot.services.user_data import UserDataService
from bot.settings import Settings
from bot.timer import CountdownTimer, Sleep
from bot.views.growth_view import GrowthView
from bot.views.profile_view import ProfileView
from bot.views.progress_view import ProgressView
from bot.views.psfs_view import PsfsView
from bot.views.reminder_view import ReminderView
from bot.views.report_view import ReportView
from bot.views.routine_view import RoutineView
from bot.views.safety_view import SafetyView
from bot.views.settings_view import SettingsView


def outage_gap(settings: Settings) -> timedelta:
    """How long without a scheduler tick counts as an outage: /healthz fails, uptime notes it."""
    return timedelta(seconds=max(3 * settings.nudge_tick_seconds, 120))


def build_services(
    settings: Settings,
    languages: Languages,
    uow_factory: UnitOfWorkFactory,
    clock: Callable[[], datetime],
    sleep: Sleep,
    health: HealthProbe,
) -> Services:
    """Every service and view the handlers use, grouped by purpose (in English)."""
    catalog = languages.english
    late = timedelta(minutes=settings.nudge_max_late_minutes)
    plans = {routine_id: routine.exercises for routine_id, routine in catalog.routines.items()}
    screen = [(item.id, item.severity) for item in catalog.screening]
    growth = Growth(
        ladder_sizes={exercise.id: len(exercise.level) for exercise in catalog.exercises.values()},
        lesson_ids=tuple(lesson.id for lesson in catalog.lessons),
        fixed_doses=frozenset(
            (routine_id, exercise_id)
            for routine_id, routine in catalog.routines.items()
            for exercise_id in routine.doses
        ),
    )
    return Services(
        catalog=catalog,
        routine=RoutineServices(
            walk=RoutineService(uow_factory, plans, clock, without_band(catalog), growth),
            expectations=ExpectationService(uow_factory),
            media=ExerciseMedia(uow_factory, _demo_library(settings, catalog), clock),
            timer=CountdownTimer(catalog.texts, settings.timer_tick_seconds, sleep),
        ),
        profile=ProfileServices(
            setup=ProfileService(uow_factory, screen, clock),
            safety=SafetyService(uow_factory, clock),
            screen=SettingsService(uow_factory, clock),
        ),
        reminders=ReminderServices(
            prefs=ReminderPrefsService(uow_factory, clock),
            nudges=NudgeService(
                uow_factory,
                clock,
                max_lateness=late,
                batch_size=settings.nudge_batch_size,
                lease=Lease(timedelta(seconds=settings.nudge_lease_seconds)),
                outage_gap=outage_gap(settings),
            ),
        ),
        data=DataServices(
            progress=ProgressService(uow_factory, clock),
            user_data=UserDataService(uow_factory, clock),
            stats=StatsService(uow_factory, clock, send_rate=_bulk_rate(settings)),
            psfs=PsfsService(uow_factory, clock),
            report=ReportService(uow_factory, clock, report_words(catalog)),
            report_maker=ReportMaker(catalog.texts),
        ),
        views=_views(catalog, languages),
        infra=Infrastructure(
            receipts=ReceiptService(uow_factory, clock),
            health=health,
            admin_ids=settings.admin_ids,
            languages=LanguageService(uow_factory, clock, languages.codes),
        ),
        growth=GrowthServices(
            progression=ProgressionService(uow_factory, growth, clock),
            lessons=LessonService(uow_factory, growth.lesson_ids, clock),
            view=GrowthView(catalog),
        ),
    )


def _views(catalog: Catalog, languages: Languages) -> Views:
    """One language's views."""
    safety_view = SafetyView(catalog)
    settings_view = SettingsView(catalog, language_names(languages))
    return Views(
        routine=RoutineView(catalog, safety_view),
        profile=ProfileView(catalog, safety_view, settings_view),
        safety=safety_view,
        reminders=ReminderView(catalog),
        progress=ProgressView(catalog),
        settings=settings_view,
        psfs=PsfsView(catalog),
        report=ReportView(catalog),
    )


def language_bundles(
    english: Services,
    languages: Languages,
    settings: Settings,
    uow_factory: UnitOfWorkFactory,
    clock: Callable[[], datetime],
    sleep: Sleep,
) -> dict[str, Services]:
    """Issue 18: per language, the services with its catalog, views and word-bound pieces."""
    bundles = {ENGLISH: english}
    for code, catalog in languages.catalogs.items():
        if code == ENGLISH:
            continue
        bundles[code] = replace(
            english,
            catalog=catalog,
            views=_views(catalog, languages),
            routine=replace(
                english.routine,
                timer=CountdownTimer(catalog.texts, settings.timer_tick_seconds, sleep),
            ),
            data=replace(
                english.data,
                report=ReportService(uow_factory, clock, report_words(catalog)),
                report_maker=ReportMaker(catalog.texts),
            ),
            growth=replace(english.growth, view=GrowthView(catalog)),
        )
    return bundles


def _bulk_rate(settings: Settings) -> float:
    """Nudges a second this replica sends (0: unlimited), for /stats' crowd estimate."""
    if settings.paid_broadcast and settings.rate_limit_per_second > 0:
        return settings.paid_broadcast_per_second
    return settings.rate_limit_per_second


def _demo_library(settings: Settings, catalog: Catalog) -> DemoLibrary | None:
    """Movement specs are content too: validated here, at start-up."""
    if not settings.demos_enabled:
        return None
    specs = None if settings.content_dir is None else settings.content_dir / "movements.toml"
    return DemoLibrary(catalog, settings.media_cache_dir, specs)
