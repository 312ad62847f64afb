"""`python -m bot`: read settings, build the application, serve until SIGTERM."""

from __future__ import annotations

import asyncio
import gc
import sys

from pydantic import ValidationError

from bot.app import build_application
from bot.content import ContentError
from bot.logging_setup import configure_logging
from bot.runner import serve
from bot.settings import Settings, describe_settings_error
from bot.startup import EXIT_CONFIG_ERROR, StartFailed


def main() -> int:
    """Start the bot; a start that cannot go on ends with one clear line and its exit code.

    2: configuration or content error; 3: Telegram refused the token; 4: the Bot API cannot be
    reached (or failed) at start; 5: the database cannot be reached at start (bot/startup.py).
    """
    try:
        settings = Settings()
    except ValidationError as error:
        print(f"backcoach: configuration error: {describe_settings_error(error)}", file=sys.stderr)
        return EXIT_CONFIG_ERROR
    configure_logging(settings.log_level)
    # The modules imported so far, and then the loaded content, live as long as the process:
    # frozen, the garbage collector stops scanning them again and again (README: start-up).
    gc.collect()
    gc.freeze()
    try:
        application = build_application(settings, polling=settings.webhook_url is None)
    except ContentError as error:
        print(f"backcoach: content error: {error}", file=sys.stderr)
        return EXIT_CONFIG_ERROR
    gc.collect()
    gc.freeze()
    try:
        asyncio.run(serve(application, settings))
    except StartFailed as failure:
        print(f"backcoach: cannot start: {failure}", file=sys.stderr)
        return failure.exit_code
    return 0


if __name__ == "__main__":
    sys.exit(main())
