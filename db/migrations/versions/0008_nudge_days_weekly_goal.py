"""Reminder days as a weekday mask and a weekly goal, replacing users.weekdays_only.

Old rows keep the nudges they had: "weekdays only" becomes Monday to Friday (mask 31) with a
goal of 5 days, every day becomes mask 127 with a goal of 7. The downgrade maps a mask back to
"weekdays only" when it holds no weekend day.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

EVERY_DAY, WEEKDAYS, WEEKEND = 127, 31, 96


def upgrade() -> None:
    """Add the mask and the goal, fill them from weekdays_only, then drop the old flag."""
    with op.batch_alter_table("users") as batch:
        batch.add_column(
            sa.Column("nudge_days", sa.SmallInteger(), nullable=False, server_default="31")
        )
        batch.add_column(
            sa.Column("weekly_goal", sa.SmallInteger(), nullable=False, server_default="5")
        )
    users = sa.table(
        "users",
        sa.column("weekdays_only", sa.Boolean()),
        sa.column("nudge_days", sa.SmallInteger()),
        sa.column("weekly_goal", sa.SmallInteger()),
    )
    op.execute(
        users.update()
        .where(users.c.weekdays_only.is_(False))
        .values(nudge_days=EVERY_DAY, weekly_goal=7)
    )
    op.execute(users.update().where(users.c.weekdays_only.is_(True)).values(nudge_days=WEEKDAYS))
    with op.batch_alter_table("users") as batch:
        batch.drop_column("weekdays_only")


def downgrade() -> None:
    """Bring weekdays_only back: true when no weekend day is a reminder day."""
    with op.batch_alter_table("users") as batch:
        batch.add_column(
            sa.Column("weekdays_only", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    users = sa.table(
        "users",
        sa.column("weekdays_only", sa.Boolean()),
        sa.column("nudge_days", sa.SmallInteger()),
    )
    op.execute(
        users.update().where(users.c.nudge_days.op("&")(WEEKEND) == 0).values(weekdays_only=True)
    )
    with op.batch_alter_table("users") as batch:
        batch.drop_column("weekly_goal")
        batch.drop_column("nudge_days")
