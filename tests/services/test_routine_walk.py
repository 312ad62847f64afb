"""A routine walk, rule by rule: start, press, finish, and stale presses."""

from __future__ import annotations

from bot.domain.routine import Action, Phase, Press, Rate
from bot.services.replies import Note, RoutineReply
from bot.services.routine import RoutineService
from tests.services.conftest import NOW, as_port
from tests.services.fakes import FakeUnitOfWorkFactory


def walker(units: FakeUnitOfWorkFactory, plans: dict[str, tuple[str, ...]]) -> RoutineService:
    return RoutineService(as_port(units), plans, lambda: NOW)


async def press(service: RoutineService, reply: RoutineReply, event: Press | Rate) -> RoutineReply:
    """Tap a button of the prompt on screen."""
    assert reply.prompt is not None
    prompt = reply.prompt
    return await service.press(1, prompt.session_id, prompt.version, event, receipt=None)


async def test_starting_a_routine_stores_a_session_that_asks_about_pain_first(
    units: FakeUnitOfWorkFactory, plans: dict[str, tuple[str, ...]]
) -> None:
    reply = await walker(units, plans).start(1, "full", receipt=None)
    assert reply.prompt is not None
    assert reply.prompt.phase is Phase.PAIN_BEFORE
    assert units.uow.committed
    assert [s.status for s in units.store.sessions.values()] == ["active"]


async def test_a_done_press_records_the_exercise_and_moves_to_the_next(
    units: FakeUnitOfWorkFactory, plans: dict[str, tuple[str, ...]]
) -> None:
    service = walker(units, plans)
    rated = await press(service, await service.start(1, "full", receipt=None), Rate(6))
    done = await press(service, rated, Press(Action.DONE))
    assert done.prompt is not None
    assert (done.prompt.phase, done.prompt.step) == (Phase.EXERCISE, 1)
    assert [r.outcome for r in units.store.results] == ["done"]
    assert units.uow.committed


async def test_a_second_tap_on_the_same_button_changes_nothing(
    units: FakeUnitOfWorkFactory, plans: dict[str, tuple[str, ...]]
) -> None:
    service = walker(units, plans)
    shown = await press(service, await service.start(1, "full", receipt=None), Rate(6))
    await press(service, shown, Press(Action.DONE))
    again = await press(service, shown, Press(Action.DONE))
    assert again.note is Note.ALREADY_HANDLED
    assert not units.uow.committed
    assert len(units.store.results) == 1


async def test_finishing_every_exercise_counts_the_day_and_starts_a_streak(
    units: FakeUnitOfWorkFactory, plans: dict[str, tuple[str, ...]]
) -> None:
    service = walker(units, plans)
    reply = await press(service, await service.start(1, "full", receipt=None), Rate(6))
    while reply.prompt is not None and reply.prompt.phase is Phase.EXERCISE:
        reply = await press(service, reply, Press(Action.DONE))
    finished = await press(service, reply, Rate(3))
    assert finished.summary is not None
    assert finished.summary.counted
    assert (finished.summary.pain_before, finished.summary.pain_after) == (6, 3)
    assert units.store.users[1].streak_current == 1
    assert units.uow.committed


async def test_a_user_who_has_not_finished_onboarding_cannot_start(
    units: FakeUnitOfWorkFactory, plans: dict[str, tuple[str, ...]]
) -> None:
    units.store.users[1].onboarding_step = "timezone"
    reply = await walker(units, plans).start(1, "full", receipt=None)
    assert reply.note is Note.NOT_ONBOARDED
    assert not units.store.sessions
