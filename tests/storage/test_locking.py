"""One writer per database: a second process is told so clearly and corrupts nothing."""

from __future__ import annotations

import os
import select
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from caseflow.domain.errors import DatabaseInUse, DatabaseTooNew, WrongCredentials
from caseflow.services import access, drafts, info
from caseflow.services.workspace import Workspace
from caseflow.storage import database
from caseflow.storage.filelock import lock_file_path
from tests.storage.helpers import (
    ADMIN,
    ADMIN_PASSPHRASE,
    add_user,
    assert_clean_stderr,
    run_cli,
    sha256,
)

# Unlocks the database, optionally saves a draft, says "ready", then holds the
# database open until its stdin closes.
HOLDER = """
import os, sys
from pathlib import Path
from caseflow.services import access, drafts
workspace = access.unlock(Path(sys.argv[1]), sys.argv[2], os.environ["CASEFLOW_PASSPHRASE"])
if len(sys.argv) > 3:
    drafts.save_draft(workspace, "held", "Held open", sys.argv[3])
print("ready", flush=True)
sys.stdin.readline()
workspace.lock()
"""
IN_USE_TEXT = "already open in another Caseflow window"


def _start_holder(path: Path, *extra: str) -> subprocess.Popen[str]:
    env = dict(os.environ, CASEFLOW_PASSPHRASE=ADMIN_PASSPHRASE)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path), ADMIN, *extra],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    assert holder.stdout is not None
    ready, _, _ = select.select([holder.stdout], [], [], 30)
    line = holder.stdout.readline() if ready else ""
    if line.strip() != "ready":
        holder.kill()
        _, stderr = holder.communicate()
        pytest.fail(f"the holder process did not open the database:\n{stderr}")
    return holder


@pytest.fixture
def holder(closed_db: Path) -> Iterator[subprocess.Popen[str]]:
    process = _start_holder(closed_db)
    yield process
    if process.poll() is None:
        process.kill()
        process.wait()


def _release(process: subprocess.Popen[str]) -> None:
    _, stderr = process.communicate("\n", timeout=30)
    assert process.returncode == 0, stderr


def _assert_intact(path: Path) -> info.DatabaseReport:
    workspace = access.unlock(path, ADMIN, ADMIN_PASSPHRASE)
    try:
        report = info.database_report(workspace)
    finally:
        workspace.lock()
    assert report.intact, report.integrity_problems
    return report


def test_a_second_process_is_told_the_database_is_in_use(
    closed_db: Path, holder: subprocess.Popen[str]
) -> None:
    db_before = sha256(closed_db)

    with pytest.raises(DatabaseInUse):
        access.unlock(closed_db, ADMIN, ADMIN_PASSPHRASE)
    # The passphrase is checked first: that answer does not depend on who else works.
    with pytest.raises(WrongCredentials):
        access.unlock(closed_db, ADMIN, "not the passphrase at all")

    result = run_cli(
        "info", closed_db, "--user", ADMIN, env={"CASEFLOW_PASSPHRASE": ADMIN_PASSPHRASE}
    )
    assert result.returncode == 4
    assert IN_USE_TEXT in result.stderr
    assert_clean_stderr(result.stderr)

    assert sha256(closed_db) == db_before
    _release(holder)
    report = _assert_intact(closed_db)
    assert report.row_counts["users"] == 1


def test_a_killed_process_leaves_no_stale_lock_and_loses_no_commit(closed_db: Path) -> None:
    holder = _start_holder(closed_db, "Skrivet strax före kraschen")
    holder.kill()  # SIGKILL: no clean-up of any kind runs
    holder.wait(timeout=30)
    assert lock_file_path(closed_db).exists()  # the file stays; its lock went with the process

    report = _assert_intact(closed_db)
    assert report.row_counts["drafts"] == 1
    workspace = access.unlock(closed_db, ADMIN, ADMIN_PASSPHRASE)
    try:
        draft = drafts.load_draft(workspace, "held")
    finally:
        workspace.lock()
    assert draft is not None
    assert draft.content == "Skrivet strax före kraschen"


def test_the_same_process_cannot_open_it_twice(closed_db: Path) -> None:
    first = access.unlock(closed_db, ADMIN, ADMIN_PASSPHRASE)
    try:
        with pytest.raises(DatabaseInUse):
            access.unlock(closed_db, ADMIN, ADMIN_PASSPHRASE)
    finally:
        first.lock()


def test_lock_releases_the_database(closed_db: Path) -> None:
    for _ in range(3):
        workspace = access.unlock(closed_db, ADMIN, ADMIN_PASSPHRASE)
        assert workspace.is_open
        workspace.lock()
        assert not workspace.is_open
    workspace.lock()  # locking twice is harmless
    database.unlock(closed_db, ADMIN, ADMIN_PASSPHRASE).close()


def test_creating_holds_the_lock_until_locked(created: access.NewDatabase, db_path: Path) -> None:
    with pytest.raises(DatabaseInUse):
        access.unlock(db_path, ADMIN, ADMIN_PASSPHRASE)
    created.workspace.lock()
    access.unlock(db_path, ADMIN, ADMIN_PASSPHRASE).lock()


def test_an_account_refused_after_opening_releases_the_lock(workspace: Workspace) -> None:
    path = workspace.path
    add_user(workspace, "bo", active=False)
    workspace.lock()
    with pytest.raises(WrongCredentials):
        access.unlock(path, "bo", "Gul-ekorre-hoppar-över-staketet-17")
    access.unlock(path, ADMIN, ADMIN_PASSPHRASE).lock()


def test_a_refused_upgrade_releases_the_lock(closed_db: Path) -> None:
    opened = database.unlock(closed_db, ADMIN, ADMIN_PASSPHRASE)
    with opened.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    opened.close()
    for _ in range(2):  # the second attempt would say "in use" if the first kept the lock
        with pytest.raises(DatabaseTooNew):
            access.unlock(closed_db, ADMIN, ADMIN_PASSPHRASE)
