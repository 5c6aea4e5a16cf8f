"""Backups made while the app writes, restore that refuses to destroy, and crash safety."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from caseflow.domain.errors import Cancelled, DatabaseExists, DatabaseInUse, WrongCredentials
from caseflow.services import access
from caseflow.storage import backup, database
from caseflow.storage.keyslots import key_file_path
from caseflow.storage.models import Setting
from tests.conftest import ADMIN, ADMIN_PASSPHRASE

# A writer in another process: commits one setting row per iteration and says
# which, so the parent knows what was committed before it killed or read.
WRITER = textwrap.dedent(
    """
    import sys
    from caseflow.services import access
    from caseflow.storage.models import Setting

    path, user, passphrase, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    workspace = access.unlock(__import__("pathlib").Path(path), user, passphrase)
    print("ready", flush=True)
    i = 0
    while count == 0 or i < count:
        with workspace.transaction() as session:
            session.add(Setting(key=f"row-{i}", value='"x' + "y" * 200 + '"'))
        print(i, flush=True)
        i += 1
    workspace.lock()
    """
)


def _writer(db: Path, count: int) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db), ADMIN, ADMIN_PASSPHRASE, str(count)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    return process


def _settings_count(path: Path) -> int:
    workspace = access.unlock(path, ADMIN, ADMIN_PASSPHRASE)
    try:
        with workspace.transaction() as session:
            return session.scalar(select(func.count()).select_from(Setting)) or 0
    finally:
        workspace.lock()


def _add_rows(workspace, count: int, prefix: str = "seed") -> None:
    with workspace.transaction() as session:
        for i in range(count):
            session.add(Setting(key=f"{prefix}-{i}", value=json.dumps(i)))


def test_backup_of_an_open_database_is_encrypted_verified_and_opens(
    created: access.NewDatabase, tmp_path: Path
) -> None:
    workspace = created.workspace
    _add_rows(workspace, 50)
    target = tmp_path / "copy.caseflow"
    result = workspace.database.backup_to(target)
    before = _count_open(workspace)
    workspace.lock()

    assert result.path == target and result.size == target.stat().st_size
    assert key_file_path(target).is_file()
    raw = target.read_bytes()
    assert b"SQLite format 3" not in raw and b"seed-1" not in raw
    assert _settings_count(target) == before
    assert [p.name for p in tmp_path.iterdir() if ".partial" in p.name] == []


def _count_open(workspace) -> int:
    with workspace.transaction() as session:
        return session.scalar(select(func.count()).select_from(Setting)) or 0


class _CancelAfter(backup.Cancellation):
    """Cancels itself at SQLite's ``checks``-th progress check: mid-statement, deterministically."""

    steps = 50  # a check every 50 steps: a small database is checked often enough

    def __init__(self, checks: int) -> None:
        super().__init__()
        self.left = checks
        self.seen = 0

    def _should_stop(self) -> bool:
        self.seen += 1
        self.left -= 1
        if self.left == 0:
            self.cancel()
        return super()._should_stop()


@pytest.mark.parametrize("checks", [1, 40])
def test_a_cancelled_backup_stops_mid_copy_and_leaves_nothing(
    created: access.NewDatabase, tmp_path: Path, checks: int
) -> None:
    workspace = created.workspace
    _add_rows(workspace, 200)
    folder = tmp_path / "backups"
    folder.mkdir()
    whole = _CancelAfter(0)  # never cancels: counts the checks of a whole backup
    workspace.database.backup_to(tmp_path / "whole.caseflow", whole)
    assert whole.seen > 4 * checks
    cancellation = _CancelAfter(checks)
    with pytest.raises(Cancelled):
        workspace.database.backup_to(folder / "copy.caseflow", cancellation)
    assert checks <= cancellation.seen <= checks + 2  # stopped right there
    assert list(folder.iterdir()) == []
    # The database is untouched and the next backup works.
    made = workspace.database.backup_to(folder / "copy.caseflow")
    assert _settings_count(made.path) == _count_open(workspace)


def test_a_backup_cancelled_before_it_starts_writes_nothing(
    created: access.NewDatabase, tmp_path: Path
) -> None:
    before = sorted(tmp_path.rglob("*"))
    cancellation = backup.Cancellation()
    cancellation.cancel()
    with pytest.raises(Cancelled):
        created.workspace.database.backup_to(tmp_path / "copy.caseflow", cancellation)
    assert sorted(tmp_path.rglob("*")) == before


def test_backup_refuses_to_overwrite(created: access.NewDatabase, tmp_path: Path) -> None:
    target = tmp_path / "copy.caseflow"
    target.write_bytes(b"someone else's file")
    with pytest.raises(DatabaseExists):
        created.workspace.database.backup_to(target)
    assert target.read_bytes() == b"someone else's file"


def test_backup_while_another_process_writes_is_consistent(closed_db: Path, tmp_path: Path) -> None:
    writer = _writer(closed_db, 0)
    try:
        assert writer.stdout is not None
        for _ in range(20):
            writer.stdout.readline()
        backups = []
        for n in range(3):
            target = tmp_path / f"during-{n}.caseflow"
            database.backup_with_passphrase(closed_db, ADMIN, ADMIN_PASSPHRASE, target)
            backups.append(target)
    finally:
        writer.terminate()
        writer.wait(timeout=30)
    counts = [_settings_count(b) for b in backups]
    # Each backup is a whole snapshot (it opens and checks), taken while rows kept coming.
    assert counts == sorted(counts) and counts[0] >= 20
    for b in backups:
        opened = database.unlock(b, ADMIN, ADMIN_PASSPHRASE)
        try:
            assert opened.integrity_problems() == []
        finally:
            opened.close()


def test_backup_with_a_wrong_passphrase_writes_nothing(closed_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    with pytest.raises(WrongCredentials):
        database.backup_with_passphrase(
            closed_db, ADMIN, "wrong passphrase", folder / "copy.caseflow"
        )
    assert list(folder.iterdir()) == []


def test_restore_refuses_an_existing_database_without_force(
    created: access.NewDatabase, db_path: Path, tmp_path: Path
) -> None:
    workspace = created.workspace
    _add_rows(workspace, 5)
    backup = tmp_path / "backups" / "copy.caseflow"
    backup.parent.mkdir()
    workspace.database.backup_to(backup)
    _add_rows(workspace, 7, "later")
    workspace.lock()
    before = db_path.read_bytes()

    with pytest.raises(DatabaseExists):
        database.restore_with_passphrase(backup, ADMIN, ADMIN_PASSPHRASE, db_path, force=False)
    assert db_path.read_bytes() == before

    database.restore_with_passphrase(backup, ADMIN, ADMIN_PASSPHRASE, db_path, force=True)
    assert _settings_count(db_path) == _settings_count(backup)


def test_restore_refuses_a_database_in_use(
    created: access.NewDatabase, db_path: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "copy.caseflow"
    created.workspace.database.backup_to(backup)
    # The workspace is still open: the app has the file.
    with pytest.raises(DatabaseInUse):
        database.restore_with_passphrase(backup, ADMIN, ADMIN_PASSPHRASE, db_path, force=True)


def test_restore_to_a_new_path_creates_a_working_database(
    created: access.NewDatabase, tmp_path: Path
) -> None:
    workspace = created.workspace
    _add_rows(workspace, 3)
    backup = tmp_path / "copy.caseflow"
    workspace.database.backup_to(backup)
    workspace.lock()
    target = tmp_path / "restored.caseflow"
    database.restore_with_passphrase(backup, ADMIN, ADMIN_PASSPHRASE, target, force=False)
    assert _settings_count(target) == _settings_count(backup)
    assert oct(target.stat().st_mode & 0o777) == oct(0o600)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_kill_during_writes_loses_no_committed_row(closed_db: Path) -> None:
    writer = _writer(closed_db, 0)
    committed: list[int] = []
    assert writer.stdout is not None
    deadline = time.monotonic() + 60
    while len(committed) < 200 and time.monotonic() < deadline:
        committed.append(int(writer.stdout.readline()))
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait(timeout=30)
    assert writer.returncode == -signal.SIGKILL

    workspace = access.unlock(closed_db, ADMIN, ADMIN_PASSPHRASE)
    try:
        assert workspace.database.integrity_problems() == []
        with workspace.transaction() as session:
            keys = set(session.scalars(select(Setting.key)))
    finally:
        workspace.lock()
    assert {f"row-{i}" for i in committed} <= keys
