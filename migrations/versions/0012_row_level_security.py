"""Row-level security on PostgreSQL: the server itself decides which rows a user reaches.

The same role table as ``services.case_access``, expressed on the server for
the user who logged in (``session_user``: each Caseflow user is their own
login role, so no ``SET`` can make them someone else). Who a login is comes
from the ``users`` table, which only administrators change (and then not a
user's name or role: ``storage/server_setup.py``); the role counts only
while the login is a member of that role's group. What each role may do at
all (which tables and columns, reading or writing) is granted to the group
roles ``caseflow server init`` makes; these policies narrow it to rows:

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
- **statistics**: managers read every row of the tables the yearly
  statistics count, in the few columns their grants allow (dates, statuses,
  programme codes, which party a consent names; never a name or a text);
- **drafts**: their author alone; the **audit log**: managers and
  administrators read it all, others their own entries; everyone appends.

How a policy asks, and why so. A statement that touches a few rows must
cost a few index probes whatever the size of the unit, and a statement over
many rows must not cost a probe per row more than it has to. So a policy
asks two kinds of question, and nothing else:

- of the user's own small sets (their staff rows, cases, people,
  invitations): ``case_id IN (SELECT caseflow_my_cases())``. PL/pgSQL set
  functions that run as the schema's owner, read through indexes on the
  user's id, once per statement and only when a row gets that far; the
  planner takes them as they come, where views would be planned anew
  inside every policy of every statement (0.3 ms a view, measured);
- of what the unit has many of, by primary key, about the row at hand:
  ``EXISTS (SELECT 1 FROM caseflow_open_cases v WHERE v.case_id =
  journal_entries.case_id OFFSET 0)``. The ``caseflow_*`` views run with
  their owner's rights too (so they see the rows they decide about), answer
  for the user who logged in, and show them only rows they may know of
  anyway: ``open`` answers social workers alone, who read everyone but a
  protected identity. ``OFFSET 0`` keeps a probe a probe: the planner
  prices a probe it may instead hash as if it ran for every row, and then
  chose to scan every case and sort them for a page of the case list.
  Only the case-file probe may be hashed, for searches over every entry.

Who one is and in which role is asked once per statement (``(SELECT
caseflow_me())``, an init plan). Measured as a social worker at 1,000 cases
(against policies that worked out whole sets for every statement): a case
row 0.35 ms (1.3 ms), one journal entry 0.3 ms (1.3 ms), a case's consent
parties 0.6 ms (4 ms), the first 200 of the case list 2.9 ms (6.1 ms); at
20,000 cases such statements 0.6-0.8 ms (6-11 ms) and the list 5 ms
(40-75 ms). A definer function asked per row (``caseflow_may_read_case``)
cost 0.5-1.8 s to count the journal. ``caseflow server init`` also turns
JIT compilation off for the database (the planner's price for the probes
set it off: 0.5 s for a plain count) and tells the planner that pages are
in memory (``random_page_cost``), so that it walks an index and probes by
key rather than scan and sort every case for a page of 200
(``benchmarks/server_results.md``).

Nothing changes on SQLite.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-25 18:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from caseflow.storage.server_setup import connect_group

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# PL/pgSQL rather than SQL: it keeps each query's plan for the session, where a
# SQL function with these settings is planned again on every call.
_DEFINER = "LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp"

ME = "(SELECT caseflow_me())"
ROLE = "(SELECT caseflow_my_role())"
_MANAGER = f"{ROLE} = 'manager'"
_SOCIAL_WORKER = f"{ROLE} = 'social_worker'"
_FIELD_ASSISTANT = f"{ROLE} = 'field_assistant'"
_CASE_WORKERS = f"{ROLE} IN ('social_worker', 'field_assistant')"

# Who one is, and in which role: a users row names the role, and the login must
# be a member of that role's group (which only IT changes), so that editing the
# users table cannot make anyone a manager. The groups are named as the schema's
# owner is (``DB_owner``, ``DB_manager``: server_setup), and the owner runs
# these functions (``current_user`` in them): a database copied from another
# keeps the roles it was made with.
_GROUP = "regexp_replace(current_user, '_owner$', '') || '_' || u.role"
_WHO = {
    "caseflow_me() RETURNS integer": """
SELECT id FROM users WHERE username = session_user AND is_active
""",
    "caseflow_my_role() RETURNS text": """
SELECT u.role FROM users u
WHERE u.username = session_user AND u.is_active
  AND CASE WHEN to_regrole(quote_ident($group)) IS NULL THEN false
      ELSE pg_has_role(session_user, to_regrole(quote_ident($group)), 'MEMBER') END
""",
}

# The user's own small sets: what they are assigned to and invited to.
_SETS = {
    "caseflow_my_staff_rows() RETURNS SETOF integer": """
SELECT case_id FROM case_staff WHERE user_id = $me
""",
    "caseflow_my_cases() RETURNS SETOF integer": """
SELECT id FROM cases WHERE responsible_user_id = $me
UNION ALL
SELECT case_id FROM case_staff WHERE user_id = $me
""",
    "caseflow_my_persons() RETURNS SETOF integer": """
SELECT person_id FROM cases WHERE responsible_user_id = $me
UNION ALL
SELECT c.person_id FROM case_staff s JOIN cases c ON c.id = s.case_id WHERE s.user_id = $me
""",
    # Every case of the people in one's own cases: protected identity or not, a
    # social worker reads them all (no one else is told of the others).
    "caseflow_my_persons_cases() RETURNS SETOF integer": """
SELECT id FROM cases
WHERE (SELECT caseflow_my_role()) = 'social_worker' AND person_id IN (SELECT caseflow_my_persons())
""",
    "caseflow_my_invitations() RETURNS SETOF integer": """
SELECT meeting_id FROM meeting_participants WHERE user_id = $me
""",
    # Meetings about one's own cases.
    "caseflow_assigned_meetings() RETURNS SETOF integer": """
SELECT meeting_id FROM meeting_cases WHERE case_id IN (SELECT caseflow_my_cases())
""",
}

# Statistics: the sex digit of a personnummer (sex where none is registered), for
# the people the caller reads: managers read the sex, never the number.
_SEX_DIGIT = (
    "caseflow_sex_digit(person integer) RETURNS text",
    "SELECT substr(personnummer, 11, 1) FROM persons WHERE persons.id = person AND $persons",
)

# Probes by primary key for what the unit has many of. security_barrier: a
# user's own conditions on a view run after its filter, so they cannot peek
# at the rows it leaves out.
_VIEWS = {
    "caseflow_open_persons": """
SELECT p.id AS person_id FROM persons p WHERE $social_worker AND NOT p.protected_identity
""",
    "caseflow_open_cases": """
SELECT c.id AS case_id FROM cases c JOIN persons p ON p.id = c.person_id
WHERE $social_worker AND NOT p.protected_identity
""",
    # Which people have a case (ids only): a person registered a moment before
    # their first case is opened is the registering social workers' to read.
    "caseflow_persons_with_cases": """
SELECT c.person_id FROM cases c WHERE $social_worker
""",
    "caseflow_organised_meetings": """
SELECT m.id AS meeting_id FROM meetings m WHERE m.organiser_id = $me
""",
    # Field assistants: the cases on the agenda of meetings they organise or are
    # invited to, and their people.
    "caseflow_own_meeting_cases": """
SELECT mc.case_id FROM meeting_cases mc JOIN meetings m ON m.id = mc.meeting_id
WHERE $field_assistant
  AND (m.organiser_id = $me OR mc.meeting_id IN (SELECT caseflow_my_invitations()))
""",
    "caseflow_own_meeting_persons": """
SELECT c.person_id FROM cases c
JOIN meeting_cases mc ON mc.case_id = c.id JOIN meetings m ON m.id = mc.meeting_id
WHERE $field_assistant
  AND (m.organiser_id = $me OR mc.meeting_id IN (SELECT caseflow_my_invitations()))
""",
}


def _sql(text: str) -> str:
    """``text`` with who one is and one's role filled in."""
    for token, value in (
        ("$me", ME),
        ("$social_worker", _SOCIAL_WORKER),
        ("$field_assistant", _FIELD_ASSISTANT),
        ("$group", _GROUP),
    ):
        text = text.replace(token, value)
    return " ".join(text.split())


def _probe(view: str, column: str, value: str, hashable: bool = False) -> str:
    """Whether ``view`` holds ``value``: an index probe for each row asked about
    (or, where ``hashable``, one hash of the view for a statement over many)."""
    offset = "" if hashable else " OFFSET 0"
    return f"EXISTS (SELECT 1 FROM {view} v WHERE v.{column} = {value}{offset})"  # noqa: S608


def _among(value: str, function: str) -> str:
    """Whether ``value`` is in one of the user's own sets (hashed once per statement)."""
    return f"{value} IN (SELECT {function}())"


def _readable(column: str) -> str:
    """The case file of the case in ``column``: assigned staff, and social workers
    for every case that is not a protected identity hidden from them."""
    return (
        f"(({_SOCIAL_WORKER} AND ({_probe('caseflow_open_cases', 'case_id', column, True)}"
        f" OR {_among(column, 'caseflow_my_persons_cases')}))"
        f" OR {_among(column, 'caseflow_my_cases')})"
    )


def _own_meeting(column: str) -> str:
    """A meeting one is invited to or organises."""
    return (
        f"({_among(column, 'caseflow_my_invitations')}"
        f" OR {_probe('caseflow_organised_meetings', 'meeting_id', column)})"
    )


def _visible_meeting(column: str) -> str:
    """Social workers every meeting; others their own and those about their cases."""
    return (
        f"({_SOCIAL_WORKER} OR {_own_meeting(column)}"
        f" OR {_among(column, 'caseflow_assigned_meetings')})"
    )


# The case file's readers, asked of a case row itself.
_CASE_ROW_READABLE = (
    f"cases.responsible_user_id = {ME}"
    f" OR {_among('cases.id', 'caseflow_my_staff_rows')}"
    f" OR ({_SOCIAL_WORKER} AND ({_probe('caseflow_open_persons', 'person_id', 'cases.person_id')}"
    f" OR {_among('cases.person_id', 'caseflow_my_persons')}))"
)
# A case row in lists: managers, the case file's readers, and field assistants
# for the cases on the agenda of their own meetings.
_CASES = (
    f"({_MANAGER} OR {_CASE_ROW_READABLE}"
    f" OR ({_FIELD_ASSISTANT} AND {_probe('caseflow_own_meeting_cases', 'case_id', 'cases.id')}))"
)
# Social workers delete the case rows whose file they read.
_CASES_WRITE = f"{_SOCIAL_WORKER} AND ({_CASE_ROW_READABLE})"
# People of the cases listed, but a protected identity only for the staff of one
# of its cases (or, before it has any, the social workers registering it);
# managers every row (their grants leave out who it is).
_WITHOUT_CASE = "NOT " + _probe("caseflow_persons_with_cases", "person_id", "{}")
_PERSONS = (
    f"({_MANAGER} OR ({_SOCIAL_WORKER} AND NOT persons.protected_identity)"
    f" OR ({_SOCIAL_WORKER} AND {_WITHOUT_CASE.format('persons.id')})"
    f" OR {_among('persons.id', 'caseflow_my_persons')}"
    f" OR ({_FIELD_ASSISTANT} AND NOT persons.protected_identity"
    f" AND {_probe('caseflow_own_meeting_persons', 'person_id', 'persons.id')}))"
)
# The guardians of the people whose case file one reads.
_GUARDIANS = (
    f"(({_SOCIAL_WORKER} AND {_probe('caseflow_open_persons', 'person_id', 'guardians.person_id')})"
    f" OR ({_SOCIAL_WORKER} AND {_WITHOUT_CASE.format('guardians.person_id')})"
    f" OR {_among('guardians.person_id', 'caseflow_my_persons')})"
)


def _case_file(table: str, writers: str) -> tuple[str, str]:
    readable = _readable(f"{table}.case_id")
    return readable, f"{writers} AND {readable}"


def _under(table: str, column: str, parent: str) -> tuple[str, None]:
    """A child row: read and written under a parent row one may read (its policies)."""
    return f"EXISTS (SELECT 1 FROM {parent} p WHERE p.id = {table}.{column} OFFSET 0)", None  # noqa: S608


# table -> (which rows one reads, which rows one writes: None for a child
# table, whose rows one writes under a parent one may read). The grants of
# server_setup decide which roles write a table at all.
_POLICIES: dict[str, tuple[str, str | None]] = {
    "cases": (_CASES, _CASES_WRITE),
    "persons": (_PERSONS, _SOCIAL_WORKER),
    "guardians": (_GUARDIANS, _SOCIAL_WORKER),
    "case_staff": _case_file("case_staff", _SOCIAL_WORKER),
    "case_agencies": _case_file("case_agencies", _SOCIAL_WORKER),
    "case_status_changes": _case_file("case_status_changes", _SOCIAL_WORKER),
    "assessments": _case_file("assessments", _SOCIAL_WORKER),
    "goals": _case_file("goals", _SOCIAL_WORKER),
    "activities": _case_file("activities", _CASE_WORKERS),
    "journal_entries": _case_file("journal_entries", _CASE_WORKERS),
    "consent_records": _case_file("consent_records", _SOCIAL_WORKER),
    "consent_withdrawals": _case_file("consent_withdrawals", _SOCIAL_WORKER),
    "recorded_legal_grounds": _case_file("recorded_legal_grounds", _SOCIAL_WORKER),
    "disclosures": _case_file("disclosures", _CASE_WORKERS),
    "follow_ups": _case_file("follow_ups", _SOCIAL_WORKER),
    "meeting_attendance": _case_file("meeting_attendance", _CASE_WORKERS),
    "assessment_factors": _under("assessment_factors", "assessment_id", "assessments"),
    "consent_parties": _under("consent_parties", "record_id", "consent_records"),
    "consent_attachments": _under("consent_attachments", "record_id", "consent_records"),
    "withdrawal_parties": _under("withdrawal_parties", "withdrawal_id", "consent_withdrawals"),
    "goal_status_records": _under("goal_status_records", "goal_id", "goals"),
    "meetings": (
        # The organiser's own column too: a meeting just booked is not yet among
        # the organiser's meetings, and the booking reads it back (RETURNING).
        f"(meetings.organiser_id = {ME} OR {_visible_meeting('meetings.id')})",
        f"{_CASE_WORKERS} AND ({_visible_meeting('meetings.id')} OR meetings.organiser_id = {ME})",
    ),
    "meeting_cases": (_visible_meeting("meeting_cases.meeting_id"), None),
    "meeting_participants": (_visible_meeting("meeting_participants.meeting_id"), None),
    "minutes_items": (
        f"{_visible_meeting('minutes_items.meeting_id')} AND ("
        f"{_readable('minutes_items.case_id')} OR {_own_meeting('minutes_items.meeting_id')})",
        f"{_CASE_WORKERS} AND {_visible_meeting('minutes_items.meeting_id')}",
    ),
    "drafts": (f"user_id = {ME}", f"user_id = {ME}"),
    "audit_log": (f"{ROLE} IN ('manager', 'administrator') OR user_id = {ME}", "true"),
}

# The tables the yearly statistics count (services.statistics_counts and the
# consent coverage) and retention dates a case by: managers read all their
# rows, in the columns granted (no text).
STATISTICS_TABLES = (
    "journal_entries",
    "recorded_legal_grounds",
    "case_status_changes",
    "follow_ups",
    "activities",
    "meetings",
    "meeting_cases",
    "minutes_items",
    "guardians",
    "consent_records",
    "consent_parties",
    "consent_withdrawals",
    "withdrawal_parties",
)

# What a new or changed row must be where it is not what one writes (above).
# A social worker opens a case for anyone and changes any case row they read
# (the update's USING): once a case file is theirs to read, so is its row.
_CHECKS = {"cases": _SOCIAL_WORKER}

# Retention: a manager decides that a case (and a person left without cases)
# is deleted; what hangs on them goes by the foreign keys' cascades.
_RETENTION = {"cases": _MANAGER, "persons": _MANAGER}


def _function(signature: str, query: str) -> str:
    if "SETOF" in signature:
        # A caseload, not a unit: the planner's guess of 1,000 rows made every
        # policy with a set look costly to start, and steered joins away from
        # probing by primary key.
        body, rows = f"BEGIN RETURN QUERY {query.strip()}; END", " ROWS 50"
    else:
        body, rows = f"BEGIN RETURN ({query.strip()}); END", ""
    return f"CREATE FUNCTION {signature} {_DEFINER}{rows} AS $${body}$$"


def _functions() -> dict[str, str]:
    sex_digit, query = _SEX_DIGIT
    functions = {signature: _sql(query) for signature, query in {**_WHO, **_SETS}.items()}
    return {**functions, sex_digit: query.replace("$persons", _PERSONS)}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for signature, query in _functions().items():
        op.execute(_function(signature, query))
    for name, query in _VIEWS.items():
        op.execute(f"CREATE VIEW {name} WITH (security_barrier) AS {_sql(query)}")
    for table, (reading, writing) in _POLICIES.items():
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"CREATE POLICY {table}_read ON {table} FOR SELECT USING ({reading})")
        if writing is None:
            writing = reading  # a child row: written under a parent one may write
        if table == "audit_log":
            op.execute(f"CREATE POLICY {table}_append ON {table} FOR INSERT WITH CHECK (true)")
            continue
        check = _CHECKS.get(table, writing)
        op.execute(f"CREATE POLICY {table}_insert ON {table} FOR INSERT WITH CHECK ({check})")
        op.execute(
            f"CREATE POLICY {table}_update ON {table} FOR UPDATE "
            f"USING ({reading}) WITH CHECK ({check})"
        )
        op.execute(f"CREATE POLICY {table}_delete ON {table} FOR DELETE USING ({writing})")
    for table in STATISTICS_TABLES:
        op.execute(f"CREATE POLICY {table}_statistics ON {table} FOR SELECT USING ({_MANAGER})")
    for table, who in _RETENTION.items():
        op.execute(f"CREATE POLICY {table}_retention ON {table} FOR DELETE USING ({who})")
    _grant_to_users()


def _grant_to_users() -> None:
    """The policies call the functions and read the views as the user: every Caseflow
    user may (``caseflow server init`` grants the same, for a database built anew).

    ``caseflow server init`` makes the group before it builds the schema; a
    database migrated without it (tests) has no users to grant to.
    """
    bind = op.get_bind()
    database = bind.execute(sa.text("SELECT current_database()")).scalar_one()
    group = connect_group(str(database))
    if bind.execute(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :g"), {"g": group}).first():
        quoted = bind.dialect.identifier_preparer.quote(group)
        op.execute(f"GRANT SELECT ON {', '.join(_VIEWS)} TO {quoted}")
        functions = ", ".join(signature.split(" RETURNS")[0] for signature in _functions())
        op.execute(f"GRANT EXECUTE ON FUNCTION {functions} TO {quoted}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in _POLICIES:
        for suffix in ("read", "insert", "update", "delete", "append", "retention", "statistics"):
            op.execute(f"DROP POLICY IF EXISTS {table}_{suffix} ON {table}")
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    for name in reversed(list(_VIEWS)):
        op.execute(f"DROP VIEW IF EXISTS {name}")
    for signature in reversed(list(_functions())):
        op.execute(f"DROP FUNCTION IF EXISTS {signature.split(' RETURNS')[0]}")
