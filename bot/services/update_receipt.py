"""The receipt of the update being applied, handed explicitly to each unit of work it opens.

An update's id is claimed first, in its own short transaction, before any handler replies: the
claim carries a token and stays "started" until the update is finished. The update's first unit
of work finishes it in the same transaction as its effects (an update without effects finishes
it at the end), so a redelivery finds a finished id and stops before any reply, and a delivery
that died before its commit leaves a started claim that a later redelivery may take over.
The receipt carries that state from one unit of work of the update to the next.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum


class DuplicateUpdate(Exception):
    """Another delivery of this update already committed its effects; this one must not."""


class ClaimOutcome(Enum):
    """What the claim-first statement found for an update id."""

    TAKEN = "taken"  # new, or a started claim old enough that its delivery died: ours now
    FINISHED = "finished"  # applied already: this delivery stops before any reply
    IN_PROGRESS = "in_progress"  # another delivery is applying it right now


class ReceiptState(Enum):
    """Where the update being applied stands."""

    OPEN = "open"  # not claimed (the claim could not be stored): the first unit of work inserts it
    STARTED = "started"  # claimed with `token`, committed; no effects committed yet
    CLAIMED = "claimed"  # being finished by a unit of work that has not committed yet
    RECORDED = "recorded"  # finished: committed together with the update's first effects
    DUPLICATE = "duplicate"  # another delivery committed first


@dataclass(slots=True)
class UpdateReceipt:
    """The update this task is applying; shared by every unit of work the update opens."""

    update_id: int
    received_at: datetime
    state: ReceiptState = ReceiptState.OPEN
    token: int | None = None
    # The state a unit of work that is finishing the receipt returns to if it rolls back.
    _before: ReceiptState = field(default=ReceiptState.OPEN, init=False, repr=False)

    def started(self, token: int) -> None:
        """The claim-first statement committed our claim with this token."""
        self.state, self.token = ReceiptState.STARTED, token

    def claiming(self) -> bool:
        """Mark the receipt as being finished; False if there is nothing left to finish.

        Called before the statement is awaited, so a sibling unit of work never finishes twice.
        """
        if self.state not in (ReceiptState.OPEN, ReceiptState.STARTED):
            return False
        self._before, self.state = self.state, ReceiptState.CLAIMED
        return True

    def claim_failed(self) -> None:
        """The statement failed: the next unit of work of this update tries again."""
        self.state = self._before

    def duplicate(self) -> DuplicateUpdate:
        """Another delivery committed this id first; the error that stops this one."""
        self.state = ReceiptState.DUPLICATE
        return DuplicateUpdate(self.update_id)

    def rolled_back(self) -> None:
        """A finish not yet committed went with its transaction: the next unit of work finishes."""
        if self.state is ReceiptState.CLAIMED:
            self.state = self._before

    def recorded(self) -> None:
        """The finish was committed with the update's effects."""
        if self.state is ReceiptState.CLAIMED:
            self.state = ReceiptState.RECORDED
