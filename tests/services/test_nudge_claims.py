"""Who the nudge tick claims: one nudge per day, none after today's routine, none when locked."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from bot.services.nudge_jobs import Kind
from bot.services.nudges import NudgeService
from bot.services.records import SessionSnapshot
from tests.services.conftest import NOW, as_port, onboarded
from tests.services.fakes import FakeUnitOfWorkFactory

DUE = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def due_now(units: FakeUnitOfWorkFactory, *user_ids: int) -> None:
    """These users' 09:00 nudge is due (the clock says 10:00, within the lateness window)."""
    for user_id in user_ids:
        units.store.users[user_id] = replace(onboarded(user_id), next_nudge_at=DUE)


def counted_session_today(units: FakeUnitOfWorkFactory, user_id: int) -> None:
    units.store.sessions[99] = SessionSnapshot(
        id=99, user_id=user_id, routine_id="full", local_date=date(2026, 11, 25),
        status="completed", phase="finished", step=7, total=7, plan="", softened="",
        track_pain=True, gentler=False, hurt=None, stopping=False, version=9, counted=True,
        started_at=NOW, updated_at=NOW, finished_at=NOW, levels="", timezone="UTC",
    )  # fmt: skip


async def test_a_due_user_gets_one_nudge_and_the_next_one_is_planned_for_tomorrow(
    units: FakeUnitOfWorkFactory,
) -> None:
    due_now(units, 2)
    service = NudgeService(as_port(units), lambda: NOW)
    jobs = await service.claim()
    assert [(job.user_id, job.kind) for job in jobs] == [(2, Kind.DAILY)]
    assert units.store.users[2].next_nudge_at == datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
    assert [n.status for n in units.store.nudges.values()] == ["claimed"]
    assert units.uow.committed
    assert await service.claim() == []  # claimed once: the next tick finds nothing due


async def test_a_user_who_already_trained_today_is_not_nudged(
    units: FakeUnitOfWorkFactory,
) -> None:
    due_now(units, 2)
    counted_session_today(units, 2)
    assert await NudgeService(as_port(units), lambda: NOW).claim() == []
    assert units.store.nudges == {}
    assert units.store.users[2].next_nudge_at == datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


async def test_a_user_locked_by_a_safety_stop_is_not_nudged(units: FakeUnitOfWorkFactory) -> None:
    due_now(units, 2)
    units.store.users[2].screening_status = "urgent"
    assert await NudgeService(as_port(units), lambda: NOW).claim() == []
    assert units.store.users[2].next_nudge_at is None
