"""`python -m bot`: read settings, build the application, serve until SIGTERM."""

from __future__ import annotations

import asyncio
import sys

from pydantic import ValidationError

from bot.app import build_application
from bot.content import ContentError
from bot.logging_setup import configure_logging
from bot.runner import serve
from bot.settings import Settings, describe_settings_error

EXIT_CONFIG_ERROR = 2


def main() -> int:
    """Start the bot; configuration and content errors end with one clear line and exit code 2."""
    try:
        settings = Settings()
    except ValidationError as error:
        print(f"backcoach: configuration error: {describe_settings_error(error)}", file=sys.stderr)
        return EXIT_CONFIG_ERROR
    configure_logging(settings.log_level)
    try:
        application = build_application(settings, polling=settings.webhook_url is None)
    except ContentError as error:
        print(f"backcoach: content error: {error}", file=sys.stderr)
        return EXIT_CONFIG_ERROR
    asyncio.run(serve(application, settings))
    return 0


if __name__ == "__main__":
    sys.exit(main())
