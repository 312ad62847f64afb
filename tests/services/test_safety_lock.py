"""Safety stops and the two-step unlock: a typed symptom locks, only a confirmed tap unlocks."""

from __future__ import annotations

from datetime import timedelta

from bot.domain.routine import Rate
from bot.domain.screening import LockCause, ScreeningStatus
from bot.services.replies import Note
from bot.services.routine import RoutineService
from bot.services.safety import SafetyService, Unlock
from tests.services.conftest import NOW, as_port
from tests.services.fakes import FakeUnitOfWorkFactory


async def test_a_typed_urgent_symptom_stops_the_running_session_and_locks_routines(
    units: FakeUnitOfWorkFactory, plans: dict[str, tuple[str, ...]]
) -> None:
    routine = RoutineService(as_port(units), plans, lambda: NOW)
    started = await routine.start(1, "full", receipt=None)
    assert started.prompt is not None
    await routine.press(1, started.prompt.session_id, 0, Rate(5), receipt=None)

    reply = await routine.stop_for_symptom(
        1, ScreeningStatus.URGENT, "typed_chest_pain", receipt=None
    )

    assert reply.note is Note.EMERGENCY
    user = units.store.users[1]
    assert (user.screening_status, user.lock_cause) == ("urgent", LockCause.TYPED)
    assert user.next_nudge_at is None  # no reminders while locked
    assert [s.status for s in units.store.sessions.values()] == ["red_flag"]
    assert user.streak_day == NOW.date()  # settled as at every finish
    assert [e[1] for e in units.store.safety_events] == ["typed_chest_pain"]
    assert units.uow.committed


async def test_a_typed_symptom_without_consent_locks_but_records_no_health_data(
    units: FakeUnitOfWorkFactory, plans: dict[str, tuple[str, ...]]
) -> None:
    units.store.users[1].pain_consent = False
    routine = RoutineService(as_port(units), plans, lambda: NOW)
    reply = await routine.stop_for_symptom(
        1, ScreeningStatus.SEE_DOCTOR, "typed_numbness", receipt=None
    )
    assert reply.note is Note.RED_FLAG
    assert units.store.users[1].screening_status == "see_doctor"
    assert units.store.safety_events == []


async def test_unlocking_takes_a_first_tap_and_a_confirmation_bound_to_the_lock(
    units: FakeUnitOfWorkFactory, plans: dict[str, tuple[str, ...]]
) -> None:
    routine = RoutineService(as_port(units), plans, lambda: NOW)
    await routine.stop_for_symptom(1, ScreeningStatus.SEE_DOCTOR, "typed_numbness", receipt=None)
    later = NOW + timedelta(days=2)
    safety = SafetyService(as_port(units), lambda: later)

    stamp = await safety.ask_unlock(1, receipt=None)
    assert stamp is not None
    assert not units.uow.committed  # the first tap only asks
    assert await safety.confirm_unlock(1, None, receipt=None) is Unlock.NOT_YET

    assert await safety.confirm_unlock(1, stamp, receipt=None) is Unlock.UNLOCKED
    user = units.store.users[1]
    assert (user.screening_status, user.lock_cause, user.cleared_at) == ("cleared", None, later)
    assert user.next_nudge_at is not None  # reminders are back
    assert units.uow.committed


async def test_a_confirm_button_of_an_earlier_lock_cannot_lift_a_newer_one(
    units: FakeUnitOfWorkFactory, plans: dict[str, tuple[str, ...]]
) -> None:
    first = RoutineService(as_port(units), plans, lambda: NOW)
    await first.stop_for_symptom(1, ScreeningStatus.SEE_DOCTOR, "typed_numbness", receipt=None)
    old_stamp = await SafetyService(as_port(units), lambda: NOW).ask_unlock(1, receipt=None)
    second = RoutineService(as_port(units), plans, lambda: NOW + timedelta(hours=1))
    await second.stop_for_symptom(1, ScreeningStatus.URGENT, "typed_chest_pain", receipt=None)

    safety = SafetyService(as_port(units), lambda: NOW + timedelta(hours=2))
    assert await safety.confirm_unlock(1, old_stamp, receipt=None) is Unlock.STALE
    assert units.store.users[1].screening_status == "urgent"
    assert not units.uow.committed
