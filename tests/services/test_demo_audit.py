"""The demo's audit history: a year of logins, openings and writes, on an intact chain."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from caseflow.domain.audit import AuditAction
from caseflow.services import access, audit, demo


def test_the_demo_has_an_intact_audit_history(tmp_path: Path) -> None:
    path = tmp_path / "demo.caseflow"
    demo.create_or_fill(path, cases=30, seed=3, fast_kdf=True, today=date(2026, 11, 25))
    manager = access.unlock(path, "chef", demo.DEMO_PASSPHRASE)
    try:
        result = audit.verify(manager)
        assert result.intact and result.entries > 100
        actions = {e.action for e in audit.entries(manager, limit=5_000)}
        assert {
            AuditAction.LOGIN.value,
            AuditAction.LOCK.value,
            AuditAction.CASE_OPENED.value,
            AuditAction.RECORD_WRITTEN.value,
        } <= actions
        written = audit.entries(
            manager, audit.AuditFilter(action=AuditAction.RECORD_WRITTEN), limit=5_000
        )
        assert all(e.case_number and e.record_type == "journal_entry" for e in written)
        assert min(e.at.date() for e in written) >= date(2025, 11, 25)
    finally:
        manager.lock()
