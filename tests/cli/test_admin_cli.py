"""``caseflow backup``, ``restore`` and ``audit verify|export`` as an administrator runs them."""

from __future__ import annotations

from pathlib import Path

from caseflow.domain.audit import AuditAction
from caseflow.services import access, audit
from tests.conftest import ADMIN, ADMIN_PASSPHRASE
from tests.storage.helpers import assert_clean_stderr, run_cli

ENV = {"CASEFLOW_PASSPHRASE": ADMIN_PASSPHRASE}


def test_backup_while_open_then_restore_refusal_and_force(
    created: access.NewDatabase, db_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    # The app has the database open while the backup runs.
    made = run_cli("backup", db_path, folder, "--user", ADMIN, env=ENV)
    created.workspace.lock()
    assert made.returncode == 0, made.stderr
    assert_clean_stderr(made.stderr)
    backup = Path(made.stdout.strip())
    assert backup.parent == folder and backup.is_file()

    again = run_cli("backup", db_path, backup, "--user", ADMIN, env=ENV)
    assert again.returncode == 2 and "already" in again.stderr.lower()

    refused = run_cli("restore", backup, db_path, "--user", ADMIN, env=ENV)
    assert refused.returncode == 2, refused.stderr
    assert_clean_stderr(refused.stderr)
    forced = run_cli("restore", backup, db_path, "--user", ADMIN, "--force", env=ENV)
    assert forced.returncode == 0, forced.stderr
    access.unlock(db_path, ADMIN, ADMIN_PASSPHRASE).lock()

    wrong = run_cli(
        "backup", db_path, folder, "--user", ADMIN, env={"CASEFLOW_PASSPHRASE": "wrong one"}
    )
    assert wrong.returncode == 3


def test_audit_verify_and_export(
    created: access.NewDatabase, db_path: Path, tmp_path: Path
) -> None:
    workspace = created.workspace
    for i in range(5):
        audit.record(workspace, AuditAction.RECORD_WRITTEN, record_type="note", record_id=i)
    workspace.lock()

    intact = run_cli("audit", "verify", db_path, "--user", ADMIN, env=ENV)
    assert intact.returncode == 0, intact.stderr
    assert intact.stdout.startswith("audit: intact")

    out = tmp_path / "log.csv"
    exported = run_cli(
        "audit", "export", db_path, "--out", out, "--from", "2020-01-01", "--user", ADMIN, env=ENV
    )
    assert exported.returncode == 0, exported.stderr
    text = out.read_bytes().decode("utf-8")
    assert text.startswith("\ufeffid;at;username;action")
    bad = run_cli(
        "audit",
        "export",
        db_path,
        "--out",
        tmp_path / "x.csv",
        "--from",
        "2020-13-01",
        "--user",
        ADMIN,
        env=ENV,
    )
    assert bad.returncode == 2 and not (tmp_path / "x.csv").exists()

    opened = access.unlock(db_path, ADMIN, ADMIN_PASSPHRASE)
    with opened.database.engine.begin() as connection:
        connection.exec_driver_sql("DROP TRIGGER audit_log_no_update")
        connection.exec_driver_sql("UPDATE audit_log SET record_id = '99' WHERE id = 3")
    opened.lock()
    broken = run_cli("audit", "verify", db_path, "--user", ADMIN, env=ENV)
    assert broken.returncode == 5
    assert "entry 3" in broken.stdout
    assert_clean_stderr(broken.stderr)
