"""The function check (PSFS): offered when due, then naming and scoring, one step per unit of work.

Everything is stored only with the person's consent to keep health answers (the same consent
that keeps pain ratings). The conversation's state is the open check's row (phase, slot,
version), so any replica can continue it and an old button changes nothing. Activity names are
the person's own words: nothing here logs them.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from bot.domain.psfs import MAX_ACTIVITIES, PSFS_MAX, PSFS_MIN, check_activity_name, check_due
from bot.domain.report import PsfsActivity, PsfsScore
from bot.services.ports import Clock, UnitOfWork, UnitOfWorkFactory
from bot.services.psfs_reply import PsfsAction, PsfsReply, PsfsStep, ScoreLine
from bot.services.psfs_steps import DONE, OPEN, SKIPPED, after_press, bumped, closed, shown
from bot.services.records import UserRecord
from bot.services.report_records import PsfsActivityRecord, PsfsCheckRecord
from bot.services.update_receipt import UpdateReceipt
from bot.services.users import user_today

logger = logging.getLogger(__name__)

_TYPED_PHASES = (PsfsStep.NAME, PsfsStep.RENAME)


@dataclass(frozen=True, slots=True)
class _Turn:
    """An open check under its owner's lock, with the activities asked about now."""

    user: UserRecord
    check: PsfsCheckRecord
    active: tuple[PsfsActivityRecord, ...]


async def psfs_history(
    uow: UnitOfWork, user_id: int, since: date | None = None
) -> tuple[PsfsActivity, ...]:
    """Each activity scored since `since` (all time: None) with its scores, oldest first, in the
    order the person named them; swapped-out activities keep their old scores."""
    scores = await uow.psfs.scores(user_id, since)
    by_activity: dict[int, list[PsfsScore]] = {}
    for row in scores:
        by_activity.setdefault(row.activity_id, []).append(PsfsScore(row.local_date, row.score))
    return tuple(
        PsfsActivity(activity.name, tuple(by_activity[activity.id]))
        for activity in await uow.psfs.activities(user_id)
        if activity.id in by_activity
    )


class PsfsService:
    """Each call is one unit of work; changes are committed before the reply goes out."""

    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow_factory = uow_factory
        self._clock = clock

    async def due(self, user_id: int, *, receipt: UpdateReceipt | None) -> bool:
        """Whether to offer a check now: consent given, and never checked or 14 days since."""
        async with self._uow_factory(receipt) as uow:
            user = await uow.users.get(user_id)
            if user is None or user.onboarding_step != "done" or not user.pain_consent:
                return False
            today = user_today(user, self._clock())
            return check_due(today, await uow.psfs.last_check_day(user_id), today)

    async def history(
        self, user_id: int, *, receipt: UpdateReceipt | None
    ) -> tuple[PsfsActivity, ...]:
        """Every scored activity with its scores, for /progress."""
        async with self._uow_factory(receipt) as uow:
            return await psfs_history(uow, user_id)

    async def start(self, user_id: int, *, receipt: UpdateReceipt | None) -> PsfsReply:
        """Open a check (or resume the open one): name activities, or review last time's."""
        now = self._clock()
        async with self._uow_factory(receipt) as uow:
            refused = await self._refusal(uow, user_id)
            if isinstance(refused, PsfsReply):
                return refused
            check = await uow.psfs.open_check(user_id)
            active = await _active(uow, user_id)
            if check is None:
                phase = PsfsStep.REVIEW if active else PsfsStep.NAME
                check = PsfsCheckRecord(user_id, user_today(refused, now), OPEN, phase, 0, 0, now)
                check.id = await uow.psfs.add_check(check)
                await uow.commit()
                logger.info("function check started user=%s", user_id)
            return shown(check, active)

    async def later(self, user_id: int, *, receipt: UpdateReceipt | None) -> PsfsReply:
        """ "Not now": counts as a check, so it is offered again in 14 days, not tomorrow."""
        now = self._clock()
        async with self._uow_factory(receipt) as uow:
            refused = await self._refusal(uow, user_id)
            if isinstance(refused, PsfsReply):
                return refused
            today = user_today(refused, now)
            check = await uow.psfs.open_check(user_id)
            if check is not None:
                await uow.psfs.save_check(closed(check, SKIPPED, today, now))
            elif check_due(today, await uow.psfs.last_check_day(user_id), today):
                await uow.psfs.add_check(
                    PsfsCheckRecord(user_id, today, SKIPPED, PsfsStep.NAME, 0, 0, now)
                )
            else:
                return PsfsReply(PsfsStep.STALE)
            await uow.commit()
            return PsfsReply(PsfsStep.SKIPPED)

    async def press(
        self,
        user_id: int,
        check_id: int,
        version: int,
        action: PsfsAction,
        value: int = 0,
        *,
        name: str | None = None,
        receipt: UpdateReceipt | None,
    ) -> PsfsReply:
        """Apply one button of the check on screen; a stale or doubled press changes nothing."""
        now = self._clock()
        async with self._uow_factory(receipt) as uow:
            turn = await self._turn(uow, user_id)
            if isinstance(turn, PsfsReply):
                return turn
            check, active = turn.check, turn.active
            if check.id != check_id or check.version != version:
                return PsfsReply(PsfsStep.STALE)
            phase, today = PsfsStep(check.phase), user_today(turn.user, now)
            if action is PsfsAction.PICK and name is not None and phase in _TYPED_PHASES:
                return await _name(uow, turn, name, now)
            if action is PsfsAction.SKIP:
                await uow.psfs.save_check(closed(check, SKIPPED, today, now))
                await uow.commit()
                return PsfsReply(PsfsStep.SKIPPED)
            if action is PsfsAction.SCORE and phase is PsfsStep.SCORE:
                if not PSFS_MIN <= value <= PSFS_MAX:
                    return PsfsReply(PsfsStep.STALE)
                await uow.psfs.add_score(check, active[check.slot].id, value, now)
            moved = after_press(check, active, phase, action, value)
            if moved is None:
                return PsfsReply(PsfsStep.STALE)
            return await _store(uow, turn, moved, today, now)

    async def typed(
        self, user_id: int, text: str, *, receipt: UpdateReceipt | None
    ) -> PsfsReply | None:
        """A typed activity name, when the open check is waiting for one; else None."""
        now = self._clock()
        async with self._uow_factory(receipt) as uow:
            turn = await self._turn(uow, user_id)
            if isinstance(turn, PsfsReply) or turn.check.phase not in _TYPED_PHASES:
                return None
            return await _name(uow, turn, text, now)

    async def _refusal(self, uow: UnitOfWork, user_id: int) -> UserRecord | PsfsReply:
        """The locked user when a check may run, else why not."""
        user = await uow.users.get(user_id, for_update=True)
        if user is None or user.onboarding_step != "done":
            return PsfsReply(PsfsStep.NOT_ONBOARDED)
        if not user.pain_consent:
            return PsfsReply(PsfsStep.NO_CONSENT)
        return user

    async def _turn(self, uow: UnitOfWork, user_id: int) -> _Turn | PsfsReply:
        """The open check under its owner's lock; a missing one makes any button stale."""
        user = await self._refusal(uow, user_id)
        if isinstance(user, PsfsReply):
            return user
        check = await uow.psfs.open_check(user_id)
        if check is None:
            return PsfsReply(PsfsStep.STALE)
        return _Turn(user, check, await _active(uow, user_id))


async def _active(uow: UnitOfWork, user_id: int) -> tuple[PsfsActivityRecord, ...]:
    """The activities asked about now, in slot order."""
    activities = await uow.psfs.activities(user_id)
    return tuple(sorted((a for a in activities if not a.retired), key=lambda a: a.position))


async def _name(uow: UnitOfWork, turn: _Turn, text: str, now: datetime) -> PsfsReply:
    """Add a named activity, or put it in the swapped-out one's slot; refuse a bad name kindly."""
    check, active = turn.check, turn.active
    swapping = check.phase == PsfsStep.RENAME
    old = active[check.slot] if swapping else None
    others = [a.name for a in active if a is not old]
    verdict = check_activity_name(text, others)
    if verdict.name is None:
        return replace(shown(check, active), problem=verdict.problem)
    if old is not None:
        await uow.psfs.retire(old.id, now)
        position, moved = old.position, replace(check, phase=PsfsStep.REVIEW, slot=0)
    else:
        taken = {a.position for a in active}
        position = min(set(range(MAX_ACTIVITIES)) - taken)
        full = len(active) + 1 >= MAX_ACTIVITIES
        moved = replace(check, phase=PsfsStep.SCORE, slot=0) if full else check
    await uow.psfs.add_activity(check.user_id, position, verdict.name, now)
    today = user_today(turn.user, now)
    return await _store(uow, turn, moved, today, now)


async def _store(
    uow: UnitOfWork, turn: _Turn, moved: PsfsCheckRecord, today: date, now: datetime
) -> PsfsReply:
    """Save the check's new place (finished after the last score) and show it."""
    active = await _active(uow, turn.user.id)
    finished = moved.phase == PsfsStep.SCORE and moved.slot >= len(active)
    saved = closed(moved, DONE, today, now) if finished else bumped(moved, now)
    await uow.psfs.save_check(saved)
    lines = await _lines(uow, saved, active) if finished else ()
    await uow.commit()
    if finished:
        logger.info("function check done user=%s", saved.user_id)
        return PsfsReply(PsfsStep.FINISHED, lines=lines)
    return shown(saved, active)


async def _lines(
    uow: UnitOfWork, check: PsfsCheckRecord, active: Sequence[PsfsActivityRecord]
) -> tuple[ScoreLine, ...]:
    """Each activity's score today beside its previous one."""
    now_by: dict[int, int] = {}
    previous: dict[int, int] = {}
    for row in await uow.psfs.scores(check.user_id):
        (now_by if row.check_id == check.id else previous)[row.activity_id] = row.score
    return tuple(ScoreLine(a.name, previous.get(a.id), now_by.get(a.id)) for a in active)
