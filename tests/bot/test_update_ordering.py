"""Different users run concurrently; one user's updates never overtake each other."""

from __future__ import annotations

import asyncio

from telegram import Update

from bot.concurrency import PerUserUpdateProcessor
from tests.support.fakes import UpdateFactory, to_update


def _update(user_id: int, factory: UpdateFactory) -> Update:
    """A real Update object from a given user."""
    return to_update(factory.user(user_id).text("x"), bot=None)  # type: ignore[arg-type]


async def test_one_users_updates_run_in_order_and_users_overlap() -> None:
    processor = PerUserUpdateProcessor(64)
    factory = UpdateFactory()
    log: list[str] = []

    async def work(name: str, delay: float) -> None:
        log.append(f"start {name}")
        await asyncio.sleep(delay)
        log.append(f"end {name}")

    tasks = [
        asyncio.create_task(processor.process_update(_update(1, factory), work("a1", 0.05))),
        asyncio.create_task(processor.process_update(_update(1, factory), work("a2", 0.0))),
        asyncio.create_task(processor.process_update(_update(2, factory), work("b1", 0.01))),
    ]
    await asyncio.gather(*tasks)
    assert log.index("end a1") < log.index("start a2")
    assert log.index("start b1") < log.index("end a1")
    assert log.index("end b1") < log.index("end a1")


async def test_locks_are_forgotten_when_a_user_goes_quiet() -> None:
    processor = PerUserUpdateProcessor(8)
    factory = UpdateFactory()

    async def nothing() -> None:
        await asyncio.sleep(0)

    await asyncio.gather(
        *(processor.process_update(_update(uid, factory), nothing()) for uid in range(100))
    )
    assert processor.waiting_users == 0
