"""Claim-first receipts and the /delete nonce.

An update's id is claimed before any reply, with a token (`claim`) that is cleared when the
update is finished; a /delete question stores a one-time nonce that its erase button must carry.

Revision ID: 0005
Revises: 0003
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("processed_updates") as batch:
        batch.add_column(sa.Column("claim", sa.BigInteger(), nullable=True))
    op.create_table(
        "erase_requests",
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("nonce", sa.String(length=16), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_erase_requests_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_erase_requests")),
    )


def downgrade() -> None:
    """Revert this revision."""
    op.drop_table("erase_requests")
    with op.batch_alter_table("processed_updates") as batch:
        batch.drop_column("claim")
