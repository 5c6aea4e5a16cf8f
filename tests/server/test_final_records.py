"""Signed journal entries and approved minutes stay final on the server, whatever client
changes them: the triggers of migration 0011, on a copy of a demo database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from caseflow.services import access, demo
from caseflow.storage.server_copy import copy_into
from tests.server.conftest import ServerDatabase

FINAL_MINUTES = "approved minutes cannot be changed"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("local") / "unit.caseflow"
    demo.create_or_fill(path, cases=30, fast_kdf=True)
    return path


@pytest.fixture
def server(
    demo_file: Path, migrated_server_database: ServerDatabase
) -> Iterator[psycopg.Connection[tuple[object, ...]]]:
    local = access.unlock(demo_file, demo.DEMO_ADMIN, demo.DEMO_PASSPHRASE)
    engine = migrated_server_database.superuser_engine()
    try:
        copy_into(local.database.engine, engine)
    finally:
        engine.dispose()
        local.lock()
    with migrated_server_database.superuser() as connection:
        yield connection


def _one(connection: psycopg.Connection[tuple[object, ...]], sql: str) -> object:
    row = connection.execute(sql).fetchone()
    assert row is not None, sql
    return row[0]


def test_a_signed_entry_cannot_be_changed_but_a_draft_can(server) -> None:
    signed = _one(server, "SELECT id FROM journal_entries WHERE signed_at IS NOT NULL LIMIT 1")
    draft = _one(server, "SELECT id FROM journal_entries WHERE signed_at IS NULL LIMIT 1")
    for change in ("text = 'Ändrat'", "entry_date = entry_date - 1", "signed_at = NULL"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="signed journal"):
            server.execute(f"UPDATE journal_entries SET {change} WHERE id = %s", (signed,))
    server.execute("UPDATE journal_entries SET text = 'Utkast, omskrivet' WHERE id = %s", (draft,))
    assert _one(server, f"SELECT text FROM journal_entries WHERE id = {draft}") == (
        "Utkast, omskrivet"
    )


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE minutes_items SET notes = 'Ändrat i efterhand' WHERE meeting_id = %(m)s",
        "DELETE FROM minutes_items WHERE meeting_id = %(m)s",
        "INSERT INTO minutes_items (meeting_id, case_id, number, heading, notes, decisions,"
        " written_by, written_on, created_at)"
        " SELECT meeting_id, case_id, 99, 'Tillägg', 'Nytt', '', written_by, written_on,"
        " created_at FROM minutes_items WHERE meeting_id = %(m)s LIMIT 1",
        "UPDATE meetings SET minutes_status = 'draft' WHERE id = %(m)s",
        "UPDATE meetings SET approved_on = NULL WHERE id = %(m)s",
        "UPDATE meetings SET starts_at = '2001-01-01 09:00:00+00' WHERE id = %(m)s",
        "UPDATE meetings SET place = 'Någon annanstans' WHERE id = %(m)s",
        "UPDATE meetings SET cancelled = true WHERE id = %(m)s",
        "DELETE FROM meetings WHERE id = %(m)s",
    ],
)
def test_approved_minutes_cannot_be_changed(server, sql: str) -> None:
    meeting = _one(
        server,
        "SELECT m.id FROM meetings m WHERE m.minutes_status = 'approved'"
        " AND EXISTS (SELECT 1 FROM minutes_items i WHERE i.meeting_id = m.id) LIMIT 1",
    )
    items = "SELECT id, notes FROM minutes_items WHERE meeting_id = %s ORDER BY id"
    before = server.execute(items, (meeting,)).fetchall()
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match=FINAL_MINUTES):
        server.execute(sql, {"m": meeting})
    assert server.execute(items, (meeting,)).fetchall() == before


def test_a_correction_may_still_be_added(server) -> None:
    meeting, number = server.execute(
        "SELECT i.meeting_id, i.number FROM minutes_items i"
        " JOIN meetings m ON m.id = i.meeting_id WHERE m.minutes_status = 'approved' LIMIT 1"
    ).fetchone()
    server.execute(
        "INSERT INTO minutes_items (meeting_id, case_id, number, heading, notes, decisions,"
        " corrects_number, written_by, written_on, created_at)"
        " SELECT meeting_id, case_id, 999, 'Rättelse', 'Rätt datum', '', number, written_by,"
        " written_on, created_at FROM minutes_items WHERE meeting_id = %s AND number = %s",
        (meeting, number),
    )
    assert _one(server, f"SELECT count(*) FROM minutes_items WHERE corrects_number = {number}")


def test_retention_still_removes_a_deleted_cases_part_of_approved_minutes(server) -> None:
    case_id = _one(
        server,
        "SELECT i.case_id FROM minutes_items i JOIN meetings m ON m.id = i.meeting_id"
        " WHERE m.minutes_status = 'approved' LIMIT 1",
    )
    server.execute("DELETE FROM cases WHERE id = %s", (case_id,))
    assert _one(server, f"SELECT count(*) FROM minutes_items WHERE case_id = {case_id}") == 0
