"""The function check's use cases on the fake unit of work: when it is due, and what commits."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.domain.psfs import NameProblem, PsfsAction
from bot.services.psfs import PsfsService
from bot.services.psfs_reply import PsfsStep
from tests.services.conftest import NOW, as_port
from tests.services.fakes import FakeUnitOfWorkFactory


def service(units: FakeUnitOfWorkFactory, days_later: int = 0) -> PsfsService:
    """The service with the clock `days_later` days after NOW."""
    return PsfsService(as_port(units), lambda: NOW + timedelta(days=days_later))


async def finished_check(units: FakeUnitOfWorkFactory) -> None:
    """One activity named and scored today."""
    psfs = service(units)
    started = await psfs.start(1, receipt=None)
    named = await psfs.typed(1, "Reading in bed", receipt=None)
    assert named is not None
    scoring = await psfs.press(1, started.check_id, named.version, PsfsAction.DONE, receipt=None)
    done = await psfs.press(1, started.check_id, scoring.version, PsfsAction.SCORE, 5, receipt=None)
    assert done.step is PsfsStep.FINISHED


@pytest.mark.parametrize(("days_later", "due"), [(0, False), (13, False), (14, True), (40, True)])
async def test_a_check_is_due_14_days_after_the_last(
    units: FakeUnitOfWorkFactory, days_later: int, due: bool
) -> None:
    assert await service(units).due(1, receipt=None)
    await finished_check(units)
    assert await service(units, days_later).due(1, receipt=None) is due


async def test_without_consent_nothing_is_due_or_stored(units: FakeUnitOfWorkFactory) -> None:
    units.store.users[1].pain_consent = False
    psfs = service(units)
    assert not await psfs.due(1, receipt=None)
    assert (await psfs.start(1, receipt=None)).step is PsfsStep.NO_CONSENT
    assert await psfs.typed(1, "Reading in bed", receipt=None) is None
    assert units.uow.psfs.checks == {}
    assert not units.uow.committed


async def test_a_stale_button_or_a_refused_name_commits_nothing(
    units: FakeUnitOfWorkFactory,
) -> None:
    psfs = service(units)
    started = await psfs.start(1, receipt=None)
    refused = await psfs.typed(1, "x" * 61, receipt=None)
    assert refused is not None
    assert refused.problem is NameProblem.TOO_LONG
    assert not units.uow.committed
    stale = await psfs.press(
        1, started.check_id, started.version + 5, PsfsAction.SKIP, receipt=None
    )
    assert stale.step is PsfsStep.STALE
    assert not units.uow.committed
    assert units.uow.psfs.activity_rows == []


async def test_not_now_twice_on_one_day_records_one_skip(units: FakeUnitOfWorkFactory) -> None:
    psfs = service(units)
    assert (await psfs.later(1, receipt=None)).step is PsfsStep.SKIPPED
    assert (await psfs.later(1, receipt=None)).step is PsfsStep.STALE
    assert [c.status for c in units.uow.psfs.checks.values()] == ["skipped"]
