"""The database half of /healthz: does the database answer a trivial query, quickly?"""

from __future__ import annotations

import asyncio
import logging

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from db.engine import create_probe_engine

logger = logging.getLogger(__name__)

DATABASE_TIMEOUT_SECONDS = 3.0


class DatabaseProbe:
    """SELECT 1 on its own short-lived connections, so a busy pool never fails the check."""

    def __init__(
        self, database_url: str, timeout_seconds: float = DATABASE_TIMEOUT_SECONDS
    ) -> None:
        self._timeout = timeout_seconds
        self._engine = create_probe_engine(database_url, timeout_seconds)

    async def answers(self) -> bool:
        """SELECT 1 within a few seconds; any failure is 'unreachable', logged without secrets."""
        try:
            # The drivers time out first; this only bounds a hung DNS lookup or the like.
            async with asyncio.timeout(2 * self._timeout):
                async with self._engine.connect() as connection:
                    await connection.execute(text("SELECT 1"))
        except (TimeoutError, SQLAlchemyError, OSError) as error:
            logger.warning("health check database unreachable error=%s", type(error).__name__)
            return False
        return True

    async def close(self) -> None:
        """Release the probe's engine at shutdown."""
        await self._engine.dispose()
