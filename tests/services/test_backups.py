"""Scheduled backups from the app: a verified copy, the newest N kept, logged."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from caseflow.domain.audit import AuditAction
from caseflow.domain.errors import DatabaseExists, InvalidInput
from caseflow.services import access, audit, backups
from tests.conftest import ADMIN, ADMIN_PASSPHRASE


def test_backup_now_keeps_the_newest_copies_and_logs_it(
    created: access.NewDatabase, tmp_path: Path
) -> None:
    workspace = created.workspace
    folder = tmp_path / "backups"
    folder.mkdir()
    assert backups.last_backup(folder, workspace.path) is None
    made = []
    for _ in range(3):
        made.append(backups.backup_now(workspace, folder, keep=2))
        time.sleep(1.1)  # backup names carry the second they were made
    names = sorted(p.name for p in folder.iterdir())
    assert len([n for n in names if n.endswith(".caseflow")]) == 2
    assert made[0].path.name not in names and made[2].removed == (made[0].path,)
    assert backups.last_backup(folder, workspace.path) is not None
    with pytest.raises(InvalidInput):
        backups.backup_now(workspace, tmp_path / "missing")
    assert [e.action for e in audit.entries(workspace)].count(AuditAction.BACKUP.value) == 3


def test_backup_file_into_a_folder_and_restore(closed_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    made = backups.backup_file(closed_db, ADMIN, ADMIN_PASSPHRASE, folder)
    assert made.path.parent == folder and made.path.is_file()
    with pytest.raises(DatabaseExists):
        backups.restore_file(made.path, ADMIN, ADMIN_PASSPHRASE, closed_db, force=False)
    backups.restore_file(made.path, ADMIN, ADMIN_PASSPHRASE, closed_db, force=True)
    access.unlock(closed_db, ADMIN, ADMIN_PASSPHRASE).lock()
