"""Anonymous counts kept of cases deleted by retention (gallring).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25 14:40:48.137679
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "retained_case_counts",
        sa.Column("programme", sa.String(length=8), nullable=False),
        sa.Column("referral_year", sa.Integer(), nullable=False),
        sa.Column("closed_year", sa.Integer(), nullable=False),
        sa.Column("closing_reason", sa.String(length=32), nullable=False),
        sa.Column("referral_source", sa.String(length=32), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "programme",
            "referral_year",
            "closed_year",
            "closing_reason",
            "referral_source",
            name=op.f("pk_retained_case_counts"),
        ),
    )


def downgrade() -> None:
    op.drop_table("retained_case_counts")
