"""First and last handler groups: open the update's receipt, record it if nothing else did."""

from __future__ import annotations

from telegram import Update

from bot.context import BackCoachContext


async def open_receipt(update: Update, context: BackCoachContext) -> None:
    """A redelivered update stops at its first database access, before any reply.

    The receipt lives on this update's context (PTB builds one per update, shared by the
    handler groups); every handler hands it to the services it calls.
    """
    context.receipt = context.services.infra.receipts.begin(update.update_id)


async def close_receipt(update: Update, context: BackCoachContext) -> None:
    """Record the update even if no handler committed anything."""
    await context.services.infra.receipts.finish(context.receipt)
