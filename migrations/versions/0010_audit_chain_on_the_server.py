"""The audit chain on PostgreSQL: the server seals every entry and refuses changes.

On a shared server several people write at once, and anyone may connect
with another client using their own credentials. So the server, not the
client, decides what an entry says about who and when, links it to the one
before and computes its hash; a transaction-scoped advisory lock lets one
writer at a time take the chain's end, so two writers never fork it. The
hash is SHA-256 over the same canonical JSON as ``AuditEntry.content`` (keys
sorted, no spaces, non-ASCII as is), so the app's own check
(``domain.audit.first_broken``) verifies a server's chain as it does a
file's. Changes and removals are refused by triggers, TRUNCATE too,
whoever asks.

Nothing changes on SQLite (the app seals entries there; 0006 refuses changes).

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-25 18:10:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_POSTGRESQL = [
    # The canonical bytes, as domain.audit.AuditEntry.content writes them.
    """
CREATE FUNCTION caseflow_audit_content(e audit_log) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT '{"action":' || to_json(e.action)::text
    || ',"at":' || to_json(
        to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') || '+00:00')::text
    || ',"case_id":' || coalesce(e.case_id::text, 'null')
    || ',"case_number":' || to_json(e.case_number)::text
    || ',"detail":' || to_json(e.detail)::text
    || ',"id":' || e.id::text
    || ',"prev_hash":' || to_json(e.prev_hash)::text
    || ',"reason":' || to_json(e.reason)::text
    || ',"record_id":' || to_json(e.record_id)::text
    || ',"record_type":' || to_json(e.record_type)::text
    || ',"user_id":' || coalesce(e.user_id::text, 'null')
    || ',"username":' || to_json(e.username)::text
    || '}'
$$
""",
    # Runs as the schema's owner (it reads the chain's end and the users whoever
    # writes), with a fixed search path so that no one can slip in a function.
    # The advisory lock's key is any constant (advisory locks are per database);
    # the first entry links to the genesis value, 64 zeros (domain.audit.GENESIS).
    """
CREATE FUNCTION caseflow_audit_seal() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    last_id integer;
    last_hash varchar(64);
BEGIN
    PERFORM pg_advisory_xact_lock(7143202611);
    SELECT id, hash INTO last_id, last_hash FROM audit_log ORDER BY id DESC LIMIT 1;
    NEW.id := coalesce(last_id, 0) + 1;
    NEW.prev_hash := coalesce(last_hash, repeat('0', 64));
    NEW.at := clock_timestamp();
    NEW.username := session_user;
    NEW.user_id := (SELECT id FROM users WHERE username = session_user);
    NEW.hash := encode(sha256(convert_to(caseflow_audit_content(NEW), 'UTF8')), 'hex');
    RETURN NEW;
END
$$
""",
    """
CREATE FUNCTION caseflow_audit_refuse() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$
""",
    """
CREATE TRIGGER audit_log_seal BEFORE INSERT ON audit_log
FOR EACH ROW EXECUTE FUNCTION caseflow_audit_seal()
""",
    """
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION caseflow_audit_refuse()
""",
    """
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
FOR EACH STATEMENT EXECUTE FUNCTION caseflow_audit_refuse()
""",
]


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in _POSTGRESQL:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log")
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_change ON audit_log")
        op.execute("DROP TRIGGER IF EXISTS audit_log_seal ON audit_log")
        op.execute("DROP FUNCTION IF EXISTS caseflow_audit_refuse()")
        op.execute("DROP FUNCTION IF EXISTS caseflow_audit_seal()")
        op.execute("DROP FUNCTION IF EXISTS caseflow_audit_content(audit_log)")
