"""The audit chain on PostgreSQL: sealed by the server, linear under concurrent writers,
unchangeable for everyone, and verified by the same code as a file's chain."""

from __future__ import annotations

import random
import threading
import time

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from caseflow.domain.audit import GENESIS, AuditEntry, first_broken
from caseflow.storage import audit_chain
from tests.server.conftest import ServerDatabase

_INSERT = (
    "INSERT INTO audit_log (id, at, user_id, username, action, case_id, case_number,"
    " record_type, record_id, reason, detail, prev_hash, hash)"
    " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"
)


def _forged(action: str = "case_opened", detail: str = "", reason: str = "") -> tuple:
    """What a client might send: an id, time, actor and hashes of its own choosing."""
    return (
        999,
        "2001-01-01T00:00:00+00:00",
        42,
        "someone_else",
        action,
        7,
        "SSPF-2026-0001",
        "case",
        "7",
        reason,
        detail,
        "f" * 64,
        "e" * 64,
    )


def _entries(database: ServerDatabase) -> list[AuditEntry]:
    engine = database.superuser_engine()
    try:
        with Session(engine) as session:
            return list(audit_chain.walk(session))
    finally:
        engine.dispose()


def test_the_server_seals_each_entry_whatever_the_client_sent(
    migrated_server_database: ServerDatabase,
) -> None:
    with migrated_server_database.superuser() as connection:
        connection.execute(
            "INSERT INTO users (username, display_name, role, is_active, must_change_passphrase,"
            " created_at) VALUES ('postgres', 'Server', 'administrator', true, false, now())"
        )
        for _ in range(3):
            connection.execute(_INSERT, _forged())
    entries = _entries(migrated_server_database)
    assert [e.id for e in entries] == [1, 2, 3]
    assert entries[0].prev_hash == GENESIS
    assert {e.username for e in entries} == {"postgres"}  # session_user, not the client's word
    assert entries[0].user_id is not None and entries[0].user_id != 42
    assert all(e.at.year >= 2026 for e in entries)  # the server's clock
    assert first_broken(entries) is None


def test_two_writers_at_once_never_fork_the_chain(
    migrated_server_database: ServerDatabase,
) -> None:
    errors: list[psycopg.Error] = []

    def write(name: str) -> None:
        try:
            with psycopg.connect(
                migrated_server_database.sandbox.superuser_conninfo(migrated_server_database.name)
            ) as connection:
                for i in range(25):
                    with connection.transaction():
                        connection.execute(_INSERT, _forged(detail=f"{name}-{i}"))
                        time.sleep(random.random() / 200)  # hold the chain's end a while
        except psycopg.Error as error:
            errors.append(error)

    writers = [threading.Thread(target=write, args=(name,)) for name in ("a", "b")]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join()
    assert errors == []
    entries = _entries(migrated_server_database)
    assert [e.id for e in entries] == list(range(1, 51))
    assert {e.detail[0] for e in entries} == {"a", "b"}
    assert first_broken(entries) is None


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_log SET detail = 'edited'",
        "DELETE FROM audit_log",
        "TRUNCATE audit_log",
    ],
)
def test_no_one_changes_or_removes_an_entry_not_even_a_superuser(
    migrated_server_database: ServerDatabase, statement: str
) -> None:
    with migrated_server_database.superuser() as connection:
        connection.execute(_INSERT, _forged())
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="append-only"):
            connection.execute(statement)
    assert len(_entries(migrated_server_database)) == 1


_ANY_TEXT = st.text(
    alphabet=st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)),
    max_size=40,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(action=_ANY_TEXT.map(lambda s: s[:32]), detail=_ANY_TEXT, reason=_ANY_TEXT)
def test_the_server_hashes_the_same_bytes_as_the_app(
    migrated_server_database: ServerDatabase, action: str, detail: str, reason: str
) -> None:
    with migrated_server_database.superuser() as connection:
        connection.execute(_INSERT, _forged(action, detail, reason))
    entries = _entries(migrated_server_database)
    last = entries[-1]
    assert (last.action, last.detail, last.reason) == (action, detail, reason)
    assert last.computed_hash() == last.hash
    assert first_broken(entries) is None
