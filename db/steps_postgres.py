"""A routine step on PostgreSQL in four round trips: BEGIN, claim + locked read, write, COMMIT.

Each statement is a round trip to the server and about 0.25 ms of client CPU (SQLAlchemy and
asyncpg), so a press's six (BEGIN, claim the update id, locked read, exercise result, session
row, COMMIT) are folded into four with data-modifying CTEs, which PostgreSQL runs exactly once
and to completion whatever the main query reads. SQLite has no such CTEs; it keeps the plain
statements of db/steps.py, each a cheap call on the event loop.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import CTE, Select, Table, Update, bindparam, func, insert, select, true
from sqlalchemy.dialects.postgresql import insert as postgresql_insert

from db.models import Base, ExerciseResult, PainRating, ProcessedUpdate

_TABLES = Base.metadata.tables
_RECEIPTS = _TABLES[ProcessedUpdate.__tablename__]
_RESULTS = _TABLES[ExerciseResult.__tablename__]
_RATINGS = _TABLES[PainRating.__tablename__]
# Bind names of the row inserted beside the session's update, kept apart from the update's own.
RESULT_PREFIX = "result_"
RATING_PREFIX = "rating_"


def claiming(snapshot: Select[Any]) -> Select[Any]:
    """The locked snapshot read, with the update id claimed in the same statement.

    Returns one row always: `claimed` (1: this delivery inserted the id, 0: another delivery
    did) and the snapshot's columns, all NULL when there is no such session. The claim comes
    first, as a unit of work's first statement would, so a redelivered update stops before any
    reply; a concurrent delivery's insert waits for this transaction, as before.
    """
    claim = (
        postgresql_insert(_RECEIPTS)
        .values(update_id=bindparam("update_id"), processed_at=bindparam("processed_at"))
        .on_conflict_do_nothing(index_elements=[_RECEIPTS.c.update_id])
        .returning(_RECEIPTS.c.update_id)
        .cte("claim")
    )
    claimed = select(func.count().label("claimed")).select_from(claim).subquery("claimed")
    session = snapshot.lateral("snapshot")
    return select(claimed.c.claimed, *session.c).select_from(claimed.outerjoin(session, true()))


def with_inserts(save: Update, *, result: bool, rating: bool) -> Update:
    """The session row's update, with the step's exercise result and pain rating inserted too."""
    if result:
        save = save.add_cte(_insert_cte(_RESULTS, RESULT_PREFIX, "result"))
    if rating:
        save = save.add_cte(_insert_cte(_RATINGS, RATING_PREFIX, "rating"))
    return save


def _insert_cte(table: Table, prefix: str, name: str) -> CTE:
    """An INSERT of one row into a session's child table, its binds named `prefix + column`."""
    columns = [column.name for column in table.c if column.name not in ("id", "session_id")]
    values: dict[str, Any] = {column: bindparam(prefix + column) for column in columns}
    return insert(table).values(session_id=bindparam("session_id"), **values).cte(name)


def prefixed(values: dict[str, Any] | None, prefix: str) -> dict[str, Any]:
    """A row's values under the bind names with_inserts gave them (session_id is shared)."""
    if values is None:
        return {}
    return {prefix + name: value for name, value in values.items() if name != "session_id"}
