"""Read the database directly, to assert on what was really committed."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import create_async_engine

from db.models import Base, ExerciseResult, PainRating, RoutineSession, User


async def fetch_all(database_url: str, model: type[Base], **where: Any) -> list[Any]:
    """All rows of one model matching equality filters, in id order."""
    engine = create_async_engine(database_url)
    try:
        async with engine.connect() as connection:
            query = select(model).filter_by(**where)
            if hasattr(model, "id"):
                query = query.order_by(model.id)  # type: ignore[attr-defined]
            result = await connection.execute(query)
            return list(result.all())
    finally:
        await engine.dispose()


async def sessions_of(database_url: str, user_id: int) -> list[Any]:
    """A user's routine sessions."""
    return await fetch_all(database_url, RoutineSession, user_id=user_id)


async def results_of(database_url: str, session_id: int) -> list[Any]:
    """A session's exercise results."""
    return await fetch_all(database_url, ExerciseResult, session_id=session_id)


async def ratings_of(database_url: str, user_id: int) -> list[Any]:
    """A user's pain ratings."""
    return await fetch_all(database_url, PainRating, user_id=user_id)


async def user_row(database_url: str, user_id: int) -> Any:
    """One user row, or None."""
    rows = await fetch_all(database_url, User, id=user_id)
    return rows[0] if rows else None
