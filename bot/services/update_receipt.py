"""The receipt of the update being applied, handed explicitly to each unit of work it opens.

An update's id is claimed by its first unit of work, in the same transaction as its first
effects, so a redelivered update finds the id and changes nothing. The receipt carries that
state from one unit of work of the update to the next.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum


class DuplicateUpdate(Exception):
    """Another delivery of this update already committed its effects; this one must not."""


class ReceiptState(Enum):
    """Where the update being applied stands."""

    OPEN = "open"  # nothing durable yet: the next unit of work claims the id
    CLAIMED = "claimed"  # inserted by a unit of work that has not committed yet
    RECORDED = "recorded"  # committed together with the update's first effects
    DUPLICATE = "duplicate"  # another delivery committed first


@dataclass(slots=True)
class UpdateReceipt:
    """The update this task is applying; shared by every unit of work the update opens."""

    update_id: int
    received_at: datetime
    state: ReceiptState = ReceiptState.OPEN

    def claiming(self) -> bool:
        """Mark an open receipt as being claimed; False if it is not open (nothing to claim).

        Called before the insert is awaited, so a sibling unit of work never claims twice.
        """
        if self.state is not ReceiptState.OPEN:
            return False
        self.state = ReceiptState.CLAIMED
        return True

    def claim_failed(self) -> None:
        """The insert failed: the next unit of work of this update claims again."""
        self.state = ReceiptState.OPEN

    def duplicate(self) -> DuplicateUpdate:
        """Another delivery committed this id first; the error that stops this one."""
        self.state = ReceiptState.DUPLICATE
        return DuplicateUpdate(self.update_id)

    def rolled_back(self) -> None:
        """A claim not yet committed went with its transaction: the next unit of work claims."""
        if self.state is ReceiptState.CLAIMED:
            self.state = ReceiptState.OPEN

    def recorded(self) -> None:
        """The claim was committed with the update's effects."""
        if self.state is ReceiptState.CLAIMED:
            self.state = ReceiptState.RECORDED
