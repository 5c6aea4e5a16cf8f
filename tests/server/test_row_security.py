"""The server enforces the role table: each demo user logs in with plain psycopg (no
Caseflow code) and finds exactly the rows and columns their role allows."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import psycopg
import pytest
from psycopg import sql

from caseflow.domain.accounts import Role
from caseflow.services import access, demo
from caseflow.storage import server_setup
from caseflow.storage.server_copy import copy_into
from tools import pg_sandbox

PASSWORD = "server side secret 42"
USERS = {
    "admin": Role.ADMINISTRATOR,
    "chef": Role.MANAGER,
    "socsek": Role.SOCIAL_WORKER,
    "falt": Role.FIELD_ASSISTANT,
}
_databases = iter(range(1, 1000))


@dataclass(frozen=True)
class Team:
    sandbox: pg_sandbox.Sandbox
    database: str

    def superuser(self) -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(self.sandbox.superuser_conninfo(self.database), autocommit=True)

    def login(self, user: str) -> psycopg.Connection[tuple[object, ...]]:
        """A user's own connection over verified TLS, as any client could make it."""
        return psycopg.connect(
            self.sandbox.tls_conninfo(user, self.database), password=PASSWORD, autocommit=True
        )

    def ids(self, query: str, *params: object) -> set[int]:
        with self.superuser() as connection:
            return {int(row[0]) for row in connection.execute(query, params)}


@pytest.fixture(scope="module")
def team(sandbox: pg_sandbox.Sandbox, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Team]:
    """A demo database moved to the server, and a login for each demo user."""
    local_file = tmp_path_factory.mktemp("local") / "unit.caseflow"
    demo.create_or_fill(local_file, cases=60, fast_kdf=True)
    name = f"team_{next(_databases)}"
    with psycopg.connect(sandbox.superuser_conninfo(), autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    server_setup.prepare(lambda: psycopg.connect(sandbox.superuser_conninfo(name)), name)
    team = Team(sandbox, name)
    local = access.unlock(local_file, demo.DEMO_ADMIN, demo.DEMO_PASSPHRASE)
    from sqlalchemy import create_engine

    engine = create_engine(
        "postgresql+psycopg://",
        connect_args={
            "host": str(sandbox.socket_dir),
            "port": sandbox.port,
            "user": pg_sandbox.SUPERUSER,
            "dbname": name,
        },
    )
    try:
        copy_into(local.database.engine, engine)
    finally:
        engine.dispose()
        local.lock()
    with team.superuser() as connection:
        for user, role in USERS.items():
            # Roles belong to the whole server: the login names are the users' own.
            if connection.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (user,)).fetchone():
                connection.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(user)))
            server_setup.create_login(connection, name, user, role, PASSWORD)
    yield team
    with psycopg.connect(sandbox.superuser_conninfo(), autocommit=True) as admin:
        admin.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))
        for user in USERS:
            admin.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(user)))


def _user_id(team: Team, user: str) -> int:
    (found,) = team.ids("SELECT id FROM users WHERE username = %s", user)
    return found


def _assigned(team: Team, user: str) -> set[int]:
    me = _user_id(team, user)
    return team.ids(
        "SELECT id FROM cases WHERE responsible_user_id = %s"
        " UNION SELECT case_id FROM case_staff WHERE user_id = %s",
        me,
        me,
    )


def _seen(team: Team, user: str, query: str) -> set[int]:
    with team.login(user) as connection:
        return {int(row[0]) for row in connection.execute(query)}


def test_a_social_worker_sees_every_case_but_protected_identities_not_their_own(
    team: Team,
) -> None:
    protected = team.ids(
        "SELECT c.id FROM cases c JOIN persons p ON p.id = c.person_id WHERE p.protected_identity"
    )
    everyone = team.ids("SELECT id FROM cases")
    mine = _assigned(team, "socsek")
    expected = (everyone - protected) | mine
    assert protected - mine, "the demo should have a protected identity socsek is not assigned"
    assert _seen(team, "socsek", "SELECT id FROM cases") == expected
    assert (
        _seen(team, "socsek", "SELECT DISTINCT case_id FROM journal_entries")
        == team.ids("SELECT DISTINCT case_id FROM journal_entries") & expected
    )
    hidden_people = team.ids(
        "SELECT person_id FROM cases WHERE id = ANY(%s)", list(protected - mine)
    )
    assert not _seen(team, "socsek", "SELECT id FROM persons") & hidden_people


def test_a_field_assistant_reads_only_their_own_case_files(team: Team) -> None:
    mine = _assigned(team, "falt")
    me = _user_id(team, "falt")
    meetings = team.ids(
        "SELECT id FROM meetings WHERE organiser_id = %s"
        " UNION SELECT meeting_id FROM meeting_participants WHERE user_id = %s",
        me,
        me,
    )
    on_agenda = team.ids(
        "SELECT case_id FROM meeting_cases WHERE meeting_id = ANY(%s)", list(meetings)
    )
    assert mine
    assert _seen(team, "falt", "SELECT id FROM cases") == mine | on_agenda
    journal = _seen(team, "falt", "SELECT DISTINCT case_id FROM journal_entries")
    assert journal == team.ids("SELECT DISTINCT case_id FROM journal_entries") & mine
    consents = _seen(team, "falt", "SELECT DISTINCT case_id FROM consent_records")
    assert consents <= mine


def test_a_manager_sees_every_case_as_a_list_without_identities_or_text(team: Team) -> None:
    assert _seen(team, "chef", "SELECT id FROM cases") == team.ids("SELECT id FROM cases")
    assert _seen(team, "chef", "SELECT id FROM persons WHERE birth_date IS NOT NULL")
    with team.login("chef") as connection:
        for query in (
            "SELECT first_name FROM persons",
            "SELECT personnummer FROM persons",
            "SELECT referral_reason FROM cases",
            "SELECT text FROM journal_entries",
            "SELECT notes FROM minutes_items",
            "SELECT * FROM guardians",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                connection.execute(query)


def test_an_administrator_reads_no_case_they_are_not_assigned_to(team: Team) -> None:
    assert _seen(team, "admin", "SELECT id FROM cases") == _assigned(team, "admin")
    assert _seen(team, "admin", "SELECT id FROM journal_entries") == team.ids(
        "SELECT id FROM journal_entries WHERE case_id = ANY(%s)", list(_assigned(team, "admin"))
    )


def test_drafts_belong_to_their_author_and_the_log_to_managers(team: Team) -> None:
    socsek = _user_id(team, "socsek")
    with team.superuser() as connection:
        connection.execute(
            "INSERT INTO drafts (user_id, editor_key, title, content, updated_at)"
            " VALUES (%s, 'rls-test', 'Utkast', 'Hemligt utkast', now())",
            (socsek,),
        )
    assert _seen(team, "socsek", "SELECT user_id FROM drafts") == {socsek}
    assert _seen(team, "falt", "SELECT user_id FROM drafts") == set()
    assert _seen(team, "chef", "SELECT id FROM audit_log") == team.ids("SELECT id FROM audit_log")
    assert _seen(team, "socsek", "SELECT DISTINCT user_id FROM audit_log") <= {socsek}


@pytest.mark.parametrize(
    "statement",
    [
        "SET ROLE {db}_manager",
        "SET ROLE {db}_owner",
        "SET ROLE postgres",
        "SET SESSION AUTHORIZATION chef",
        "CREATE VIEW everything AS SELECT * FROM cases",
        "CREATE FUNCTION leak() RETURNS SETOF cases LANGUAGE sql AS 'SELECT * FROM cases'",
        "CREATE TABLE copy AS SELECT * FROM cases",
    ],
)
def test_no_way_round_the_policies(team: Team, statement: str) -> None:
    with team.login("falt") as connection, pytest.raises(psycopg.errors.InsufficientPrivilege):
        connection.execute(statement.format(db=team.database))


def test_turning_row_security_off_makes_a_query_fail_not_see_more(team: Team) -> None:
    with team.login("socsek") as connection:
        connection.execute("SET row_security = off")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("SELECT id FROM cases")


def test_writes_are_narrowed_too(team: Team) -> None:
    protected = team.ids(
        "SELECT c.id FROM cases c JOIN persons p ON p.id = c.person_id WHERE p.protected_identity"
    ) - _assigned(team, "socsek")
    with team.login("socsek") as connection:
        changed = connection.execute(
            "UPDATE journal_entries SET text = 'x' WHERE case_id = ANY(%s) AND signed_at IS NULL",
            (list(protected),),
        ).rowcount
        assert changed == 0  # not even seen
    with team.login("falt") as connection, pytest.raises(psycopg.errors.InsufficientPrivilege):
        connection.execute("UPDATE cases SET status = 'closed'")
    with team.login("chef") as connection, pytest.raises(psycopg.errors.InsufficientPrivilege):
        connection.execute("UPDATE cases SET status = 'closed'")


def test_someone_outside_caseflow_cannot_even_connect(team: Team) -> None:
    with team.superuser() as connection:
        connection.execute("DROP ROLE IF EXISTS outsider")
        connection.execute(f"CREATE ROLE outsider LOGIN PASSWORD '{PASSWORD}'")
    try:
        with pytest.raises(psycopg.OperationalError, match="permission denied"):
            team.login("outsider")
    finally:
        with team.superuser() as connection:
            connection.execute("DROP ROLE outsider")


def test_every_user_appends_to_the_log_and_the_server_says_who(team: Team) -> None:
    with team.login("falt") as connection:
        connection.execute(
            "INSERT INTO audit_log (id, at, user_id, username, action, case_number,"
            " record_type, record_id, reason, detail, prev_hash, hash)"
            " VALUES (0, now(), 1, 'admin', 'login', '', '', '', '', '', '', '')"
        )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("DELETE FROM audit_log")
    with team.superuser() as connection:
        newest = connection.execute(
            "SELECT username, user_id FROM audit_log ORDER BY id DESC LIMIT 1"
        ).fetchone()
    assert newest == ("falt", _user_id(team, "falt"))
