"""Prepare a server database for team mode: roles, schema, grants, logins.

Every Caseflow database on a server has its own roles, named after it:

- ``DB_owner`` (no login) owns the schema, the tables and the policies'
  functions; nobody logs in as it, so nobody bypasses row-level security;
- ``DB_users`` (no login) may connect and holds what every user may do;
- ``DB_administrator``, ``DB_manager``, ``DB_social_worker`` and
  ``DB_field_assistant`` (no login) hold each Caseflow role's grants;
- each user is a login role with a SCRAM-SHA-256 password, member of one
  role group (and so of ``DB_users``), and has a row in ``users``.

Grants say which tables and columns a role may read or write at all; the
policies of migration 0012 narrow that to rows. PUBLIC gets nothing: not
the database, not the schema, not the functions.

Passwords go to the server only as SCRAM verifiers made by libpq on this
side (``PQencryptPasswordConn``): the password itself never reaches the
server, its logs or its statistics.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

from caseflow.domain.accounts import Role, normalise_username
from caseflow.domain.errors import InvalidInput
from caseflow.domain.text import QT_TRANSLATE_NOOP
from caseflow.storage import migrate

_CONNECT_GROUP = "users"
_OWNER = "owner"

# Tables without personal data that every user reads.
_COMMON_READ = (
    "alembic_version",  # the schema's version: the app checks it at sign-in
    "users",
    "settings",
    "database_info",
    "case_counters",
    "retained_case_counts",
    "record_writes",  # who last wrote a record (0014): its rows pass the records' own policies
)

# The case file and the meetings: read by the case workers, narrowed by the policies.
CASE_TABLES = (
    "persons",
    "guardians",
    "cases",
    "case_staff",
    "case_agencies",
    "case_status_changes",
    "assessments",
    "assessment_factors",
    "goals",
    "goal_status_records",
    "activities",
    "journal_entries",
    "consent_records",
    "consent_parties",
    "consent_attachments",
    "consent_withdrawals",
    "withdrawal_parties",
    "recorded_legal_grounds",
    "disclosures",
    "follow_ups",
    "meetings",
    "meeting_cases",
    "meeting_participants",
    "meeting_attendance",
    "minutes_items",
)

# What field assistants write: the journal, agreed actions and the meetings they run.
_FIELD_ASSISTANT_WRITES = (
    "journal_entries",
    "activities",
    "disclosures",
    "meetings",
    "meeting_cases",
    "meeting_participants",
    "meeting_attendance",
    "minutes_items",
)

# Managers see cases as figures and lists: no names, personnummer or free text.
# The yearly statistics (services.statistics_counts and its consent coverage)
# read the other tables' columns below, and nothing else of them: dates,
# statuses, who consented by guardian id, which party (a school, the police)
# a consent names. Migration 0012 lets managers read every row of them.
_MANAGER_COLUMNS = {
    "cases": (
        "id",
        "case_number",
        "programme",
        "year",
        "serial",
        "person_id",
        "status",
        "referral_date",
        "referral_source",
        "responsible_user_id",
        "next_follow_up",
        "closed_on",
        "closing_reason",
        "version",
        "created_at",
        "updated_at",
    ),
    "persons": ("id", "birth_date", "sex", "protected_identity"),
    "case_status_changes": ("case_id", "to_status", "changed_on"),
    "follow_ups": ("id", "case_id", "held_on"),
    "activities": ("case_id", "status", "due_date"),
    "meetings": ("id", "starts_at", "cancelled", "minutes_status"),
    "meeting_cases": ("meeting_id", "case_id"),
    "minutes_items": ("meeting_id", "case_id", "number", "next_date", "written_on"),
    # Retention dates a case by its last entry and its legal grounds.
    "journal_entries": ("case_id", "entry_date"),
    "recorded_legal_grounds": ("case_id",),
    "guardians": ("id", "person_id", "has_custody", "no_information"),
    "consent_records": (
        "id",
        "case_id",
        "guardian_id",
        "given_on",
        "valid_until",
        "manner",
        "recorded_at",
    ),
    "consent_parties": ("record_id", "position", "agency", "name"),
    "consent_withdrawals": (
        "id",
        "case_id",
        "guardian_id",
        "withdrawn_on",
        "manner",
        "recorded_at",
    ),
    "withdrawal_parties": ("withdrawal_id", "position", "agency", "name"),
}

# What administrators change of a user: never the name a login is known by, nor
# the role, which the policies read (``caseflow server user`` is IT's for those).
_ADMINISTRATOR_USER_COLUMNS = ("display_name", "is_active", "must_change_passphrase")

# Settings of the database itself (``ALTER DATABASE … SET``), for every session:
# - the row-level security probes look costly to the planner, which then
#   compiled a plain count with JIT (0.5 s of a 9 ms statement);
# - the working set of a unit fits in the server's memory: index probes cost
#   about what a sequential read does, so that the planner walks an index and
#   probes a page of the case list by key instead of sorting every case
#   (measured at 20,000 cases: 3.5 ms against 40 ms).
_DATABASE_SETTINGS = {"jit": "off", "random_page_cost": "1.1"}


def group(database: str, role: Role) -> str:
    """The group role of a Caseflow role in ``database``."""
    return f"{database}_{role.value}"


def connect_group(database: str) -> str:
    return f"{database}_{_CONNECT_GROUP}"


def owner(database: str) -> str:
    return f"{database}_{_OWNER}"


def _ident(name: str) -> sql.Identifier:
    return sql.Identifier(name)


def _role_exists(connection: psycopg.Connection[tuple[object, ...]], name: str) -> bool:
    found = connection.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
    return found is not None


def _create_group(
    connection: psycopg.Connection[tuple[object, ...]], name: str, member_of: str | None = None
) -> None:
    if not _role_exists(connection, name):
        connection.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(_ident(name)))
    if member_of is not None:
        connection.execute(sql.SQL("GRANT {} TO {}").format(_ident(member_of), _ident(name)))


class DatabaseNotEmpty(InvalidInput):
    default_text = QT_TRANSLATE_NOOP(
        "Errors",
        "The server database already holds tables. Caseflow prepares only an empty "
        "database; nothing was changed.",
    )


AdminConnect = Callable[[], "psycopg.Connection[tuple[object, ...]]"]


def prepare(connect: AdminConnect, database: str) -> None:
    """Make the roles, the schema (owned by the owner role) and the grants of ``database``.

    ``connect`` opens an administrator's connection to the empty ``database``
    (a superuser, or a role with CREATEROLE that owns the database).
    """
    db_owner, everyone = owner(database), connect_group(database)
    with connect() as connection:
        connection.autocommit = True
        if connection.execute("SELECT 1 FROM pg_tables WHERE schemaname = 'public'").fetchone():
            raise DatabaseNotEmpty()
        _create_group(connection, db_owner)
        # An administrator who is not a superuser acts as the owner through membership.
        connection.execute(sql.SQL("GRANT {} TO CURRENT_USER").format(_ident(db_owner)))
        _create_group(connection, everyone)
        for role in Role:
            _create_group(connection, group(database, role), member_of=everyone)
        connection.execute(
            sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(_ident(database))
        )
        connection.execute(
            sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(_ident(database), _ident(everyone))
        )
        for setting, value in _DATABASE_SETTINGS.items():
            connection.execute(
                sql.SQL("ALTER DATABASE {} SET {} = {}").format(
                    _ident(database), _ident(setting), sql.Literal(value)
                )
            )
        connection.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC")
        connection.execute(sql.SQL("ALTER SCHEMA public OWNER TO {}").format(_ident(db_owner)))
        connection.execute(sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(_ident(everyone)))
        # Functions are executable by PUBLIC by default: not these.
        connection.execute(
            sql.SQL(
                "ALTER DEFAULT PRIVILEGES FOR ROLE {} REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC"
            ).format(_ident(db_owner))
        )
        # The owner role may not create extensions in the database; its
        # migrations find pg_trgm (search, migration 0013) already there.
        connection.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    _migrate_as_owner(connect, database)
    with connect() as connection:
        connection.autocommit = True
        _grant(connection, database)


def owner_engine(connect: AdminConnect, database: str) -> Engine:
    """An engine whose connections act as the database's owner role, in transactions.

    For what only the owner may do: build the schema (so that the owner owns
    it all) and copy a database in (with the owner's triggers aside).
    """
    role = owner(database)

    def connect_in_transactions() -> psycopg.Connection[tuple[object, ...]]:
        connection = connect()
        connection.autocommit = False
        return connection

    engine = create_engine(
        "postgresql+psycopg://", creator=connect_in_transactions, poolclass=NullPool
    )

    @event.listens_for(engine, "connect")
    def _as_owner(dbapi_connection: Any, _record: Any) -> None:
        with dbapi_connection.cursor() as cursor:
            cursor.execute(sql.SQL("SET ROLE {}").format(_ident(role)))
        dbapi_connection.commit()

    return engine


def _migrate_as_owner(connect: AdminConnect, database: str) -> None:
    """Build the schema in one transaction, as the owner role: it owns every table and function."""
    engine = owner_engine(connect, database)
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()


def _grant_on(
    connection: psycopg.Connection[tuple[object, ...]],
    privileges: str,
    tables: tuple[str, ...],
    grantee: str,
) -> None:
    connection.execute(
        sql.SQL("GRANT {} ON {} TO {}").format(
            sql.SQL(privileges),
            sql.SQL(", ").join(_ident(table) for table in tables),
            _ident(grantee),
        )
    )


def _grant(connection: psycopg.Connection[tuple[object, ...]], database: str) -> None:
    everyone = connect_group(database)
    social_worker = group(database, Role.SOCIAL_WORKER)
    field_assistant = group(database, Role.FIELD_ASSISTANT)
    manager = group(database, Role.MANAGER)
    administrator = group(database, Role.ADMINISTRATOR)

    connection.execute(
        sql.SQL("GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO {}").format(_ident(everyone))
    )
    connection.execute(
        sql.SQL("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {}").format(_ident(everyone))
    )
    _grant_on(connection, "SELECT", _COMMON_READ, everyone)
    _grant_on(connection, "SELECT, INSERT", ("audit_log",), everyone)
    _grant_on(connection, "SELECT, INSERT, UPDATE, DELETE", ("drafts",), everyone)

    _grant_on(connection, "SELECT, INSERT, UPDATE, DELETE", CASE_TABLES, social_worker)
    _grant_on(connection, "INSERT, UPDATE", ("case_counters",), social_worker)

    _grant_on(connection, "SELECT", CASE_TABLES, field_assistant)
    _grant_on(connection, "INSERT, UPDATE, DELETE", _FIELD_ASSISTANT_WRITES, field_assistant)

    for table, columns in _MANAGER_COLUMNS.items():
        _grant_columns(connection, "SELECT", table, columns, manager)
    _grant_on(connection, "DELETE", ("cases", "persons"), manager)  # retention
    _grant_on(connection, "INSERT, UPDATE", ("retained_case_counts",), manager)

    # Administrators read a case file only when assigned to it (the policies' rule).
    _grant_on(connection, "SELECT", CASE_TABLES, administrator)
    _grant_on(connection, "INSERT, UPDATE", ("settings",), administrator)
    _grant_on(connection, "INSERT", ("users",), administrator)
    _grant_columns(connection, "UPDATE", "users", _ADMINISTRATOR_USER_COLUMNS, administrator)


def _grant_columns(
    connection: psycopg.Connection[tuple[object, ...]],
    privilege: str,
    table: str,
    columns: tuple[str, ...],
    grantee: str,
) -> None:
    connection.execute(
        sql.SQL("GRANT {} ({}) ON {} TO {}").format(
            sql.SQL(privilege),
            sql.SQL(", ").join(_ident(column) for column in columns),
            _ident(table),
            _ident(grantee),
        )
    )


def create_login(
    connection: psycopg.Connection[tuple[object, ...]],
    database: str,
    username: str,
    role: Role,
    password: str | None,
) -> None:
    """The login role of a Caseflow user (whose ``users`` row exists or follows).

    Without a password the role cannot log in until ``set_password`` gives it one
    (users copied from a local database).
    """
    name = normalise_username(username)
    if password is None:
        statement = sql.SQL("CREATE ROLE {} NOLOGIN IN ROLE {}").format(
            _ident(name), _ident(group(database, role))
        )
    else:
        statement = sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
            _ident(name),
            sql.Literal(_verifier(connection, name, password)),
            _ident(group(database, role)),
        )
    connection.execute(statement)


def add_user_row(
    connection: psycopg.Connection[tuple[object, ...]],
    username: str,
    display_name: str,
    role: Role,
) -> None:
    """The ``users`` row that says who a login is, and in which role."""
    connection.execute(
        "INSERT INTO users (username, display_name, role, is_active, must_change_passphrase,"
        " created_at) VALUES (%s, %s, %s, true, false, now())",
        (normalise_username(username), display_name.strip(), role.value),
    )


class NoSuchUser(InvalidInput):
    default_text = QT_TRANSLATE_NOOP(
        "Errors", "There is no active Caseflow user by that name in this database."
    )


def set_password(
    connection: psycopg.Connection[tuple[object, ...]], username: str, password: str
) -> None:
    """A new password for an active user; it also lets in a user copied without one."""
    name = normalise_username(username)
    active = connection.execute(
        "SELECT 1 FROM users WHERE username = %s AND is_active", (name,)
    ).fetchone()
    if active is None:
        raise NoSuchUser()
    connection.execute(
        sql.SQL("ALTER ROLE {} LOGIN PASSWORD {}").format(
            _ident(name), sql.Literal(_verifier(connection, name, password))
        )
    )


def deactivate(connection: psycopg.Connection[tuple[object, ...]], username: str) -> None:
    """The login can no longer log in, its sessions end, and the users row says inactive."""
    name = normalise_username(username)
    if connection.execute("SELECT 1 FROM users WHERE username = %s", (name,)).fetchone() is None:
        raise NoSuchUser()
    connection.execute(sql.SQL("ALTER ROLE {} NOLOGIN").format(_ident(name)))
    connection.execute("UPDATE users SET is_active = false WHERE username = %s", (name,))
    connection.execute(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s", (name,)
    )


def _verifier(connection: psycopg.Connection[tuple[object, ...]], name: str, password: str) -> str:
    return connection.pgconn.encrypt_password(
        password.encode(), name.encode(), b"scram-sha-256"
    ).decode()


def users(connection: psycopg.Connection[tuple[object, ...]]) -> list[tuple[str, Role]]:
    """The active users of the database: name and role."""
    return [
        (str(name), Role(str(role)))
        for name, role in connection.execute(
            "SELECT username, role FROM users WHERE is_active ORDER BY username"
        )
    ]
