"""Nudge leases and the scheduler heartbeat: a crash loses no claimed nudge, a crowd none late.

A claimed nudge carries its claimer and a lease expiry; when the lease runs out it is pending
again. The one-row heartbeat table tells downtime-late nudges from rate-late ones.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("nudges") as batch:
        batch.add_column(sa.Column("lease_owner", sa.String(36), nullable=True))
        batch.add_column(sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True))
        batch.create_index(
            "ix_nudges_claimed_lease",
            ["lease_until"],
            unique=False,
            sqlite_where=sa.text("status = 'claimed'"),
            postgresql_where=sa.text("status = 'claimed'"),
        )
    op.create_table(
        "scheduler_beats",
        sa.Column("id", sa.SmallInteger(), autoincrement=False, nullable=False),
        sa.Column("last_beat", sa.DateTime(timezone=True), nullable=True),
        sa.Column("down_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resumed_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scheduler_beats")),
    )


def downgrade() -> None:
    """Revert this revision."""
    op.drop_table("scheduler_beats")
    with op.batch_alter_table("nudges") as batch:
        batch.drop_index(
            "ix_nudges_claimed_lease",
            sqlite_where=sa.text("status = 'claimed'"),
            postgresql_where=sa.text("status = 'claimed'"),
        )
        batch.drop_column("lease_until")
        batch.drop_column("lease_owner")
