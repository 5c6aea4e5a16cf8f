"""A manager's yearly statistics on a server: the same figures as on the file, from
columns that hold no name, personnummer or free text, which the manager still cannot read."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from caseflow.services import access, demo, statistics, team
from caseflow.storage.server import ServerProfile
from tests.server.conftest import ServerDatabase, move_demo_to_server
from tools import pg_sandbox

PASSWORD = "Chefens-lösenord-på-servern-1"
YEAR = date.today().year - 1  # the demo covers the three years up to today
PERIOD = (date(YEAR, 1, 1), date(YEAR, 12, 31))


@dataclass(frozen=True)
class Unit:
    database: ServerDatabase
    profile: ServerProfile
    local_file: Path

    def manager(self) -> psycopg.Connection[tuple[object, ...]]:
        """The manager's own connection, as any client could make it."""
        sandbox = self.database.sandbox
        return psycopg.connect(
            sandbox.tls_conninfo("chef", self.database.name), password=PASSWORD, autocommit=True
        )

    def ids(self, query: str) -> set[int]:
        with self.database.superuser() as connection:
            return {int(row[0]) for row in connection.execute(query)}


@pytest.fixture(scope="module")
def unit(sandbox: pg_sandbox.Sandbox, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Unit]:
    """A demo database on the server, its local file kept, and the manager's password."""
    name = "manager_statistics"
    with psycopg.connect(sandbox.superuser_conninfo(), autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    database = ServerDatabase(sandbox, name)
    folder = tmp_path_factory.mktemp("unit")
    try:
        administrator = move_demo_to_server(database, folder, cases=80)
        team.set_password(administrator, "chef", PASSWORD, PASSWORD)
        yield Unit(database, administrator.profile, folder / "unit.caseflow")
    finally:
        with psycopg.connect(sandbox.superuser_conninfo(), autocommit=True) as admin:
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )
            admin.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(f"{name}_it")))


def _gathered_on_server(unit: Unit) -> statistics.StatisticsData:
    workspace = access.sign_in(unit.profile, "chef", PASSWORD)
    try:
        return statistics.gather(workspace, *PERIOD)
    finally:
        workspace.lock()


def _gathered_on_file(unit: Unit) -> statistics.StatisticsData:
    workspace = access.unlock(unit.local_file, "chef", demo.DEMO_PASSPHRASE)
    try:
        return statistics.gather(workspace, *PERIOD)
    finally:
        workspace.lock()


def test_a_manager_gets_the_same_yearly_statistics_from_the_server_as_from_the_file(
    unit: Unit,
) -> None:
    on_server = _gathered_on_server(unit)
    on_file = _gathered_on_file(unit)
    assert on_server.tables == on_file.tables
    counted = {
        table.key: sum(cell.value for row in table.rows for cell in row.cells)
        for table in on_server.tables
    }
    # Figures worth comparing: cases, follow-ups and consent (from withheld names).
    assert counted["cases"] and counted["follow_ups"] and counted["consent"], counted


def test_a_manager_prints_the_statistics_on_the_server_and_the_server_logs_it(
    unit: Unit,
) -> None:
    (before,) = unit.ids("SELECT coalesce(max(id), 0) FROM audit_log")
    workspace = access.sign_in(unit.profile, "chef", PASSWORD)
    try:
        pdf = statistics.statistics_pdf(workspace, *PERIOD)
    finally:
        workspace.lock()
    assert pdf.startswith(b"%PDF")
    with unit.database.superuser() as connection:
        logged = connection.execute(
            "SELECT username, action FROM audit_log WHERE id > %s AND record_type = 'statistics'",
            (before,),
        ).fetchall()
    assert logged == [("chef", "report_produced")]


@pytest.mark.parametrize(
    "query",
    [
        "SELECT first_name FROM persons",
        "SELECT last_name FROM persons",
        "SELECT personnummer FROM persons",
        "SELECT personnummer_short FROM persons",
        "SELECT address FROM persons",
        "SELECT name FROM guardians",
        "SELECT * FROM guardians",
        "SELECT referral_reason FROM cases",
        "SELECT closing_summary FROM cases",
        "SELECT text FROM journal_entries",
        "SELECT notes FROM minutes_items",
        "SELECT heading FROM minutes_items",
        "SELECT decisions FROM minutes_items",
        "SELECT preparation_notes FROM meetings",
        "SELECT place FROM meetings",
        "SELECT what FROM activities",
        "SELECT responsible_person FROM activities",
        "SELECT summary FROM follow_ups",
        "SELECT consenter_name FROM consent_records",
        "SELECT information FROM consent_records",
        "SELECT purpose FROM consent_records",
        "SELECT documented_by FROM consent_records",
        "SELECT consenter_name FROM consent_withdrawals",
        "SELECT received_by FROM consent_withdrawals",
        "SELECT reason FROM recorded_legal_grounds",
        "SELECT * FROM assessments",
        "SELECT * FROM goals",
        "SELECT * FROM disclosures",
    ],
)
def test_a_manager_still_reads_no_name_personnummer_or_text(unit: Unit, query: str) -> None:
    with unit.manager() as connection, pytest.raises(psycopg.errors.InsufficientPrivilege):
        connection.execute(query)


def test_a_manager_reads_every_row_of_what_the_statistics_count(unit: Unit) -> None:
    with unit.manager() as connection:
        for table, key in (
            ("follow_ups", "id"),
            ("meetings", "id"),
            ("consent_records", "id"),
            ("consent_withdrawals", "id"),
            ("guardians", "id"),
            ("case_status_changes", "case_id"),
        ):
            seen = {int(row[0]) for row in connection.execute(f"SELECT {key} FROM {table}")}
            assert seen == unit.ids(f"SELECT {key} FROM {table}"), table
            assert seen, table


def test_the_server_tells_a_manager_a_persons_sex_digit_and_nothing_more(unit: Unit) -> None:
    with unit.database.superuser() as connection:
        expected = {
            int(person): str(number)[10]
            for person, number in connection.execute(
                "SELECT id, personnummer FROM persons WHERE personnummer IS NOT NULL"
            )
        }
    with unit.manager() as connection:
        digits = {
            int(person): digit
            for person, digit in connection.execute(
                "SELECT id, caseflow_sex_digit(id) FROM persons WHERE id = ANY(%s)",
                (list(expected),),
            )
        }
    assert digits == expected
