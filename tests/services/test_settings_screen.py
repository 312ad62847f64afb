"""The settings service: each change is one committed unit of work returning the whole screen."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from bot.domain.nudge_days import EVERY_DAY, WEEKDAYS
from bot.domain.weekly_goal import WeeklyGoal
from bot.services.settings_screen import Page, SettingsService
from tests.services.conftest import NOW, as_port
from tests.services.fakes import FakeUnitOfWorkFactory


def service(units: FakeUnitOfWorkFactory) -> SettingsService:
    """The service on the fake store, at the fixed Wednesday morning."""
    return SettingsService(as_port(units), lambda: NOW)


async def test_turning_reminders_off_clears_the_next_nudge_and_shows_it(
    units: FakeUnitOfWorkFactory,
) -> None:
    screen = await service(units).set_flag(1, "rem", False, receipt=None)
    assert screen is not None
    assert screen.user.reminders_enabled is False
    assert units.store.users[1].next_nudge_at is None
    assert units.uow.committed


async def test_a_goal_brings_its_days_and_the_next_nudge_follows_them(
    units: FakeUnitOfWorkFactory,
) -> None:
    # Wednesday 10:00 UTC: today's 09:00 has passed; Thursday is no day of a 3-day goal.
    screen = await service(units).set_goal(1, WeeklyGoal.THREE, receipt=None)
    assert screen is not None
    assert (screen.user.weekly_goal, screen.user.nudge_days) == (3, 0b0010101)
    assert units.store.users[1].next_nudge_at == datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
    screen = await service(units).set_goal(1, WeeklyGoal.SEVEN, receipt=None)
    assert screen is not None
    assert screen.user.nudge_days == EVERY_DAY


async def test_days_replace_the_goal_days_and_the_time_turns_reminders_on(
    units: FakeUnitOfWorkFactory,
) -> None:
    units.store.users[1].reminders_enabled = False
    await service(units).set_days(1, WEEKDAYS, receipt=None)
    screen = await service(units).set_time(1, time(7, 30), receipt=None)
    assert screen is not None
    assert (screen.user.nudge_days, screen.user.remind_at) == (WEEKDAYS, time(7, 30))
    assert units.store.users[1].next_nudge_at == datetime(2026, 11, 26, 7, 30, tzinfo=UTC)


async def test_a_page_that_takes_typing_remembers_the_question_and_main_forgets_it(
    units: FakeUnitOfWorkFactory,
) -> None:
    await service(units).show(1, Page.TIME, receipt=None)
    assert units.store.users[1].awaiting == "remind"
    await service(units).show(1, Page.ZONE, receipt=None)
    assert units.store.users[1].awaiting == "timezone"
    await service(units).show(1, receipt=None)
    assert units.store.users[1].awaiting is None


async def test_pause_and_resume_show_on_the_screen(units: FakeUnitOfWorkFactory) -> None:
    paused = await service(units).pause(1, 7, receipt=None)
    assert paused is not None
    assert (paused.paused, paused.pause_end) == (True, date(2026, 12, 1))
    resumed = await service(units).resume(1, receipt=None)
    assert resumed is not None
    assert resumed.paused is False


async def test_withdrawing_consent_offers_to_forget_and_nobody_new_gets_a_screen(
    units: FakeUnitOfWorkFactory,
) -> None:
    screen = await service(units).set_flag(1, "pain", False, receipt=None)
    assert screen is not None
    assert (screen.user.pain_consent, screen.offer_forget) == (False, True)
    assert await service(units).show(99, receipt=None) is None
