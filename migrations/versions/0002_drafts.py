"""Encrypted drafts of unsaved text, and first-unlock passphrase changes.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from caseflow.storage.models.base import UTCDateTime

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Batch mode recreates users on SQLite; it has no triggers to restore.
    with op.batch_alter_table("users") as batch_op:
        batch_op.add_column(
            sa.Column(
                "must_change_passphrase", sa.Boolean(), server_default=sa.false(), nullable=False
            )
        )
    op.create_table(
        "drafts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("editor_key", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_drafts_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_drafts")),
        sa.UniqueConstraint("user_id", "editor_key", name="uq_drafts_user_editor"),
    )
    op.create_index(op.f("ix_drafts_user_id"), "drafts", ["user_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_drafts_user_id"), table_name="drafts")
    op.drop_table("drafts")
    with op.batch_alter_table("users") as batch_op:
        batch_op.drop_column("must_change_passphrase")
