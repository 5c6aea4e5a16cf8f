"""Meetings, minutes items, attendance, follow-ups; agreed actions as plan activities.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 14:12:34.583964
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from caseflow.storage.models.base import UTCDateTime

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Approved minutes are final, whatever writes to the file: the services refuse
# changes, and so does the database. An approved item is never changed nor
# removed, and an item added afterwards must be a correction. The meeting
# keeps its approval, and the type, time and place the minutes were taken at.
# Deleting stays possible for retention (gallring), which removes whole cases:
# a foreign-key cascade from a deleted case (or meeting) runs after its parent
# row is gone, so the conditions below no longer hold for it. A meeting with
# approved minutes is deleted only once retention has removed their items.
_SQLITE_APPROVED_MINUTES_TRIGGERS = [
    """
CREATE TRIGGER minutes_items_approved_are_final
BEFORE UPDATE ON minutes_items
FOR EACH ROW WHEN (SELECT minutes_status FROM meetings WHERE id = OLD.meeting_id) = 'approved'
BEGIN
    SELECT RAISE(ABORT, 'approved minutes cannot be changed');
END
""",
    """
CREATE TRIGGER minutes_items_approved_are_kept
BEFORE DELETE ON minutes_items
FOR EACH ROW WHEN (SELECT minutes_status FROM meetings WHERE id = OLD.meeting_id) = 'approved'
    AND EXISTS (SELECT 1 FROM cases WHERE id = OLD.case_id)
BEGIN
    SELECT RAISE(ABORT, 'approved minutes cannot be changed');
END
""",
    """
CREATE TRIGGER minutes_items_approved_take_corrections_only
BEFORE INSERT ON minutes_items
FOR EACH ROW WHEN (SELECT minutes_status FROM meetings WHERE id = NEW.meeting_id) = 'approved'
    AND NEW.corrects_number IS NULL
BEGIN
    SELECT RAISE(ABORT, 'approved minutes cannot be changed');
END
""",
    """
CREATE TRIGGER meetings_approval_is_final
BEFORE UPDATE ON meetings
FOR EACH ROW WHEN OLD.minutes_status = 'approved' AND (
    NEW.minutes_status IS NOT OLD.minutes_status OR NEW.approved_by IS NOT OLD.approved_by
    OR NEW.approved_on IS NOT OLD.approved_on OR NEW.starts_at IS NOT OLD.starts_at
    OR NEW.ends_at IS NOT OLD.ends_at OR NEW.type_key IS NOT OLD.type_key
    OR NEW.place IS NOT OLD.place OR NEW.cancelled IS NOT OLD.cancelled)
BEGIN
    SELECT RAISE(ABORT, 'approved minutes cannot be changed');
END
""",
    """
CREATE TRIGGER meetings_approved_are_kept
BEFORE DELETE ON meetings
FOR EACH ROW WHEN OLD.minutes_status = 'approved'
    AND EXISTS (SELECT 1 FROM minutes_items WHERE meeting_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'approved minutes cannot be changed');
END
""",
]
_TRIGGER_NAMES = (
    "meetings_approved_are_kept",
    "meetings_approval_is_final",
    "minutes_items_approved_take_corrections_only",
    "minutes_items_approved_are_kept",
    "minutes_items_approved_are_final",
)


def upgrade() -> None:
    op.create_table(
        "meetings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("type_key", sa.String(length=64), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.Column("checklist_done", sa.Text(), nullable=False),
        sa.Column("preparation_notes", sa.Text(), nullable=False),
        sa.Column("minutes_status", sa.String(length=16), nullable=False),
        sa.Column("approved_by", sa.Integer(), nullable=True),
        sa.Column("approved_on", sa.Date(), nullable=True),
        sa.Column("minutes_last_number", sa.Integer(), nullable=False),
        sa.Column("organiser_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["approved_by"], ["users.id"], name=op.f("fk_meetings_approved_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["organiser_id"], ["users.id"], name=op.f("fk_meetings_organiser_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meetings")),
    )
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.create_index("ix_meetings_starts_at", ["starts_at", "id"], unique=False)

    op.create_table(
        "meeting_cases",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_meeting_cases_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_meeting_cases_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("meeting_id", "case_id", name=op.f("pk_meeting_cases")),
    )
    with op.batch_alter_table("meeting_cases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_cases_case_id"), ["case_id"], unique=False)

    op.create_table(
        "meeting_participants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("agency", sa.String(length=32), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.Column("party_name", sa.String(length=200), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_meeting_participants_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_meeting_participants_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_participants")),
    )
    with op.batch_alter_table("meeting_participants", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meeting_participants_meeting_id"), ["meeting_id"], unique=False
        )

    op.create_table(
        "minutes_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("heading", sa.String(length=300), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("decisions", sa.Text(), nullable=False),
        sa.Column("next_date", sa.Date(), nullable=True),
        sa.Column("corrects_number", sa.Integer(), nullable=True),
        sa.Column("written_by", sa.Integer(), nullable=False),
        sa.Column("written_on", sa.Date(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_minutes_items_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_minutes_items_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["written_by"], ["users.id"], name=op.f("fk_minutes_items_written_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_minutes_items")),
    )
    with op.batch_alter_table("minutes_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_minutes_items_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            "ix_minutes_items_meeting_number", ["meeting_id", "number"], unique=True
        )

    op.create_table(
        "follow_ups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("assessment_id", sa.Integer(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessments.id"],
            name=op.f("fk_follow_ups_assessment_id_assessments"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["author_id"], ["users.id"], name=op.f("fk_follow_ups_author_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_follow_ups_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_follow_ups_meeting_id_meetings"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_ups")),
    )
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.create_index("ix_follow_ups_case_held", ["case_id", "held_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_follow_ups_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "meeting_attendance",
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_meeting_attendance_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["meeting_participants.id"],
            name=op.f("fk_meeting_attendance_participant_id_meeting_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("participant_id", "case_id", name=op.f("pk_meeting_attendance")),
    )
    with op.batch_alter_table("meeting_attendance", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meeting_attendance_case_id"), ["case_id"], unique=False
        )

    # Agreed actions are activities of the case's plan that need no goal: an
    # activity now names its case itself (filled in from its goal).
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.add_column(sa.Column("case_id", sa.Integer(), nullable=True))
    op.execute(
        "UPDATE activities SET case_id = "
        "(SELECT goals.case_id FROM goals WHERE goals.id = activities.goal_id)"
    )
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.alter_column("case_id", existing_type=sa.Integer(), nullable=False)
        batch_op.add_column(sa.Column("minutes_item_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("responsible_user_id", sa.Integer(), nullable=True))
        batch_op.alter_column("goal_id", existing_type=sa.INTEGER(), nullable=True)
        batch_op.create_index("ix_activities_case_due", ["case_id", "due_date"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_activities_minutes_item_id"), ["minutes_item_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_activities_responsible_user_id"), ["responsible_user_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_activities_minutes_item_id_minutes_items"),
            "minutes_items",
            ["minutes_item_id"],
            ["id"],
            ondelete="CASCADE",
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_activities_responsible_user_id_users"),
            "users",
            ["responsible_user_id"],
            ["id"],
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_activities_case_id_cases"),
            "cases",
            ["case_id"],
            ["id"],
            ondelete="CASCADE",
        )

    with op.batch_alter_table("goal_status_records", schema=None) as batch_op:
        batch_op.add_column(sa.Column("follow_up_id", sa.Integer(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_goal_status_records_follow_up_id"), ["follow_up_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_goal_status_records_follow_up_id_follow_ups"),
            "follow_ups",
            ["follow_up_id"],
            ["id"],
            ondelete="CASCADE",
        )

    if op.get_bind().dialect.name == "sqlite":
        for trigger in _SQLITE_APPROVED_MINUTES_TRIGGERS:
            op.execute(trigger)


def downgrade() -> None:
    for name in _TRIGGER_NAMES:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table("goal_status_records", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_goal_status_records_follow_up_id_follow_ups"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_goal_status_records_follow_up_id"))
        batch_op.drop_column("follow_up_id")

    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_activities_case_id_cases"), type_="foreignkey")
        batch_op.drop_constraint(
            batch_op.f("fk_activities_responsible_user_id_users"), type_="foreignkey"
        )
        batch_op.drop_constraint(
            batch_op.f("fk_activities_minutes_item_id_minutes_items"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_activities_responsible_user_id"))
        batch_op.drop_index(batch_op.f("ix_activities_minutes_item_id"))
        batch_op.drop_index("ix_activities_case_due")
        batch_op.alter_column("goal_id", existing_type=sa.INTEGER(), nullable=False)
        batch_op.drop_column("responsible_user_id")
        batch_op.drop_column("minutes_item_id")
        batch_op.drop_column("case_id")

    with op.batch_alter_table("meeting_attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_attendance_case_id"))

    op.drop_table("meeting_attendance")
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_follow_ups_meeting_id"))
        batch_op.drop_index("ix_follow_ups_case_held")

    op.drop_table("follow_ups")
    with op.batch_alter_table("minutes_items", schema=None) as batch_op:
        batch_op.drop_index("ix_minutes_items_meeting_number")
        batch_op.drop_index(batch_op.f("ix_minutes_items_case_id"))

    op.drop_table("minutes_items")
    with op.batch_alter_table("meeting_participants", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_participants_meeting_id"))

    op.drop_table("meeting_participants")
    with op.batch_alter_table("meeting_cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_cases_case_id"))

    op.drop_table("meeting_cases")
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.drop_index("ix_meetings_starts_at")

    op.drop_table("meetings")
