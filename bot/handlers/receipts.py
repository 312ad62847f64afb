"""First and last handler groups: claim the update's id, finish it if nothing else did."""

from __future__ import annotations

from telegram import Update

from bot.context import BackCoachContext


async def open_receipt(update: Update, context: BackCoachContext) -> None:
    """Claim the update before any handler replies: a redelivered update stops here.

    A duplicate raises DuplicateUpdate, which the error handler turns into a silent stop. The
    receipt lives on this update's context (PTB builds one per update, shared by the handler
    groups); every handler hands it to the services it calls.
    """
    context.receipt = await context.services.infra.receipts.begin(update.update_id)
    # Issue 18: the one place that decides the update's language; context.services follows it.
    person = update.effective_user
    context.language = await context.services.infra.languages.language_for(
        None if person is None else person.id, None if person is None else person.language_code
    )


async def close_receipt(update: Update, context: BackCoachContext) -> None:
    """Finish the update's claim if no handler committed anything."""
    await context.services.infra.receipts.finish(context.receipt)
