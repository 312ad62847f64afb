"""Starting a routine keeps its promises: a paused session resumes or is asked about, never
dropped; someone without a band gets the band exercise's towel version."""

from __future__ import annotations

from dataclasses import replace

from bot.domain.routine import Action, Press, Rate
from bot.services.replies import Note, RoutineReply
from bot.services.routine import RoutineService
from tests.services.conftest import NOW, as_port
from tests.services.fakes import FakeUnitOfWorkFactory

WITHOUT_BAND = {"lat_pulldown": "towel_pulldown"}


def walker(units: FakeUnitOfWorkFactory, plans: dict[str, tuple[str, ...]]) -> RoutineService:
    return RoutineService(as_port(units), plans, lambda: NOW, WITHOUT_BAND)


async def press(service: RoutineService, reply: RoutineReply, event: Press | Rate) -> RoutineReply:
    """Tap a button of the prompt on screen."""
    assert reply.prompt is not None
    prompt = reply.prompt
    return await service.press(1, prompt.session_id, prompt.version, event, receipt=None)


async def paused_full_at_step_two(service: RoutineService) -> RoutineReply:
    """A full routine with two exercises done, then left (as /stop leaves it)."""
    shown = await press(service, await service.start(1, "full", receipt=None), Rate(5))
    shown = await press(service, shown, Press(Action.DONE))
    return await press(service, shown, Press(Action.DONE))


async def test_another_routine_while_one_is_paused_asks_and_changes_nothing(
    units: FakeUnitOfWorkFactory, plans: dict[str, tuple[str, ...]]
) -> None:
    service = walker(units, plans)
    await paused_full_at_step_two(service)
    asked = await service.start(1, "quick", receipt=None)
    assert (asked.note, asked.choice) == (Note.CHOOSE, "quick")
    assert asked.prompt is not None
    assert (asked.prompt.routine_id, asked.prompt.step, asked.prompt.total) == ("full", 2, 7)
    assert not units.uow.committed
    assert [s.status for s in units.store.sessions.values()] == ["active"]


async def test_routine_resumes_whichever_routine_is_paused(
    units: FakeUnitOfWorkFactory, plans: dict[str, tuple[str, ...]]
) -> None:
    service = walker(units, plans)
    await press(service, await service.start(1, "quick", receipt=None), Rate(5))
    resumed = await service.start(1, "full", receipt=None, resume_any=True)
    assert resumed.note is Note.RESUMED
    assert resumed.prompt is not None
    assert resumed.prompt.routine_id == "quick"
    assert len(units.store.sessions) == 1


async def test_starting_the_other_one_leaves_the_paused_session_as_stopped(
    units: FakeUnitOfWorkFactory, plans: dict[str, tuple[str, ...]]
) -> None:
    service = walker(units, plans)
    paused = await paused_full_at_step_two(service)
    assert paused.prompt is not None
    stale = await service.start_instead(1, "quick", paused.prompt.session_id + 1, receipt=None)
    assert stale.note is Note.STALE
    started = await service.start_instead(1, "quick", paused.prompt.session_id, receipt=None)
    assert started.prompt is not None
    assert started.prompt.routine_id == "quick"
    assert units.uow.committed
    statuses = [(s.routine_id, s.status) for s in units.store.sessions.values()]
    assert statuses == [("full", "stopped"), ("quick", "active")]


async def test_without_a_band_the_plan_swaps_in_the_towel_version_and_unasked_keeps_the_band(
    units: FakeUnitOfWorkFactory, plans: dict[str, tuple[str, ...]]
) -> None:
    service = walker(units, plans)
    never_asked = await service.start(1, "quick", receipt=None)
    assert never_asked.prompt is not None
    assert never_asked.prompt.plan == ("chair_rotation", "lat_pulldown")
    units.store.users[2] = replace(units.store.users[1], id=2, chat_id=2, has_band=False)
    no_band = await service.start(2, "quick", receipt=None)
    assert no_band.prompt is not None
    assert no_band.prompt.plan == ("chair_rotation", "towel_pulldown")
