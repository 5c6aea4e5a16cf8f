"""``server check`` finds each way a server can be set up unsafely, and nothing on a good one."""

from __future__ import annotations

from collections.abc import Callable

import psycopg
import pytest

from caseflow.domain.accounts import Role
from caseflow.storage import server_check, server_setup
from tests.server.conftest import ServerDatabase

Connection = psycopg.Connection[tuple[object, ...]]


def _findings(connection: Connection, database: ServerDatabase) -> list[str]:
    return [finding.render() for finding in server_check.check(connection, database.name)]


def test_a_server_set_up_by_caseflow_has_nothing_to_report(
    prepared_server_database: ServerDatabase,
) -> None:
    database = prepared_server_database
    with database.superuser() as connection:
        server_setup.create_login(
            connection, database.name, f"{database.name}_ok", Role.SOCIAL_WORKER, "pw 123 456"
        )
        assert _findings(connection, database) == []


def _log_everything(connection: Connection, database: ServerDatabase) -> None:
    connection.execute("SET log_statement = 'all'")


def _public_reads_cases(connection: Connection, database: ServerDatabase) -> None:
    connection.execute("GRANT SELECT ON cases TO PUBLIC")


def _journal_without_policies(connection: Connection, database: ServerDatabase) -> None:
    connection.execute("ALTER TABLE journal_entries DISABLE ROW LEVEL SECURITY")


def _md5_login(connection: Connection, database: ServerDatabase) -> None:
    connection.execute("SET password_encryption = 'md5'")
    connection.execute(
        f"CREATE ROLE {database.name}_weak LOGIN PASSWORD 'weak password'"
        f" IN ROLE {database.name}_social_worker"
    )


def _login_past_the_policies(connection: Connection, database: ServerDatabase) -> None:
    connection.execute(
        f"CREATE ROLE {database.name}_root LOGIN BYPASSRLS PASSWORD 'long enough password'"
        f" IN ROLE {database.name}_manager"
    )


def _schema_for_everyone(connection: Connection, database: ServerDatabase) -> None:
    connection.execute("GRANT CREATE ON SCHEMA public TO PUBLIC")


@pytest.mark.parametrize(
    ("break_it", "expected"),
    [
        (_log_everything, "log_statement = all"),
        (_public_reads_cases, "PUBLIC (every role on the server) holds SELECT on table cases"),
        (_journal_without_policies, "The table journal_entries holds personal data"),
        (_md5_login, "_weak has no SCRAM-SHA-256 password"),
        (_schema_for_everyone, "holds CREATE on schema public"),
        (_login_past_the_policies, "_root is a superuser or may bypass row-level security"),
    ],
)
def test_each_unsafe_setting_is_found_and_named(
    prepared_server_database: ServerDatabase,
    break_it: Callable[[Connection, ServerDatabase], None],
    expected: str,
) -> None:
    database = prepared_server_database
    with database.superuser() as connection:
        break_it(connection, database)
        findings = _findings(connection, database)
    assert len(findings) == 1, findings
    assert expected in findings[0]


def test_a_pg_hba_line_that_lets_plain_connections_in_is_found(
    prepared_server_database: ServerDatabase,
) -> None:
    database = prepared_server_database
    hba = database.sandbox.data / "pg_hba.conf"
    kept = hba.read_text()
    try:
        # The file as it is on disk: the running server is not reloaded.
        hba.write_text(kept + "host all all 10.0.0.0/8 scram-sha-256\n")
        with database.superuser() as connection:
            findings = _findings(connection, database)
    finally:
        hba.write_text(kept)
    assert len(findings) == 1
    assert "without TLS" in findings[0] and "10.0.0.0" in findings[0]


def test_a_database_whose_locale_tells_a_ring_from_a_ring_is_found(
    prepared_server_database: ServerDatabase,
) -> None:
    """Search folds case by the database's LC_CTYPE: under C, "Åsa" would not find "åsa"."""
    sandbox = prepared_server_database.sandbox
    name = f"{prepared_server_database.name}_c"
    with psycopg.connect(sandbox.superuser_conninfo(), autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name} TEMPLATE template0 LC_CTYPE 'C' LC_COLLATE 'C'")
    try:
        server_setup.prepare(lambda: psycopg.connect(sandbox.superuser_conninfo(name)), name)
        with psycopg.connect(sandbox.superuser_conninfo(name), autocommit=True) as connection:
            findings = [f.render() for f in server_check.check(connection, name)]
            assert connection.execute("SELECT 'Åsa' ILIKE 'åsa'").fetchone() == (False,)
    finally:
        with psycopg.connect(sandbox.superuser_conninfo(), autocommit=True) as admin:
            admin.execute(f"DROP DATABASE {name} WITH (FORCE)")
    assert len(findings) == 1, findings
    assert "LC_CTYPE = C" in findings[0] and "Å from å" in findings[0]
