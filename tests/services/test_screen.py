"""The red-flag screen: a clear one moves on, any tick locks, and no screen lifts a lock."""

from __future__ import annotations

from bot.content import load_catalog
from bot.domain.screening import LockCause, Severity
from bot.services.profile import ProfileService
from bot.services.profile_reply import Said, Step
from tests.services.conftest import NOW, as_port
from tests.services.fakes import FakeUnitOfWorkFactory

SCREEN = [(item.id, item.severity) for item in load_catalog(None).screening]


def profile(units: FakeUnitOfWorkFactory) -> ProfileService:
    return ProfileService(as_port(units), SCREEN, lambda: NOW)


def mask_of(severity: Severity) -> int:
    """Only the first item of that severity ticked."""
    index = next(i for i, (_, item) in enumerate(SCREEN) if item is severity)
    return 1 << index


def screening(units: FakeUnitOfWorkFactory) -> None:
    """User 1 is in onboarding, at the screen, never screened."""
    user = units.store.users[1]
    user.onboarding_step, user.screening_status, user.screened_at = "screening", "pending", None


async def test_a_screen_with_nothing_ticked_clears_and_moves_on_to_the_time_zone(
    units: FakeUnitOfWorkFactory,
) -> None:
    screening(units)
    reply = await profile(units).finish_screen(1, 0, receipt=None)
    assert (reply.step, reply.said) == (Step.TIMEZONE, (Said.SCREEN_CLEAR,))
    user = units.store.users[1]
    assert (user.screening_status, user.screened_at) == ("clear", NOW)
    assert units.store.safety_events == []
    assert units.uow.committed


async def test_a_ticked_urgent_item_locks_and_is_recorded_with_consent(
    units: FakeUnitOfWorkFactory,
) -> None:
    screening(units)
    reply = await profile(units).finish_screen(1, mask_of(Severity.URGENT), receipt=None)
    assert (reply.step, reply.said) == (Step.CLEARANCE, (Said.URGENT_ADVICE,))
    assert reply.locked
    user = units.store.users[1]
    assert (user.screening_status, user.lock_cause) == ("urgent", LockCause.SCREENING)
    assert [e[1].startswith("screen_") for e in units.store.safety_events] == [True]


async def test_a_clear_re_screen_never_lifts_a_lock_already_in_place(
    units: FakeUnitOfWorkFactory,
) -> None:
    user = units.store.users[1]
    user.screening_status, user.lock_cause, user.locked_at = "see_doctor", "typed", NOW
    reply = await profile(units).finish_screen(1, 0, receipt=None)
    assert reply.said == (Said.RESCREEN_CLEAR,)
    assert reply.locked
    assert units.store.users[1].screening_status == "see_doctor"


async def test_a_screen_button_of_an_earlier_step_is_stale_and_changes_nothing(
    units: FakeUnitOfWorkFactory,
) -> None:
    units.store.users[1].onboarding_step = "remind"
    reply = await profile(units).finish_screen(1, mask_of(Severity.DOCTOR), receipt=None)
    assert reply.said == (Said.STALE,)
    assert units.store.users[1].screening_status == "clear"
    assert not units.uow.committed
