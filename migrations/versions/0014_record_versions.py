"""Every editable record carries a version, and who wrote a record can be told.

- ``version`` (NOT NULL, starting at 1) on journal entries, goals, activities
  and guardians; persons, cases and meetings have had one since 0003/0005.
  A save names the version it was made from; a record changed meanwhile
  refuses it (``services.validation.ChangedMeanwhile``). The columns are
  added in place (ALTER TABLE ... ADD COLUMN, no batch mode), so SQLite keeps
  the triggers of 0003 and 0008 on journal_entries.
- ``record_writes``: the log's "record written" entries (who, when, which
  record, what changed), through an index on (record_type, record_id), so that
  a refused save says who changed the record and when.

On PostgreSQL the log shows each user only their own entries (0012). The
view reads it as its owner and keeps the writes of the records the user may
read: ``caseflow_may_read_record`` runs as the user (SECURITY INVOKER), so
the record tables' own policies decide, and no rule is written twice. It
shows who wrote a record the user reads, and when: what the journal's
author line and the case history tell them already.

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-26 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from caseflow.storage.server_setup import connect_group

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_VERSIONED = ("journal_entries", "goals", "activities", "guardians")
# An integer default, the same on both engines.
_FIRST_VERSION = sa.text("1")

_SQLITE_VIEW = """
CREATE VIEW record_writes AS
SELECT id, at, user_id, record_type, record_id, detail FROM audit_log
WHERE action = 'record_written'
"""
# security_barrier: a user's own conditions on the view (a cast that fails and
# names the value, say) run only on the rows its filter let through.
_SERVER_VIEW = """
CREATE VIEW record_writes WITH (security_barrier) AS
SELECT id, at, user_id, record_type, record_id, detail FROM audit_log
WHERE action = 'record_written' AND caseflow_may_read_record(record_type, record_id)
"""

# The audit log's record types, and the table whose policies say who reads them.
_RECORD_TABLES = {
    "journal_entry": "journal_entries",
    "goal": "goals",
    "activity": "activities",
    "case": "cases",
    "person": "persons",
    "guardian": "guardians",
    "meeting": "meetings",
    "meeting_invitees": "meetings",
    "minutes_started": "meetings",
    "minutes_approved": "meetings",
    "minutes_item": "minutes_items",
}


def _may_read_record() -> str:
    branches = "\n".join(
        f"        WHEN '{kind}' THEN EXISTS (SELECT 1 FROM {table} WHERE id = record)"  # noqa: S608
        for kind, table in _RECORD_TABLES.items()
    )
    return f"""
CREATE FUNCTION caseflow_may_read_record(kind text, key text) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY INVOKER SET search_path = public, pg_temp AS $$
DECLARE
    record integer;
BEGIN
    IF key !~ '^[0-9]{{1,9}}$' THEN
        RETURN false;
    END IF;
    record := key::integer;
    RETURN CASE kind
{branches}
        ELSE false
    END;
END
$$
"""


def upgrade() -> None:
    for table in _VERSIONED:
        op.add_column(
            table,
            sa.Column("version", sa.Integer(), nullable=False, server_default=_FIRST_VERSION),
        )
    op.create_index(
        "ix_audit_log_record", "audit_log", ["record_type", "record_id", "id"], unique=False
    )
    if op.get_bind().dialect.name != "postgresql":
        op.execute(_SQLITE_VIEW)
        return
    op.execute(_may_read_record())
    op.execute("REVOKE EXECUTE ON FUNCTION caseflow_may_read_record(text, text) FROM PUBLIC")
    op.execute(_SERVER_VIEW)
    _grant_to_users()


def _grant_to_users() -> None:
    """Every Caseflow user reads the view (``caseflow server init`` made their group)."""
    bind = op.get_bind()
    database = bind.execute(sa.text("SELECT current_database()")).scalar_one()
    group = connect_group(str(database))
    if bind.execute(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :g"), {"g": group}).first():
        quoted = bind.dialect.identifier_preparer.quote(group)
        op.execute(f"GRANT SELECT ON record_writes TO {quoted}")
        op.execute(f"GRANT EXECUTE ON FUNCTION caseflow_may_read_record(text, text) TO {quoted}")


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS record_writes")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS caseflow_may_read_record(text, text)")
    op.drop_index("ix_audit_log_record", table_name="audit_log")
    for table in reversed(_VERSIONED):
        op.drop_column(table, "version")
