"""An index on meeting participants by user: the meetings a field assistant may see.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-25 15:50:31.588913
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("meeting_participants", schema=None) as batch_op:
        batch_op.create_index(
            "ix_meeting_participants_user_meeting", ["user_id", "meeting_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("meeting_participants", schema=None) as batch_op:
        batch_op.drop_index("ix_meeting_participants_user_meeting")
