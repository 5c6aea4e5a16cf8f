"""Signed journal entries, approved minutes and consent history stay final on PostgreSQL too.

The same rules as the SQLite triggers of 0003, 0004 and 0005, for a server that
anyone with an account may reach with another client: a signed entry's
content never changes; approved minutes take corrections only; an approved
meeting's time, place, type and approval never change, and neither it nor
its items are removed, except together with a case that retention deletes;
consent history is never updated (retention may still delete it).

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-25 18:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# As in 0004: the consent history's tables take no UPDATE.
_CONSENT_HISTORY = (
    "consent_records",
    "consent_parties",
    "consent_withdrawals",
    "withdrawal_parties",
    "consent_attachments",
    "recorded_legal_grounds",
    "disclosures",
)

_POSTGRESQL = [
    """
CREATE FUNCTION caseflow_consent_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'consent history is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$
""",
    *(
        f"CREATE TRIGGER {table}_append_only BEFORE UPDATE ON {table}"
        " FOR EACH ROW EXECUTE FUNCTION caseflow_consent_append_only()"
        for table in _CONSENT_HISTORY
    ),
    """
CREATE FUNCTION caseflow_journal_signed_are_final() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.signed_at IS NOT NULL AND (
        NEW.text IS DISTINCT FROM OLD.text OR NEW.entry_date IS DISTINCT FROM OLD.entry_date
        OR NEW.entry_type IS DISTINCT FROM OLD.entry_type
        OR NEW.case_id IS DISTINCT FROM OLD.case_id
        OR NEW.author_id IS DISTINCT FROM OLD.author_id
        OR NEW.signed_at IS DISTINCT FROM OLD.signed_at
        OR NEW.corrects_id IS DISTINCT FROM OLD.corrects_id)
    THEN
        RAISE EXCEPTION 'signed journal entries cannot be changed'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$
""",
    """
CREATE TRIGGER journal_entries_signed_are_final BEFORE UPDATE ON journal_entries
FOR EACH ROW EXECUTE FUNCTION caseflow_journal_signed_are_final()
""",
    # Reads the meeting as its owner: a user's row-level policies must not hide it.
    """
CREATE FUNCTION caseflow_minutes_approved(meeting integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
SELECT coalesce((SELECT minutes_status = 'approved' FROM meetings WHERE id = meeting), false)
$$
""",
    """
CREATE FUNCTION caseflow_minutes_items_final() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF caseflow_minutes_approved(NEW.meeting_id) AND NEW.corrects_number IS NULL THEN
            RAISE EXCEPTION 'approved minutes cannot be changed'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END IF;
    IF caseflow_minutes_approved(OLD.meeting_id) THEN
        -- Retention removes a deleted case's part of shared minutes.
        IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM cases WHERE id = OLD.case_id) THEN
            RETURN OLD;
        END IF;
        RAISE EXCEPTION 'approved minutes cannot be changed'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$
""",
    """
CREATE TRIGGER minutes_items_final BEFORE INSERT OR UPDATE OR DELETE ON minutes_items
FOR EACH ROW EXECUTE FUNCTION caseflow_minutes_items_final()
""",
    """
CREATE FUNCTION caseflow_meetings_approval_final() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF OLD.minutes_status <> 'approved' THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_OP = 'DELETE' THEN
        IF EXISTS (SELECT 1 FROM minutes_items WHERE meeting_id = OLD.id) THEN
            RAISE EXCEPTION 'approved minutes cannot be changed'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN OLD;
    END IF;
    IF NEW.minutes_status IS DISTINCT FROM OLD.minutes_status
        OR NEW.approved_by IS DISTINCT FROM OLD.approved_by
        OR NEW.approved_on IS DISTINCT FROM OLD.approved_on
        OR NEW.starts_at IS DISTINCT FROM OLD.starts_at
        OR NEW.ends_at IS DISTINCT FROM OLD.ends_at
        OR NEW.type_key IS DISTINCT FROM OLD.type_key
        OR NEW.place IS DISTINCT FROM OLD.place
        OR NEW.cancelled IS DISTINCT FROM OLD.cancelled
    THEN
        RAISE EXCEPTION 'approved minutes cannot be changed'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$
""",
    """
CREATE TRIGGER meetings_approval_final BEFORE UPDATE OR DELETE ON meetings
FOR EACH ROW EXECUTE FUNCTION caseflow_meetings_approval_final()
""",
]


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in _POSTGRESQL:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS meetings_approval_final ON meetings")
        op.execute("DROP TRIGGER IF EXISTS minutes_items_final ON minutes_items")
        op.execute("DROP TRIGGER IF EXISTS journal_entries_signed_are_final ON journal_entries")
        op.execute("DROP FUNCTION IF EXISTS caseflow_meetings_approval_final()")
        op.execute("DROP FUNCTION IF EXISTS caseflow_minutes_items_final()")
        op.execute("DROP FUNCTION IF EXISTS caseflow_minutes_approved(integer)")
        op.execute("DROP FUNCTION IF EXISTS caseflow_journal_signed_are_final()")
        for table in _CONSENT_HISTORY:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
        op.execute("DROP FUNCTION IF EXISTS caseflow_consent_append_only()")
