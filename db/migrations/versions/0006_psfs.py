"""Function checks (PSFS): the activities a user named, each check, and how each one went.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_OPEN = sa.text("status = 'open'")


def _user_id() -> sa.Column[int]:
    """The owner column: every PSFS row goes when its user does."""
    return sa.Column("user_id", sa.BigInteger(), nullable=False)


def _user_fk(table: str) -> sa.ForeignKeyConstraint:
    """ON DELETE CASCADE to users, named as the models' convention names it."""
    return sa.ForeignKeyConstraint(
        ["user_id"], ["users.id"], name=op.f(f"fk_{table}_user_id_users"), ondelete="CASCADE"
    )


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "psfs_activities",
        sa.Column("id", _ID, autoincrement=True, nullable=False),
        _user_id(),
        sa.Column("position", sa.SmallInteger(), nullable=False),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("retired_at", sa.DateTime(timezone=True), nullable=True),
        _user_fk("psfs_activities"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_psfs_activities")),
    )
    op.create_index("ix_psfs_activities_user_position", "psfs_activities", ["user_id", "position"])
    op.create_table(
        "psfs_checks",
        sa.Column("id", _ID, autoincrement=True, nullable=False),
        _user_id(),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(8), nullable=False),
        sa.Column("phase", sa.String(8), nullable=False),
        sa.Column("slot", sa.SmallInteger(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        _user_fk("psfs_checks"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_psfs_checks")),
    )
    op.create_index("ix_psfs_checks_user_day", "psfs_checks", ["user_id", "local_date"])
    op.create_index(
        "uq_psfs_checks_one_open_per_user",
        "psfs_checks",
        ["user_id"],
        unique=True,
        sqlite_where=_OPEN,
        postgresql_where=_OPEN,
    )
    op.create_table(
        "psfs_scores",
        sa.Column("id", _ID, autoincrement=True, nullable=False),
        sa.Column("check_id", sa.BigInteger(), nullable=False),
        sa.Column("activity_id", sa.BigInteger(), nullable=False),
        _user_id(),
        sa.Column("score", sa.SmallInteger(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("score >= 0 AND score <= 10", name=op.f("ck_psfs_scores_score_0_to_10")),
        sa.ForeignKeyConstraint(
            ["check_id"],
            ["psfs_checks.id"],
            name=op.f("fk_psfs_scores_check_id_psfs_checks"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["psfs_activities.id"],
            name=op.f("fk_psfs_scores_activity_id_psfs_activities"),
            ondelete="CASCADE",
        ),
        _user_fk("psfs_scores"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_psfs_scores")),
        sa.UniqueConstraint("check_id", "activity_id", name=op.f("uq_psfs_scores_check_id")),
    )
    op.create_index(op.f("ix_psfs_scores_user_id"), "psfs_scores", ["user_id"])


def downgrade() -> None:
    """Revert this revision."""
    op.drop_index(op.f("ix_psfs_scores_user_id"), table_name="psfs_scores")
    op.drop_table("psfs_scores")
    op.drop_index(
        "uq_psfs_checks_one_open_per_user",
        table_name="psfs_checks",
        sqlite_where=_OPEN,
        postgresql_where=_OPEN,
    )
    op.drop_index("ix_psfs_checks_user_day", table_name="psfs_checks")
    op.drop_table("psfs_checks")
    op.drop_index("ix_psfs_activities_user_position", table_name="psfs_activities")
    op.drop_table("psfs_activities")
