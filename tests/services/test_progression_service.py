"""The feel answer and the dose reset as services, on the fake unit of work."""

from __future__ import annotations

from datetime import timedelta

from bot.domain.progression import Feel, Reason
from bot.domain.routine import Action, Press, Rate
from bot.services.progression import Growth, LevelChangeNote
from bot.services.progression_service import FeelOutcome, ProgressionService
from bot.services.records import LevelRecord
from bot.services.replies import Summary
from bot.services.routine import RoutineService
from tests.services.conftest import NOW, as_port, onboarded
from tests.services.fakes import FakeUnitOfWorkFactory

GROWTH = Growth(ladder_sizes={"chair_rotation": 3, "neck_flexion": 2}, lesson_ids=("a", "b"))


async def finish_quick(units: FakeUnitOfWorkFactory, plans: dict[str, tuple[str, ...]]) -> int:
    """A /quick session, both exercises done; returns its id."""
    return (await quick_summary(units, plans)).session_id


async def quick_summary(units: FakeUnitOfWorkFactory, plans: dict[str, tuple[str, ...]]) -> Summary:
    """A /quick session, both exercises done; returns its summary."""
    service = RoutineService(as_port(units), plans, lambda: NOW, growth=GROWTH)
    reply = await service.start(1, "quick", receipt=None)
    for event in (Rate(5), Press(Action.DONE), Press(Action.DONE), Rate(3)):
        assert reply.prompt is not None
        prompt = reply.prompt
        reply = await service.press(1, prompt.session_id, prompt.version, event, receipt=None)
    assert reply.summary is not None
    return reply.summary


async def test_a_feel_answer_is_stored_once_and_only_for_the_latest_session(
    units: FakeUnitOfWorkFactory, plans: dict[str, tuple[str, ...]]
) -> None:
    service = ProgressionService(as_port(units), GROWTH, lambda: NOW)
    summary = await quick_summary(units, plans)
    assert (summary.extras.lesson_id, summary.extras.ask_feel) == ("a", True)
    assert (await quick_summary(units, plans)).extras.lesson_id is None, "one lesson a day"
    session_id = await finish_quick(units, plans)
    assert (await service.feel(1, session_id + 1, Feel.EASY, receipt=None)).outcome is (
        FeelOutcome.STALE
    )
    first = await service.feel(1, session_id, Feel.EASY, receipt=None)
    assert (first.outcome, first.changes) == (FeelOutcome.NOTED, ())
    assert units.uow.committed
    again = await service.feel(1, session_id, Feel.HARD, receipt=None)
    assert again.outcome is FeelOutcome.ALREADY
    assert not units.uow.committed
    assert units.store.feels == {session_id: "easy"}


async def test_without_consent_a_forged_feel_press_changes_nothing(
    units: FakeUnitOfWorkFactory, plans: dict[str, tuple[str, ...]]
) -> None:
    units.store.users[1] = onboarded(1, consent=False)
    session_id = await finish_quick(units, plans)
    service = ProgressionService(as_port(units), GROWTH, lambda: NOW)
    reply = await service.feel(1, session_id, Feel.EASY, receipt=None)
    assert reply.outcome is FeelOutcome.STALE
    assert units.store.feels == {}


async def test_after_a_safety_stop_an_old_feel_press_changes_nothing(
    units: FakeUnitOfWorkFactory, plans: dict[str, tuple[str, ...]]
) -> None:
    session_id = await finish_quick(units, plans)
    units.store.users[1].screening_status = "urgent"
    service = ProgressionService(as_port(units), GROWTH, lambda: NOW)
    assert (await service.feel(1, session_id, Feel.EASY, receipt=None)).outcome is (
        FeelOutcome.STALE
    )
    assert units.store.feels == {}


async def test_a_hard_session_after_a_hard_one_steps_a_raised_level_down(
    units: FakeUnitOfWorkFactory, plans: dict[str, tuple[str, ...]]
) -> None:
    units.store.levels[1] = {
        "chair_rotation": LevelRecord("chair_rotation", 1, NOW.date(), NOW - timedelta(days=1))
    }
    service = ProgressionService(as_port(units), GROWTH, lambda: NOW)
    await service.feel(1, await finish_quick(units, plans), Feel.HARD, receipt=None)
    reply = await service.feel(1, await finish_quick(units, plans), Feel.PAINFUL, receipt=None)
    assert reply.changes == (LevelChangeNote("chair_rotation", 1, 0, Reason.HARD_TWICE),)
    assert units.store.levels[1]["chair_rotation"].level == 0


async def test_reset_levels_records_each_raised_level_and_counts_them(
    units: FakeUnitOfWorkFactory,
) -> None:
    units.store.levels[1] = {
        "chair_rotation": LevelRecord("chair_rotation", 2),
        "neck_flexion": LevelRecord("neck_flexion", 0),
    }
    service = ProgressionService(as_port(units), GROWTH, lambda: NOW)
    assert await service.reset_levels(1, receipt=None) == 1
    assert [(c.exercise_id, c.from_level, c.to_level) for _, c in units.store.level_changes] == [
        ("chair_rotation", 2, 0)
    ]
    assert await service.reset_levels(2, receipt=None) is None
