"""The audit log: append-only in the database, and any tampering found by verify."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import exc

from caseflow.domain.audit import AuditAction
from caseflow.domain.errors import PermissionDenied
from caseflow.services import access, audit
from caseflow.services.workspace import Workspace
from caseflow.storage.audit_chain import walk
from tests.helpers import login


def _fill(workspace: Workspace, count: int) -> None:
    for i in range(count):
        audit.record(
            workspace,
            AuditAction.RECORD_WRITTEN,
            record_type="journal_entry",
            record_id=i,
            reason=f"reason {i}",
        )


def _raw(workspace: Workspace, *statements: str) -> None:
    with workspace.database.engine.begin() as connection:
        for statement in statements:
            connection.exec_driver_sql(statement)


DROP_TRIGGERS = (
    "DROP TRIGGER audit_log_no_update",
    "DROP TRIGGER audit_log_no_delete",
)


def test_an_intact_log_verifies(workspace: Workspace) -> None:
    _fill(workspace, 30)
    result = audit.verify(workspace)
    assert result.intact and result.entries == 30


def test_the_database_refuses_to_change_or_remove_entries(workspace: Workspace) -> None:
    _fill(workspace, 3)
    for statement in (
        "UPDATE audit_log SET reason = 'nothing happened' WHERE id = 2",
        "DELETE FROM audit_log WHERE id = 2",
    ):
        with pytest.raises((exc.IntegrityError, sqlcipher3.IntegrityError)):
            _raw(workspace, statement)
    assert audit.verify(workspace).intact


@pytest.mark.parametrize(
    ("tamper", "broken_id"),
    [
        ("UPDATE audit_log SET reason = 'nothing happened' WHERE id = 5", 5),
        ("UPDATE audit_log SET username = 'someone' WHERE id = 9", 9),
        ("DELETE FROM audit_log WHERE id = 4", 5),
        # Reorder: swap the content of two entries (each keeps its id).
        (
            "UPDATE audit_log SET reason = CASE id WHEN 6 THEN 'reason 6' ELSE 'reason 5' END, "
            "record_id = CASE id WHEN 6 THEN '6' ELSE '5' END WHERE id IN (6, 7)",
            6,
        ),
    ],
)
def test_tampering_through_raw_sql_is_found(
    workspace: Workspace, tamper: str, broken_id: int
) -> None:
    _fill(workspace, 12)
    _raw(workspace, *DROP_TRIGGERS, tamper)
    result = audit.verify(workspace)
    assert not result.intact
    assert result.first_broken is not None and result.first_broken.id == broken_id


def test_recomputing_one_hash_still_breaks_the_next_link(workspace: Workspace) -> None:
    _fill(workspace, 6)

    with workspace.transaction() as session:
        third = next(e for e in walk(session) if e.id == 3)
    forged = replace(third, reason="forged")
    _raw(
        workspace,
        *DROP_TRIGGERS,
        f"UPDATE audit_log SET reason = 'forged', hash = '{forged.computed_hash()}' WHERE id = 3",
    )
    result = audit.verify(workspace)
    assert result.first_broken is not None and result.first_broken.id == 4


def test_export_and_filters(workspace: Workspace) -> None:
    _fill(workspace, 4)
    audit.record(workspace, AuditAction.CASE_OPENED, reason="=HYPERLINK(1)")
    text = audit.export_csv(workspace)
    lines = text.strip().splitlines()
    assert lines[0].startswith("id;at;username;action")
    assert len(lines) == 1 + 5
    assert "'=HYPERLINK(1)" in text
    opened = audit.entries(workspace, audit.AuditFilter(action=AuditAction.CASE_OPENED))
    assert [e.reason for e in opened] == ["=HYPERLINK(1)"]
    # The export itself is logged.
    assert audit.entries(workspace, limit=1)[0].action == AuditAction.EXPORT.value


def test_only_managers_and_administrators_read_the_log(users: Path) -> None:
    worker = login(users, "sara")
    try:
        audit.record(worker, AuditAction.CASE_OPENED)
        with pytest.raises(PermissionDenied):
            audit.verify(worker)
        with pytest.raises(PermissionDenied):
            audit.entries(worker)
    finally:
        worker.lock()
    manager = login(users, "chef")
    try:
        assert audit.verify(manager).intact
    finally:
        manager.lock()


def test_an_entry_rolls_back_with_its_transaction(workspace: Workspace) -> None:
    def failing_work() -> None:
        with workspace.transaction() as session:
            audit.log(session, workspace.user, AuditAction.RECORD_WRITTEN)
            raise RuntimeError("the work failed")

    with pytest.raises(RuntimeError):
        failing_work()
    assert audit.verify(workspace).entries == 0
    # The chain's lock was released: the next entry is written at once.
    _fill(workspace, 1)
    assert audit.verify(workspace).entries == 1


def test_entries_never_hold_identities(created: access.NewDatabase) -> None:
    from caseflow.storage.models import AuditLogEntry

    columns = set(AuditLogEntry.__table__.columns.keys())
    assert not columns & {"name", "personnummer", "person_id", "text"}
