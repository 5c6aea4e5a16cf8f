"""Retention forgets every user's drafts of a deleted case on PostgreSQL too.

Drafts are each user's own under row-level security (0012), so the manager
deleting a case could not remove a colleague's unsaved text about it. This
definer function does, for a manager, and only once the case is gone: it
cannot be used to remove drafts of a case that still exists.

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-25 21:55:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FUNCTION = """
CREATE FUNCTION caseflow_forget_case_drafts(gone integer) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF (SELECT caseflow_my_role()) IS DISTINCT FROM 'manager' THEN
        RAISE EXCEPTION 'only a manager deletes by retention'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF EXISTS (SELECT 1 FROM cases WHERE id = gone) THEN
        RAISE EXCEPTION 'the case has not been deleted'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    DELETE FROM drafts WHERE editor_key LIKE '%case:' || gone || ':%';
END
$$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(_FUNCTION)
    # Executable by the users' group as every Caseflow function is (server_setup
    # grants them after the migrations); the function checks the role itself.
    op.execute("REVOKE EXECUTE ON FUNCTION caseflow_forget_case_drafts(integer) FROM PUBLIC")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS caseflow_forget_case_drafts(integer)")
