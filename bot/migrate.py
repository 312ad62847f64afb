"""`python -m bot.migrate`: apply pending migrations and exit (the bot also does this at start)."""

from __future__ import annotations

import asyncio
import sys

from pydantic import ValidationError

from bot.logging_setup import configure_logging
from bot.settings import Settings, describe_settings_error
from db.engine import create_engine
from db.migrate import upgrade_to_head


async def _migrate(database_url: str) -> None:
    """Upgrade under the same advisory lock the replicas use, then release the pool."""
    engine = create_engine(database_url)
    try:
        await upgrade_to_head(engine)
    finally:
        await engine.dispose()


def main() -> int:
    """Exit 0 when the schema is current, 2 on a configuration error."""
    try:
        settings = Settings()
    except ValidationError as error:
        print(f"backcoach: configuration error: {describe_settings_error(error)}", file=sys.stderr)
        return 2
    configure_logging(settings.log_level)
    asyncio.run(_migrate(settings.database_url))
    return 0


if __name__ == "__main__":
    sys.exit(main())
