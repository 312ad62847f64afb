"""Dose levels and their history, "How did it feel?", the session's doses, lessons.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("users") as batch:
        batch.add_column(
            sa.Column("lessons_enabled", sa.Boolean(), nullable=False, server_default=sa.true())
        )
        batch.add_column(sa.Column("lesson_day", sa.Date(), nullable=True))
    with op.batch_alter_table("routine_sessions") as batch:
        batch.add_column(sa.Column("levels", sa.String(100), nullable=False, server_default=""))
        batch.add_column(sa.Column("feel", sa.String(12), nullable=True))
    op.create_table(
        "exercise_levels",
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("exercise_id", sa.String(24), nullable=False),
        sa.Column("level", sa.SmallInteger(), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=True),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_step", sa.String(8), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name="fk_exercise_levels_user_id_users",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("user_id", "exercise_id", name="pk_exercise_levels"),
    )
    op.create_table(
        "level_changes",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("exercise_id", sa.String(24), nullable=False),
        sa.Column("from_level", sa.SmallInteger(), nullable=False),
        sa.Column("to_level", sa.SmallInteger(), nullable=False),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name="fk_level_changes_user_id_users",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_level_changes"),
    )
    op.create_index("ix_level_changes_user_time", "level_changes", ["user_id", "changed_at"])
    op.create_table(
        "lessons_seen",
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("lesson_id", sa.String(24), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name="fk_lessons_seen_user_id_users",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("user_id", "lesson_id", name="pk_lessons_seen"),
    )


def downgrade() -> None:
    """Revert this revision."""
    op.drop_table("lessons_seen")
    op.drop_index("ix_level_changes_user_time", table_name="level_changes")
    op.drop_table("level_changes")
    op.drop_table("exercise_levels")
    with op.batch_alter_table("routine_sessions") as batch:
        batch.drop_column("feel")
        batch.drop_column("levels")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("lesson_day")
        batch.drop_column("lessons_enabled")
