"""`python -m bot.migrate`: apply pending migrations and exit (the bot also does this at start)."""

from __future__ import annotations

import asyncio
import sys

from pydantic import ValidationError

from bot.app import upgrade_database
from bot.logging_setup import configure_logging
from bot.settings import Settings, describe_settings_error


def main() -> int:
    """Exit 0 when the schema is current, 2 on a configuration error."""
    try:
        settings = Settings()
    except ValidationError as error:
        print(f"backcoach: configuration error: {describe_settings_error(error)}", file=sys.stderr)
        return 2
    configure_logging(settings.log_level)
    asyncio.run(upgrade_database(settings.database_url))
    return 0


if __name__ == "__main__":
    sys.exit(main())
