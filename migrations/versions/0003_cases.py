"""People, guardians, cases, assessments, action plans and the journal.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 12:05:15.144918
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from caseflow.storage.models.base import UTCDateTime

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# A signed journal entry never changes, whatever writes to the file: the
# services refuse it, and so does the database itself.
_SQLITE_SIGNED_ENTRY_TRIGGER = """
CREATE TRIGGER journal_entries_signed_are_final
BEFORE UPDATE ON journal_entries
FOR EACH ROW WHEN OLD.signed_at IS NOT NULL AND (
    NEW.text IS NOT OLD.text OR NEW.entry_date IS NOT OLD.entry_date
    OR NEW.entry_type IS NOT OLD.entry_type OR NEW.case_id IS NOT OLD.case_id
    OR NEW.author_id IS NOT OLD.author_id OR NEW.signed_at IS NOT OLD.signed_at
    OR NEW.corrects_id IS NOT OLD.corrects_id)
BEGIN
    SELECT RAISE(ABORT, 'signed journal entries cannot be changed');
END
"""


def upgrade() -> None:
    op.create_table(
        "case_counters",
        sa.Column("programme", sa.String(length=8), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last_serial", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("programme", "year", name=op.f("pk_case_counters")),
    )
    op.create_table(
        "persons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("name_key", sa.String(length=210), nullable=False),
        sa.Column("name_key_reversed", sa.String(length=210), nullable=False),
        sa.Column("personnummer", sa.String(length=12), nullable=True),
        sa.Column("personnummer_short", sa.String(length=10), nullable=True),
        sa.Column(
            "is_coordination_number", sa.Boolean(), server_default=sa.false(), nullable=False
        ),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("no_number_reason", sa.Text(), nullable=True),
        sa.Column("sex", sa.String(length=16), nullable=True),
        sa.Column("phone", sa.String(length=50), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("school", sa.String(length=200), nullable=True),
        sa.Column("school_class", sa.String(length=50), nullable=True),
        sa.Column("protected_identity", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_persons")),
        sa.UniqueConstraint("personnummer", name=op.f("uq_persons_personnummer")),
    )
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_persons_name_key"), ["name_key"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_persons_name_key_reversed"), ["name_key_reversed"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_persons_personnummer_short"), ["personnummer_short"], unique=False
        )

    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_number", sa.String(length=24), nullable=False),
        sa.Column("programme", sa.String(length=8), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("serial", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("referral_date", sa.Date(), nullable=False),
        sa.Column("referral_source", sa.String(length=32), nullable=False),
        sa.Column("referral_reason", sa.Text(), nullable=False),
        sa.Column("responsible_user_id", sa.Integer(), nullable=True),
        sa.Column("next_follow_up", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("closing_reason", sa.String(length=32), nullable=True),
        sa.Column("closing_summary", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name=op.f("fk_cases_person_id_persons")
        ),
        sa.ForeignKeyConstraint(
            ["responsible_user_id"], ["users.id"], name=op.f("fk_cases_responsible_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
        sa.UniqueConstraint("case_number", name=op.f("uq_cases_case_number")),
        sa.UniqueConstraint("programme", "year", "serial", name="uq_cases_programme_year_serial"),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cases_person_id"), ["person_id"], unique=False)
        batch_op.create_index(
            "ix_cases_programme_referral", ["programme", "referral_date", "id"], unique=False
        )
        batch_op.create_index("ix_cases_referral", ["referral_date", "id"], unique=False)
        batch_op.create_index(
            "ix_cases_responsible_referral",
            ["responsible_user_id", "referral_date", "id"],
            unique=False,
        )
        batch_op.create_index(
            "ix_cases_status_referral", ["status", "referral_date", "id"], unique=False
        )

    op.create_table(
        "guardians",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("personnummer", sa.String(length=12), nullable=True),
        sa.Column("phone", sa.String(length=50), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("has_custody", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("no_information", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["persons.id"],
            name=op.f("fk_guardians_person_id_persons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_guardians")),
    )
    with op.batch_alter_table("guardians", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_guardians_person_id"), ["person_id"], unique=False)

    op.create_table(
        "assessments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"], ["users.id"], name=op.f("fk_assessments_author_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_assessments_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessments")),
    )
    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assessments_case_id"), ["case_id"], unique=False)

    op.create_table(
        "case_agencies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("agency", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("contact", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_case_agencies_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_agencies")),
    )
    with op.batch_alter_table("case_agencies", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_agencies_case_id"), ["case_id"], unique=False)

    op.create_table(
        "case_staff",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_staff_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_case_staff_user_id_users")
        ),
        sa.PrimaryKeyConstraint("case_id", "user_id", name=op.f("pk_case_staff")),
    )
    with op.batch_alter_table("case_staff", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_staff_user_id"), ["user_id"], unique=False)

    op.create_table(
        "case_status_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("from_status", sa.String(length=16), nullable=True),
        sa.Column("to_status", sa.String(length=16), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("changed_by", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_case_status_changes_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["changed_by"], ["users.id"], name=op.f("fk_case_status_changes_changed_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_status_changes")),
    )
    with op.batch_alter_table("case_status_changes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_case_status_changes_case_id"), ["case_id"], unique=False
        )

    op.create_table(
        "goals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("life_domain", sa.String(length=32), nullable=False),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_goals_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goals")),
    )
    with op.batch_alter_table("goals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_goals_case_id"), ["case_id"], unique=False)

    op.create_table(
        "journal_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("entry_date", sa.Date(), nullable=False),
        sa.Column("entry_type", sa.String(length=32), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("signed_at", UTCDateTime(), nullable=True),
        sa.Column("corrects_id", sa.Integer(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"], ["users.id"], name=op.f("fk_journal_entries_author_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_journal_entries_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["corrects_id"],
            ["journal_entries.id"],
            name=op.f("fk_journal_entries_corrects_id_journal_entries"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal_entries")),
    )
    with op.batch_alter_table("journal_entries", schema=None) as batch_op:
        batch_op.create_index(
            "ix_journal_entries_case_date", ["case_id", "entry_date", "id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_journal_entries_corrects_id"), ["corrects_id"], unique=False
        )

    op.create_table(
        "activities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("agency", sa.String(length=32), nullable=False),
        sa.Column("responsible_person", sa.String(length=200), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["goal_id"], ["goals.id"], name=op.f("fk_activities_goal_id_goals"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activities")),
    )
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activities_goal_id"), ["goal_id"], unique=False)
        batch_op.create_index("ix_activities_status_due", ["status", "due_date"], unique=False)

    op.create_table(
        "assessment_factors",
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("factor_key", sa.String(length=64), nullable=False),
        sa.Column("presence", sa.String(length=16), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessments.id"],
            name=op.f("fk_assessment_factors_assessment_id_assessments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("assessment_id", "factor_key", name=op.f("pk_assessment_factors")),
    )
    op.create_table(
        "goal_status_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"], ["users.id"], name=op.f("fk_goal_status_records_author_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["goal_id"],
            ["goals.id"],
            name=op.f("fk_goal_status_records_goal_id_goals"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal_status_records")),
    )
    with op.batch_alter_table("goal_status_records", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_goal_status_records_goal_id"), ["goal_id"], unique=False
        )
    if op.get_bind().dialect.name == "sqlite":
        op.execute(_SQLITE_SIGNED_ENTRY_TRIGGER)


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS journal_entries_signed_are_final")
    with op.batch_alter_table("goal_status_records", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_goal_status_records_goal_id"))

    op.drop_table("goal_status_records")
    op.drop_table("assessment_factors")
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.drop_index("ix_activities_status_due")
        batch_op.drop_index(batch_op.f("ix_activities_goal_id"))

    op.drop_table("activities")
    with op.batch_alter_table("journal_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_journal_entries_corrects_id"))
        batch_op.drop_index("ix_journal_entries_case_date")

    op.drop_table("journal_entries")
    with op.batch_alter_table("goals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_goals_case_id"))

    op.drop_table("goals")
    with op.batch_alter_table("case_status_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_status_changes_case_id"))

    op.drop_table("case_status_changes")
    with op.batch_alter_table("case_staff", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_staff_user_id"))

    op.drop_table("case_staff")
    with op.batch_alter_table("case_agencies", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_agencies_case_id"))

    op.drop_table("case_agencies")
    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assessments_case_id"))

    op.drop_table("assessments")
    with op.batch_alter_table("guardians", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_guardians_person_id"))

    op.drop_table("guardians")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_status_referral")
        batch_op.drop_index("ix_cases_responsible_referral")
        batch_op.drop_index("ix_cases_referral")
        batch_op.drop_index("ix_cases_programme_referral")
        batch_op.drop_index(batch_op.f("ix_cases_person_id"))

    op.drop_table("cases")
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_persons_personnummer_short"))
        batch_op.drop_index(batch_op.f("ix_persons_name_key_reversed"))
        batch_op.drop_index(batch_op.f("ix_persons_name_key"))

    op.drop_table("persons")
    op.drop_table("case_counters")
