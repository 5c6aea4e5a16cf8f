"""Row-level security on PostgreSQL: the server itself decides which rows a user reaches.

The same role table as ``services.case_access``, expressed on the server for
the user who logged in (``session_user``: each Caseflow user is their own
login role, so no ``SET`` can make them someone else). Who a login is, and
in which role, comes from the ``users`` table, which only administrators
change. What each role may do at all (which tables and columns, reading or
writing) is granted to the group roles ``caseflow server init`` makes
(``storage/server_setup.py``); these policies narrow it to rows:

- the **case file** (journal, consents, assessments, plans, follow-ups …)
  of a case: its assigned staff, and social workers for every case of the
  unit that is not a protected identity;
- **case rows** in lists: the case file's readers; managers every case (their
  grants leave out names, personnummer and free text); field assistants also
  the cases on the agenda of meetings they organise or are invited to;
- **people**: those of the cases listed, except a protected identity, which
  only assigned staff see (managers see no names at all: grants);
- **meetings**: social workers the unit's; others those they organise, are
  invited to, or that concern a case assigned to them; minutes items only
  for the cases one reads, or every item of a meeting one organises or is
  invited to (they write the minutes);
- **drafts**: their author alone; the **audit log**: managers and
  administrators read it all, others their own entries; everyone appends.

The policies ask set-returning functions (``id IN (SELECT …)``, evaluated
once per query, not once per row) that run as the schema's owner, with a
fixed search path, so that they see the rows they decide about; who one is
is asked once per query too (``(SELECT caseflow_me())``, an init plan).

Nothing changes on SQLite.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-25 18:40:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# PL/pgSQL rather than SQL: it keeps each query's plan for the session, where a
# SQL function with these settings is planned again on every call (measured:
# most of the 4-7 ms each statement on a policy table cost).
_DEFINER = "LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp"


def _body(signature: str, query: str) -> str:
    if "SETOF" in signature:
        return f"BEGIN RETURN QUERY {query.strip()}; END"
    return f"BEGIN RETURN ({query.strip()}); END"


# Each function returns a small set: what is assigned to the user, what is
# hidden from them, their own meetings. "Every case but the hidden ones" is said
# with NOT IN, never by listing every case: policies that enumerated the
# readable cases cost 4-7 ms a statement at 1,000 cases and grew with the unit.
_FUNCTIONS = {
    "caseflow_me() RETURNS integer": """
SELECT id FROM users WHERE username = session_user AND is_active
""",
    "caseflow_my_role() RETURNS text": """
SELECT role FROM users WHERE username = session_user AND is_active
""",
    "caseflow_assigned_cases() RETURNS SETOF integer": """
SELECT id FROM cases WHERE responsible_user_id = (SELECT caseflow_me())
UNION
SELECT case_id FROM case_staff WHERE user_id = (SELECT caseflow_me())
""",
    "caseflow_assigned_persons() RETURNS SETOF integer": """
SELECT person_id FROM cases WHERE id IN (SELECT caseflow_assigned_cases())
""",
    "caseflow_hidden_persons() RETURNS SETOF integer": """
SELECT id FROM persons WHERE protected_identity
EXCEPT
SELECT caseflow_assigned_persons()
""",
    "caseflow_hidden_cases() RETURNS SETOF integer": """
SELECT id FROM cases WHERE person_id IN (SELECT caseflow_hidden_persons())
""",
    "caseflow_own_meetings() RETURNS SETOF integer": """
SELECT id FROM meetings WHERE organiser_id = (SELECT caseflow_me())
UNION
SELECT meeting_id FROM meeting_participants WHERE user_id = (SELECT caseflow_me())
""",
    "caseflow_assigned_meetings() RETURNS SETOF integer": """
SELECT meeting_id FROM meeting_cases WHERE case_id IN (SELECT caseflow_assigned_cases())
""",
    "caseflow_own_meeting_cases() RETURNS SETOF integer": """
SELECT case_id FROM meeting_cases WHERE meeting_id IN (SELECT caseflow_own_meetings())
""",
    "caseflow_own_meeting_persons() RETURNS SETOF integer": """
SELECT person_id FROM cases WHERE id IN (SELECT caseflow_own_meeting_cases())
""",
}

ME = "(SELECT caseflow_me())"
ROLE = "(SELECT caseflow_my_role())"
_SOCIAL_WORKER = f"{ROLE} = 'social_worker'"
_CASE_WORKERS = f"{ROLE} IN ('social_worker', 'field_assistant')"


def _readable(column: str) -> str:
    """The case file of the case in ``column``: assigned staff, and social workers
    for every case that is not a protected identity hidden from them."""
    return (
        f"(({_SOCIAL_WORKER} AND {column} NOT IN (SELECT caseflow_hidden_cases()))"
        f" OR {column} IN (SELECT caseflow_assigned_cases()))"
    )


def _listed(column: str) -> str:
    """A case row in lists: the case file's readers, managers, and field assistants
    for the cases on the agenda of their own meetings."""
    return (
        f"({ROLE} = 'manager' OR {_readable(column)} OR ({ROLE} = 'field_assistant'"
        f" AND {column} IN (SELECT caseflow_own_meeting_cases())))"
    )


def _visible_meeting(column: str) -> str:
    return (
        f"({_SOCIAL_WORKER} OR {column} IN (SELECT caseflow_own_meetings())"
        f" OR {column} IN (SELECT caseflow_assigned_meetings()))"
    )


_READABLE = _readable("case_id")
_SOCIAL_WORKER_WRITES = f"{_SOCIAL_WORKER} AND {_READABLE}"
_CASE_WORKERS_WRITE = f"{_CASE_WORKERS} AND {_READABLE}"
_PERSONS = (
    f"({ROLE} = 'manager' OR id IN (SELECT caseflow_assigned_persons())"
    f" OR (id NOT IN (SELECT caseflow_hidden_persons()) AND ({_SOCIAL_WORKER}"
    f" OR ({ROLE} = 'field_assistant' AND id IN (SELECT caseflow_own_meeting_persons())))))"
)
_GUARDIANS = (
    f"(({_SOCIAL_WORKER} AND person_id NOT IN (SELECT caseflow_hidden_persons()))"
    " OR person_id IN (SELECT caseflow_assigned_persons()))"
)

# table -> (which rows one reads, which rows one writes: None for a child
# table, whose rows one writes under a parent one may read). The grants of
# server_setup decide which roles write a table at all.
_POLICIES: dict[str, tuple[str, str | None]] = {
    "cases": (
        _listed("id"),
        f"{_SOCIAL_WORKER} AND ({_readable('id')} OR responsible_user_id = {ME})",
    ),
    "persons": (_PERSONS, _SOCIAL_WORKER),
    "guardians": (_GUARDIANS, _SOCIAL_WORKER),
    "case_staff": (_READABLE, _SOCIAL_WORKER_WRITES),
    "case_agencies": (_READABLE, _SOCIAL_WORKER_WRITES),
    "case_status_changes": (_READABLE, _SOCIAL_WORKER_WRITES),
    "assessments": (_READABLE, _SOCIAL_WORKER_WRITES),
    "goals": (_READABLE, _SOCIAL_WORKER_WRITES),
    "activities": (_READABLE, _CASE_WORKERS_WRITE),
    "journal_entries": (_READABLE, _CASE_WORKERS_WRITE),
    "consent_records": (_READABLE, _SOCIAL_WORKER_WRITES),
    "consent_withdrawals": (_READABLE, _SOCIAL_WORKER_WRITES),
    "recorded_legal_grounds": (_READABLE, _SOCIAL_WORKER_WRITES),
    "disclosures": (_READABLE, _CASE_WORKERS_WRITE),
    "follow_ups": (_READABLE, _SOCIAL_WORKER_WRITES),
    "meeting_attendance": (_READABLE, _CASE_WORKERS_WRITE),
    "assessment_factors": ("assessment_id IN (SELECT id FROM assessments)", None),
    "consent_parties": ("record_id IN (SELECT id FROM consent_records)", None),
    "consent_attachments": ("record_id IN (SELECT id FROM consent_records)", None),
    "withdrawal_parties": ("withdrawal_id IN (SELECT id FROM consent_withdrawals)", None),
    "goal_status_records": ("goal_id IN (SELECT id FROM goals)", None),
    "meetings": (
        _visible_meeting("id"),
        f"{_CASE_WORKERS} AND ({_visible_meeting('id')} OR organiser_id = {ME})",
    ),
    "meeting_cases": (_visible_meeting("meeting_id"), None),
    "meeting_participants": (_visible_meeting("meeting_id"), None),
    "minutes_items": (
        f"{_visible_meeting('meeting_id')} AND ("
        f"{_READABLE} OR meeting_id IN (SELECT caseflow_own_meetings()))",
        f"{_CASE_WORKERS} AND {_visible_meeting('meeting_id')}",
    ),
    "drafts": (f"user_id = {ME}", f"user_id = {ME}"),
    "audit_log": (f"{ROLE} IN ('manager', 'administrator') OR user_id = {ME}", "true"),
}


# Retention: a manager decides that a case (and a person left without cases)
# is deleted; what hangs on them goes by the foreign keys' cascades.
_RETENTION = {"cases": f"{ROLE} = 'manager'", "persons": f"{ROLE} = 'manager'"}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for signature, body in _FUNCTIONS.items():
        op.execute(f"CREATE FUNCTION {signature} {_DEFINER} AS $${_body(signature, body)}$$")
    for table, (reading, writing) in _POLICIES.items():
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"CREATE POLICY {table}_read ON {table} FOR SELECT USING ({reading})")
        if writing is None:
            writing = reading  # a child row: written under a parent one may write
        if table == "audit_log":
            op.execute(f"CREATE POLICY {table}_append ON {table} FOR INSERT WITH CHECK (true)")
            continue
        op.execute(f"CREATE POLICY {table}_insert ON {table} FOR INSERT WITH CHECK ({writing})")
        op.execute(
            f"CREATE POLICY {table}_update ON {table} FOR UPDATE "
            f"USING ({reading}) WITH CHECK ({writing})"
        )
        op.execute(f"CREATE POLICY {table}_delete ON {table} FOR DELETE USING ({writing})")
    for table, who in _RETENTION.items():
        op.execute(f"CREATE POLICY {table}_retention ON {table} FOR DELETE USING ({who})")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in _POLICIES:
        for suffix in ("read", "insert", "update", "delete", "append", "retention"):
            op.execute(f"DROP POLICY IF EXISTS {table}_{suffix} ON {table}")
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    for signature in reversed(list(_FUNCTIONS)):
        op.execute(f"DROP FUNCTION IF EXISTS {signature.split(' RETURNS')[0]}")
