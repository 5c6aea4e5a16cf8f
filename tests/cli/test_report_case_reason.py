"""`caseflow report case` on a colleague's case: refused without a reason, logged with one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from caseflow.domain.audit import AuditAction
from caseflow.services import access, audit, demo
from caseflow.storage.models import Case, User
from tests.storage.helpers import assert_clean_stderr, run_cli


def test_a_colleagues_case_needs_a_reason(tmp_path: Path) -> None:
    db = tmp_path / "demo.caseflow"
    demo.create_or_fill(db, cases=12, seed=5, fast_kdf=True, today=date(2026, 11, 25))
    worker = access.unlock(db, "socsek", demo.DEMO_PASSPHRASE)
    try:
        with worker.transaction() as session:
            number = session.scalar(
                select(Case.case_number)
                .join(User, User.id == Case.responsible_user_id)
                .where(User.username == "socsek2")
                .limit(1)
            )
    finally:
        worker.lock()
    assert number is not None
    env = {"CASEFLOW_PASSPHRASE": demo.DEMO_PASSPHRASE}
    out = tmp_path / "report.pdf"
    args = ("report", "case", db, "--user", "socsek", "--case", number, "--out", out)

    refused = run_cli(*args, env=env)
    assert refused.returncode == 2
    assert "Say why you need to open it" in refused.stderr
    assert_clean_stderr(refused.stderr)
    assert not out.exists()

    reason = "Vikarierar för handläggaren under semestern"
    written = run_cli(*args, "--reason", reason, env=env)
    assert written.returncode == 0, written.stderr
    assert out.read_bytes().startswith(b"%PDF-")

    manager = access.unlock(db, "chef", demo.DEMO_PASSPHRASE)
    try:
        opened = audit.entries(manager, audit.AuditFilter(action=AuditAction.CASE_OPENED))
    finally:
        manager.lock()
    assert any(e.case_number == number and e.reason == reason for e in opened), [
        (e.case_number, e.reason) for e in opened
    ]
