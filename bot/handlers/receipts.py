"""First and last handler groups: drop redelivered updates, stamp ones that changed nothing."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import ApplicationHandlerStop

from bot.context import BackCoachContext

logger = logging.getLogger(__name__)


async def open_receipt(update: Update, context: BackCoachContext) -> None:
    """A redelivered update is acknowledged and ignored: no handler sees it."""
    if not await context.services.receipts.begin(update.update_id):
        logger.info("duplicate update ignored update_id=%s", update.update_id)
        raise ApplicationHandlerStop


async def close_receipt(update: Update, context: BackCoachContext) -> None:
    """Record the update even if no handler committed anything."""
    await context.services.receipts.finish()
