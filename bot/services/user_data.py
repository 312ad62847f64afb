"""A user's control over their data and routine: export, erase, keep/drop, restore, weekly."""

from __future__ import annotations

import csv
import io
import json
import logging
import secrets
from datetime import date, datetime, time, timedelta
from typing import Any

from bot.services.ports import Clock, UnitOfWorkFactory
from bot.services.update_receipt import UpdateReceipt
from bot.services.users import reschedule

logger = logging.getLogger(__name__)

# How long the erase button of a /delete question works; after that, /delete asks again.
ERASE_NONCE_LIFETIME = timedelta(minutes=10)
NONCE_BYTES = 8

CSV_COLUMNS = (
    "session_id",
    "local_date",
    "routine",
    "status",
    "started_at",
    "finished_at",
    "done",
    "skipped",
    "hurt",
    "pain_before",
    "pain_after",
    "feel",
)


class UserDataService:
    """Each call is one unit of work."""

    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow_factory = uow_factory
        self._clock = clock

    async def export(
        self, user_id: int, *, receipt: UpdateReceipt | None
    ) -> tuple[bytes, bytes] | None:
        """A CSV (one row per session, with its ratings) and a JSON of every row about the user."""
        async with self._uow_factory(receipt) as uow:
            if await uow.users.get(user_id) is None:
                return None
            everything = await uow.user_data.export(user_id)
        document = json.dumps(everything, default=_json_value, indent=2, ensure_ascii=False)
        return _sessions_csv(everything).encode(), document.encode()

    async def ask_erase(self, user_id: int, *, receipt: UpdateReceipt | None) -> str | None:
        """A one-time nonce for the erase button of this /delete question; None: no data."""
        nonce = secrets.token_hex(NONCE_BYTES)
        async with self._uow_factory(receipt) as uow:
            if await uow.users.get(user_id, for_update=True) is None:
                return None
            await uow.user_data.ask_erase(user_id, nonce, self._clock() + ERASE_NONCE_LIFETIME)
            await uow.commit()
        return nonce

    async def erase(self, user_id: int, nonce: str, *, receipt: UpdateReceipt | None) -> bool:
        """Delete every row about the user (cascades), nonce included, if `nonce` is the one
        their /delete asked with and it has not expired; False (nothing changed) otherwise."""
        async with self._uow_factory(receipt) as uow:
            if await uow.users.get(user_id, for_update=True) is None:
                return False
            if not await uow.user_data.erase_asked(user_id, nonce, self._clock()):
                return False
            await uow.user_data.erase(user_id)
            await uow.commit()
        logger.info("user erased user=%s", user_id)
        return True

    async def forget_health(self, user_id: int, *, receipt: UpdateReceipt | None) -> bool:
        """Delete the health answers kept so far (after consent was withdrawn)."""
        async with self._uow_factory(receipt) as uow:
            if await uow.users.get(user_id, for_update=True) is None:
                return False
            await uow.user_data.erase_health(user_id)
            await uow.commit()
        logger.info("health data erased user=%s", user_id)
        return True

    async def keep_or_drop(
        self, user_id: int, exercise_id: str, keep: bool, *, receipt: UpdateReceipt | None
    ) -> bool:
        """Record the answer to 'keep or drop?'; idempotent, so a double tap is harmless."""
        async with self._uow_factory(receipt) as uow:
            if await uow.users.get(user_id, for_update=True) is None:
                return False
            await uow.prefs.set_dropped(user_id, exercise_id, not keep, self._clock())
            await uow.commit()
            return True

    async def restore_routine(self, user_id: int, *, receipt: UpdateReceipt | None) -> bool:
        """Every exercise back in the routine."""
        async with self._uow_factory(receipt) as uow:
            if await uow.users.get(user_id, for_update=True) is None:
                return False
            await uow.prefs.restore_all(user_id)
            await uow.commit()
            return True

    async def toggle_weekly(self, user_id: int, *, receipt: UpdateReceipt | None) -> bool | None:
        """Flip the weekly summary; returns the new value (None: unknown user)."""
        now = self._clock()
        async with self._uow_factory(receipt) as uow:
            user = await uow.users.get(user_id, for_update=True)
            if user is None:
                return None
            user.weekly_summary, user.updated_at = not user.weekly_summary, now
            await reschedule(uow, user, now)
            await uow.users.save(user)
            await uow.commit()
            return user.weekly_summary


def _sessions_csv(everything: dict[str, list[dict[str, Any]]]) -> str:
    """One row per session with its counts and ratings."""
    ratings: dict[int, dict[str, int]] = {}
    for rating in everything.get("pain_ratings", []):
        ratings.setdefault(rating["session_id"], {})[rating["kind"]] = rating["score"]
    results: dict[int, list[dict[str, Any]]] = {}
    for result in everything.get("exercise_results", []):
        results.setdefault(result["session_id"], []).append(result)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for session in sorted(everything.get("routine_sessions", []), key=lambda s: s["id"]):
        mine = results.get(session["id"], [])
        writer.writerow(
            [
                session["id"],
                session["local_date"].isoformat(),
                session["routine_id"],
                session["status"],
                _json_value(session["started_at"]),
                _json_value(session["finished_at"]) if session["finished_at"] else "",
                sum(r["outcome"] == "done" for r in mine),
                sum(r["outcome"] in ("skipped", "hurt_skipped") for r in mine),
                sum(r["hurt_level"] is not None for r in mine),
                ratings.get(session["id"], {}).get("before", ""),
                ratings.get(session["id"], {}).get("after", ""),
                session.get("feel") or "",
            ]
        )
    return out.getvalue()


def _json_value(value: object) -> str:
    """Dates and times as ISO 8601 text."""
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    raise TypeError(f"cannot export {type(value).__name__}")
