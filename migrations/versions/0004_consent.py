"""Consents, withdrawals, scanned forms, legal grounds and the disclosure register.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 12:30:29.539010
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from caseflow.storage.models.base import UTCDateTime

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Consent history is append-only: the services have no path to change it, and
# the database refuses too (deletion stays possible for retention, gallring).
_APPEND_ONLY = [
    f"""
CREATE TRIGGER {table}_append_only
BEFORE UPDATE ON {table}
BEGIN
    SELECT RAISE(ABORT, 'consent history is append-only');
END
"""
    for table in (
        "consent_records",
        "consent_parties",
        "consent_withdrawals",
        "withdrawal_parties",
        "consent_attachments",
        "recorded_legal_grounds",
        "disclosures",
    )
]


def upgrade() -> None:
    op.create_table(
        "consent_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("guardian_id", sa.Integer(), nullable=True),
        sa.Column("consenter_name", sa.String(length=200), nullable=False),
        sa.Column("information", sa.Text(), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("manner", sa.String(length=16), nullable=False),
        sa.Column("documented_by", sa.String(length=200), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=False),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_consent_records_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["guardian_id"], ["guardians.id"], name=op.f("fk_consent_records_guardian_id_guardians")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["users.id"], name=op.f("fk_consent_records_recorded_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_records")),
    )
    with op.batch_alter_table("consent_records", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consent_records_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_consent_records_valid_until"), ["valid_until"], unique=False
        )

    op.create_table(
        "consent_withdrawals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("guardian_id", sa.Integer(), nullable=True),
        sa.Column("consenter_name", sa.String(length=200), nullable=False),
        sa.Column("withdrawn_on", sa.Date(), nullable=False),
        sa.Column("manner", sa.String(length=16), nullable=False),
        sa.Column("received_by", sa.String(length=200), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=False),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_consent_withdrawals_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["guardian_id"],
            ["guardians.id"],
            name=op.f("fk_consent_withdrawals_guardian_id_guardians"),
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["users.id"], name=op.f("fk_consent_withdrawals_recorded_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_withdrawals")),
    )
    with op.batch_alter_table("consent_withdrawals", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_consent_withdrawals_case_id"), ["case_id"], unique=False
        )

    op.create_table(
        "recorded_legal_grounds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("ground_id", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("agency", sa.String(length=32), nullable=False),
        sa.Column("party_name", sa.String(length=200), nullable=False),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("recorded_by", sa.Integer(), nullable=False),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_recorded_legal_grounds_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["users.id"], name=op.f("fk_recorded_legal_grounds_recorded_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recorded_legal_grounds")),
    )
    with op.batch_alter_table("recorded_legal_grounds", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_recorded_legal_grounds_case_id"), ["case_id"], unique=False
        )

    op.create_table(
        "consent_attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("added_by", sa.Integer(), nullable=False),
        sa.Column("added_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["added_by"], ["users.id"], name=op.f("fk_consent_attachments_added_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["consent_records.id"],
            name=op.f("fk_consent_attachments_record_id_consent_records"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_attachments")),
    )
    with op.batch_alter_table("consent_attachments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_consent_attachments_record_id"), ["record_id"], unique=False
        )

    op.create_table(
        "consent_parties",
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("agency", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["consent_records.id"],
            name=op.f("fk_consent_parties_record_id_consent_records"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("record_id", "position", name=op.f("pk_consent_parties")),
    )
    op.create_table(
        "disclosures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("agency", sa.String(length=32), nullable=False),
        sa.Column("party_name", sa.String(length=200), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("disclosed_on", sa.Date(), nullable=False),
        sa.Column("basis", sa.String(length=16), nullable=False),
        sa.Column("legal_ground_id", sa.Integer(), nullable=True),
        sa.Column("recorded_by", sa.Integer(), nullable=False),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_disclosures_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["legal_ground_id"],
            ["recorded_legal_grounds.id"],
            name=op.f("fk_disclosures_legal_ground_id_recorded_legal_grounds"),
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["users.id"], name=op.f("fk_disclosures_recorded_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disclosures")),
    )
    with op.batch_alter_table("disclosures", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_disclosures_case_id"), ["case_id"], unique=False)

    op.create_table(
        "withdrawal_parties",
        sa.Column("withdrawal_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("agency", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["withdrawal_id"],
            ["consent_withdrawals.id"],
            name=op.f("fk_withdrawal_parties_withdrawal_id_consent_withdrawals"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("withdrawal_id", "position", name=op.f("pk_withdrawal_parties")),
    )
    if op.get_bind().dialect.name == "sqlite":
        for statement in _APPEND_ONLY:
            op.execute(statement)


def downgrade() -> None:
    op.drop_table("withdrawal_parties")
    with op.batch_alter_table("disclosures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_disclosures_case_id"))

    op.drop_table("disclosures")
    op.drop_table("consent_parties")
    with op.batch_alter_table("consent_attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consent_attachments_record_id"))

    op.drop_table("consent_attachments")
    with op.batch_alter_table("recorded_legal_grounds", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_recorded_legal_grounds_case_id"))

    op.drop_table("recorded_legal_grounds")
    with op.batch_alter_table("consent_withdrawals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consent_withdrawals_case_id"))

    op.drop_table("consent_withdrawals")
    with op.batch_alter_table("consent_records", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consent_records_valid_until"))
        batch_op.drop_index(batch_op.f("ix_consent_records_case_id"))

    op.drop_table("consent_records")
