"""More of what the server enforces, with plain psycopg: writes go where reads may,
a protected identity opens to the staff of any one of its cases, and nobody makes
themselves someone else, or another role, by editing the users table."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import psycopg
import pytest
from psycopg import sql

from caseflow.services import team
from tests.server.conftest import ServerDatabase, move_demo_to_server
from tools import pg_sandbox

PASSWORD = "Lösenord-för-radkontroller-7"
LOGINS = ("socsek", "falt", "admin", "chef")


@dataclass(frozen=True)
class Unit:
    database: ServerDatabase

    def login(self, user: str) -> psycopg.Connection[tuple[object, ...]]:
        sandbox = self.database.sandbox
        return psycopg.connect(
            sandbox.tls_conninfo(user, self.database.name), password=PASSWORD, autocommit=True
        )

    def ids(self, query: str, *params: object) -> set[int]:
        with self.database.superuser() as connection:
            return {int(row[0]) for row in connection.execute(query, params)}

    def user_id(self, user: str) -> int:
        (found,) = self.ids("SELECT id FROM users WHERE username = %s", user)
        return found


@pytest.fixture(scope="module")
def unit(sandbox: pg_sandbox.Sandbox, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Unit]:
    name = "rls_checks"
    with psycopg.connect(sandbox.superuser_conninfo(), autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    database = ServerDatabase(sandbox, name)
    try:
        administrator = move_demo_to_server(database, tmp_path_factory.mktemp("unit"), cases=60)
        for login in LOGINS:
            team.set_password(administrator, login, PASSWORD, PASSWORD)
        yield Unit(database)
    finally:
        with psycopg.connect(sandbox.superuser_conninfo(), autocommit=True) as admin:
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )
            admin.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(f"{name}_it")))


def _assigned(unit: Unit, user: str) -> set[int]:
    me = unit.user_id(user)
    return unit.ids(
        "SELECT id FROM cases WHERE responsible_user_id = %s"
        " UNION SELECT case_id FROM case_staff WHERE user_id = %s",
        me,
        me,
    )


def _hidden_from(unit: Unit, user: str) -> set[int]:
    """Cases of protected identities with no case assigned to ``user``."""
    me = unit.user_id(user)
    return unit.ids(
        "SELECT c.id FROM cases c JOIN persons p ON p.id = c.person_id"
        " WHERE p.protected_identity AND NOT EXISTS ("
        "  SELECT 1 FROM cases o WHERE o.person_id = p.id AND (o.responsible_user_id = %s"
        "  OR EXISTS (SELECT 1 FROM case_staff s WHERE s.case_id = o.id AND s.user_id = %s)))",
        me,
        me,
    )


def _writes_journal(unit: Unit, user: str, case_id: int) -> bool:
    """Whether ``user`` may add a journal entry to the case (nothing is kept)."""
    with unit.login(user) as connection:
        try:
            with connection.transaction(force_rollback=True):
                connection.execute(
                    "INSERT INTO journal_entries (case_id, entry_date, entry_type, text,"
                    " author_id, created_at, updated_at)"
                    " VALUES (%s, %s, 'contact', 'Kontroll', %s, now(), now())",
                    (case_id, date.today(), unit.user_id(user)),
                )
        except psycopg.errors.InsufficientPrivilege:
            return False
    return True


def test_a_social_worker_writes_in_every_case_they_read_and_not_in_a_hidden_one(
    unit: Unit,
) -> None:
    hidden = _hidden_from(unit, "socsek")
    open_cases = unit.ids("SELECT id FROM cases") - hidden - _assigned(unit, "socsek")
    assert hidden and open_cases
    assert _writes_journal(unit, "socsek", min(open_cases))
    assert not _writes_journal(unit, "socsek", min(hidden))


def test_a_field_assistant_writes_only_in_their_own_case_files(unit: Unit) -> None:
    mine = _assigned(unit, "falt")
    others = unit.ids("SELECT id FROM cases") - mine
    assert mine and others
    assert _writes_journal(unit, "falt", min(mine))
    assert not _writes_journal(unit, "falt", min(others))


def test_a_protected_identity_opens_to_the_staff_of_any_one_of_its_cases(unit: Unit) -> None:
    """Assigned to one case of a protected person, a social worker reads their other cases."""
    hidden = min(_hidden_from(unit, "socsek"))
    socsek = unit.user_id("socsek")
    with unit.database.superuser() as connection:
        (second,) = connection.execute(
            "INSERT INTO cases SELECT (jsonb_populate_record(NULL::cases, to_jsonb(c)"
            " || jsonb_build_object('id', (SELECT max(id) + 1 FROM cases),"
            " 'case_number', c.case_number || '-B', 'serial', c.serial + 90000,"
            " 'responsible_user_id', %s))).* FROM cases c WHERE c.id = %s RETURNING id",
            (socsek, hidden),
        ).fetchone()
    try:
        with unit.login("socsek") as connection:
            seen = {int(row[0]) for row in connection.execute("SELECT id FROM cases")}
            journal = {
                int(row[0])
                for row in connection.execute(
                    "SELECT id FROM journal_entries WHERE case_id = %s", (hidden,)
                )
            }
        assert {hidden, second} <= seen
        assert journal == unit.ids("SELECT id FROM journal_entries WHERE case_id = %s", hidden)
        assert _writes_journal(unit, "socsek", hidden)
    finally:
        with unit.database.superuser() as connection:
            connection.execute("DELETE FROM cases WHERE id = %s", (second,))
    assert not _writes_journal(unit, "socsek", hidden)


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE users SET role = 'manager' WHERE username = 'admin'",
        "UPDATE users SET username = 'admin2' WHERE username = 'admin'",
        "UPDATE users SET username = 'admin' WHERE username = 'chef'",
    ],
)
def test_an_administrator_renames_no_login_and_gives_no_role(unit: Unit, statement: str) -> None:
    with unit.login("admin") as connection, pytest.raises(psycopg.errors.InsufficientPrivilege):
        connection.execute(statement)


def test_an_administrator_still_deactivates_and_renames_for_display(unit: Unit) -> None:
    with unit.login("admin") as connection, connection.transaction(force_rollback=True):
        changed = connection.execute(
            "UPDATE users SET display_name = 'Karin L.', is_active = false WHERE username = 'chef'"
        ).rowcount
    assert changed == 1


def test_a_role_in_the_users_table_counts_only_with_the_login_in_its_group(unit: Unit) -> None:
    """A users row that says manager does not make a login of another group one."""
    everyone = unit.ids("SELECT id FROM cases")
    with unit.login("chef") as connection:
        assert {int(row[0]) for row in connection.execute("SELECT id FROM cases")} == everyone
    with unit.database.superuser() as connection:
        connection.execute("UPDATE users SET role = 'manager' WHERE username = 'falt'")
        connection.execute("UPDATE users SET role = 'social_worker' WHERE username = 'chef'")
    try:
        with unit.login("falt") as connection:
            falt_sees = {int(row[0]) for row in connection.execute("SELECT id FROM cases")}
        with unit.login("chef") as connection:
            chef_sees = {int(row[0]) for row in connection.execute("SELECT id FROM cases")}
    finally:
        with unit.database.superuser() as connection:
            connection.execute("UPDATE users SET role = 'field_assistant' WHERE username = 'falt'")
            connection.execute("UPDATE users SET role = 'manager' WHERE username = 'chef'")
    assert falt_sees == _assigned(unit, "falt")  # no more than their own: no role at all
    assert chef_sees == _assigned(unit, "chef")
    assert chef_sees != everyone
