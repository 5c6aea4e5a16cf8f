"""``caseflow server check``: what is wrong with a team-mode server database, said plainly.

Run as an administrator of the server (a superuser: some of the facts, the
password verifiers and pg_hba.conf, are only theirs to read). Each finding
names what to change. The checks:

- the server accepts connections without TLS (a ``host`` line in
  pg_hba.conf that does not reject), or TLS is off;
- a table that holds personal data has no row-level security;
- PUBLIC holds a privilege on the database, the schema, a table or one of
  Caseflow's functions;
- a Caseflow login's password is not a SCRAM-SHA-256 verifier (or it has
  none), or the login is a superuser or may bypass row-level security;
- the server's log would receive statements and their parameters, which
  carry personal data (``log_statement``, ``log_min_duration_statement``,
  parameters logged on errors);
- the database classifies characters by the C locale, under which a search
  tells Å from å (PostgreSQL folds case by the database's LC_CTYPE).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import psycopg

from caseflow.domain.text import QT_TRANSLATE_NOOP, Text
from caseflow.storage import server_setup

# Tables that hold something about a person or a case.
PERSONAL_TABLES = (*server_setup.CASE_TABLES, "drafts", "audit_log")

PLAIN_CONNECTIONS = QT_TRANSLATE_NOOP(
    "ServerCheck",
    "The server accepts connections without TLS: pg_hba.conf line {line} ({kind} for {address}) "
    "does not reject them. Use hostssl lines only, and end with a host line that rejects.",
)
NO_TLS = QT_TRANSLATE_NOOP(
    "ServerCheck", "TLS is off on the server (ssl = off). Turn it on with a certificate."
)
NO_ROW_SECURITY = QT_TRANSLATE_NOOP(
    "ServerCheck",
    "The table {table} holds personal data but has no row-level security: every user with a "
    "grant on it reads all of it. Upgrade the database with this version of Caseflow.",
)
PUBLIC_GRANT = QT_TRANSLATE_NOOP(
    "ServerCheck",
    "PUBLIC (every role on the server) holds {privilege} on {object}. Revoke it.",
)
NOT_SCRAM = QT_TRANSLATE_NOOP(
    "ServerCheck",
    "The login {role} has no SCRAM-SHA-256 password (an MD5 hash, plain text or none). "
    "Set a new one with “caseflow server user passwd”.",
)
CASE_SENSITIVE_LETTERS = QT_TRANSLATE_NOOP(
    "ServerCheck",
    "The database {database} classifies characters by the C locale (LC_CTYPE = {ctype}): "
    "a search would tell Å from å, Ä from ä and Ö from ö. Create it with a UTF-8 locale "
    "such as sv_SE.UTF-8 or C.UTF-8.",
)
ABOVE_POLICIES = QT_TRANSLATE_NOOP(
    "ServerCheck",
    "The login {role} is a superuser or may bypass row-level security: it reads every row. "
    "A Caseflow user must be neither.",
)
LOGS_STATEMENTS = QT_TRANSLATE_NOOP(
    "ServerCheck",
    "The server writes statements with personal data to its log ({setting} = {value}). "
    "Set it to {safe}.",
)


@dataclass(frozen=True)
class Finding:
    text: Text

    def render(self) -> str:
        return self.text.render()


CANNOT_CHECK = QT_TRANSLATE_NOOP(
    "ServerCheck",
    "Could not check {what}: only a superuser may read it. Run the check as one.",
)


_WHAT_HBA = QT_TRANSLATE_NOOP("ServerCheck", "the connection rules (pg_hba.conf)")
_WHAT_POLICIES = QT_TRANSLATE_NOOP("ServerCheck", "row-level security")
_WHAT_GRANTS = QT_TRANSLATE_NOOP("ServerCheck", "the grants")
_WHAT_PASSWORDS = QT_TRANSLATE_NOOP("ServerCheck", "the logins' passwords")
_WHAT_LOGGING = QT_TRANSLATE_NOOP("ServerCheck", "the server's logging")
_WHAT_LOCALE = QT_TRANSLATE_NOOP("ServerCheck", "the database's locale")


def check(connection: psycopg.Connection[tuple[object, ...]], database: str) -> list[Finding]:
    """Every problem found in ``database`` and its server; empty when all is well."""
    found: list[Finding] = []
    parts: tuple[tuple[Text, Callable[[], list[Finding]]], ...] = (
        (_WHAT_HBA, lambda: _transport(connection)),
        (_WHAT_POLICIES, lambda: _row_security(connection)),
        (_WHAT_GRANTS, lambda: _public_grants(connection, database)),
        (_WHAT_PASSWORDS, lambda: _logins(connection, database)),
        (_WHAT_LOGGING, lambda: _logging(connection)),
        (_WHAT_LOCALE, lambda: _letters(connection, database)),
    )
    for what, part in parts:
        try:
            found.extend(part())
        except psycopg.errors.InsufficientPrivilege:
            found.append(Finding(CANNOT_CHECK.format(what=what)))
    return found


def _setting(connection: psycopg.Connection[tuple[object, ...]], name: str) -> str:
    row = connection.execute("SELECT setting FROM pg_settings WHERE name = %s", (name,)).fetchone()
    return str(row[0]) if row is not None else ""


def _transport(connection: psycopg.Connection[tuple[object, ...]]) -> list[Finding]:
    found: list[Finding] = []
    if _setting(connection, "ssl") != "on":
        found.append(Finding(NO_TLS))
    for line, kind, address, method in connection.execute(
        "SELECT line_number, type, coalesce(address, 'all'), auth_method"
        " FROM pg_hba_file_rules WHERE error IS NULL ORDER BY line_number"
    ):
        if kind in ("host", "hostnossl") and method != "reject":
            found.append(Finding(PLAIN_CONNECTIONS.format(line=line, kind=kind, address=address)))
    return found


def _row_security(connection: psycopg.Connection[tuple[object, ...]]) -> list[Finding]:
    protected = {
        str(name)
        for (name,) in connection.execute(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relrowsecurity"
        )
    }
    return [
        Finding(NO_ROW_SECURITY.format(table=table))
        for table in PERSONAL_TABLES
        if table not in protected
    ]


def _public_grants(
    connection: psycopg.Connection[tuple[object, ...]], database: str
) -> list[Finding]:
    found: list[Finding] = []
    for right in ("CONNECT", "CREATE", "TEMPORARY"):
        if connection.execute(
            "SELECT has_database_privilege('public', %s, %s)", (database, right)
        ).fetchone() == (True,):
            found.append(_public(right, f"database {database}"))
    for right in ("USAGE", "CREATE"):
        if connection.execute(
            "SELECT has_schema_privilege('public', 'public', %s)", (right,)
        ).fetchone() == (True,):
            found.append(_public(right, "schema public"))
    for kind, name, privilege in connection.execute(
        "SELECT 'table', c.relname, a.privilege_type FROM pg_class c"
        " JOIN pg_namespace n ON n.oid = c.relnamespace,"
        " LATERAL aclexplode(c.relacl) a"
        " WHERE n.nspname = 'public' AND a.grantee = 0"
        " UNION ALL"
        " SELECT 'function', p.proname, a.privilege_type FROM pg_proc p"
        " JOIN pg_namespace n ON n.oid = p.pronamespace,"
        " LATERAL aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a"
        " WHERE n.nspname = 'public' AND a.grantee = 0 AND p.proname LIKE 'caseflow%%'"
        " ORDER BY 1, 2, 3"
    ):
        found.append(_public(str(privilege), f"{kind!s} {name!s}"))
    return found


def _public(privilege: str, target: str) -> Finding:
    return Finding(PUBLIC_GRANT.format(privilege=privilege, object=target))


_MEMBERS = """
WITH RECURSIVE members(oid) AS (
    SELECT m.member FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
    WHERE g.rolname = %s
    UNION
    SELECT m.member FROM pg_auth_members m JOIN members ON m.roleid = members.oid
)
SELECT a.rolname, a.rolpassword, a.rolsuper OR a.rolbypassrls FROM pg_authid a
WHERE a.oid IN (SELECT oid FROM members) AND a.rolcanlogin
ORDER BY a.rolname
"""


def _logins(connection: psycopg.Connection[tuple[object, ...]], database: str) -> list[Finding]:
    """Caseflow's logins (members of the database's groups): SCRAM, and no way past the policies."""
    found: list[Finding] = []
    for role, verifier, above_policies in connection.execute(
        _MEMBERS, (server_setup.connect_group(database),)
    ):
        if not str(verifier or "").startswith("SCRAM-SHA-256$"):
            found.append(Finding(NOT_SCRAM.format(role=role)))
        if above_policies:
            found.append(Finding(ABOVE_POLICIES.format(role=role)))
    return found


def _letters(connection: psycopg.Connection[tuple[object, ...]], database: str) -> list[Finding]:
    """Search folds case with the database's LC_CTYPE: under C only a-z are folded."""
    row = connection.execute(
        "SELECT datctype FROM pg_database WHERE datname = %s", (database,)
    ).fetchone()
    ctype = str(row[0]) if row is not None else ""
    if ctype in ("C", "POSIX"):
        return [Finding(CASE_SENSITIVE_LETTERS.format(database=database, ctype=ctype))]
    return []


# setting -> (values that keep personal data out of the log, the one to suggest)
_SAFE_LOGGING = {
    "log_statement": ({"none", "ddl"}, "none"),
    "log_min_duration_statement": ({"-1"}, "-1"),
    "log_min_duration_sample": ({"-1"}, "-1"),
    "log_transaction_sample_rate": ({"0"}, "0"),
    "log_parameter_max_length_on_error": ({"0"}, "0"),
}


def _logging(connection: psycopg.Connection[tuple[object, ...]]) -> list[Finding]:
    found: list[Finding] = []
    for setting, (safe, suggested) in _SAFE_LOGGING.items():
        value = _setting(connection, setting)
        if value and value not in safe:
            found.append(
                Finding(LOGS_STATEMENTS.format(setting=setting, value=value, safe=suggested))
            )
    return found
