"""Group commit: many concurrent writers, one transaction per batch of whoever is waiting.

Each send records its own status change and waits until it is committed, yet a fan-out of many
concurrent sends costs only as many transactions as there are flushes: while one batch is being
written the next one gathers, and its first waiter writes it for all of them.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")


class _Batch(Generic[T, R]):
    """Items waiting for one flush, and that flush's answer once written."""

    def __init__(self) -> None:
        self.items: list[T] = []
        self.answers: list[R] = []  # one answer, once written


class GroupWriter(Generic[T, R]):
    """`write(item)` returns once a flush containing `item` has committed, with its answer."""

    def __init__(self, flush: Callable[[list[T]], Awaitable[R]], max_batch: int = 200) -> None:
        self._flush = flush
        self._max_batch = max_batch
        self._batch: _Batch[T, R] = _Batch()
        self._lock = asyncio.Lock()

    async def write(self, item: T) -> R:
        """Add the item to the gathering batch and wait until that batch is written."""
        if len(self._batch.items) >= self._max_batch:
            self._batch = _Batch()
        batch = self._batch
        batch.items.append(item)
        async with self._lock:  # first come, first written: one flush at a time
            if not batch.answers:
                if batch is self._batch:
                    self._batch = _Batch()
                batch.answers.append(await self._flush(batch.items))
        return batch.answers[0]
