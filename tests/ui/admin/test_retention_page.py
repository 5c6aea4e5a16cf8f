"""Gallring: a manager ticks a due case, writes the decision, confirms, and it is gone."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from caseflow.domain.audit import AuditAction
from caseflow.services import access, audit, retention
from caseflow.services.workspace import Workspace
from caseflow.ui.pages.retention import CASE, REASON, RetentionPage
from tests.conftest import ADMIN, ADMIN_PASSPHRASE
from tests.helpers import login
from tests.ui.admin.conftest import accept_confirmation, closed_case, settle


def _due_database(users: Path) -> tuple[int, str]:
    worker = login(users, "sara")
    try:
        return closed_case(worker, "Gallringsson", date(2003, 2, 3), 981)
    finally:
        worker.lock()


def _page(qtbot, workspace: Workspace) -> RetentionPage:
    page = RetentionPage(workspace)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    qtbot.waitUntil(lambda: page.count_label.text() != "Loading…", timeout=10_000)
    return page


def test_a_manager_deletes_a_due_case_with_a_note(qtbot, users: Path) -> None:
    case_id, number = _due_database(users)
    manager = login(users, "chef")
    try:
        page = _page(qtbot, manager)
        assert page.tree.topLevelItemCount() == 1
        item = page.tree.topLevelItem(0)
        assert item.text(CASE) == number
        assert "retention period" in item.text(REASON)
        assert "Gallringsson" not in " ".join(item.text(c) for c in range(6))
        assert not page.delete_button.isEnabled()
        page.tree.setFocus()
        page.tree.setCurrentItem(item)
        qtbot.keyClick(page.tree, Qt.Key.Key_Space)  # ticked from the keyboard
        assert item.checkState(CASE) == Qt.CheckState.Checked
        assert not page.delete_button.isEnabled()  # the decision is not written yet
        page.note.setText("Gallringsbeslut 2026-11-01 enligt dokumenthanteringsplanen")
        assert page.delete_button.isEnabled()
        page.delete_button.click()
        question = accept_confirmation(qtbot, page)
        assert "cannot be undone" in question and "1 case" in question and number in question
        qtbot.waitUntil(lambda: "deleted" in page.message.text(), timeout=30_000)
        assert page.message.text().startswith("1 case")
        qtbot.waitUntil(lambda: page.tree.topLevelItemCount() == 0, timeout=10_000)
        assert page.count_label.text() == "No case is due for deletion."
        assert not page.busy.isVisible() and page.note.text() == ""
        assert retention.due_cases(manager, date.today()) == []
        logged = audit.entries(manager, audit.AuditFilter(action=AuditAction.RETENTION_DELETED))
        assert [e.case_id for e in logged] == [case_id]
        assert logged[0].reason.startswith("Gallringsbeslut")
    finally:
        settle()
        manager.lock()


def test_an_administrator_sees_the_list_but_cannot_delete(qtbot, users: Path) -> None:
    _due_database(users)

    admin = access.unlock(users, ADMIN, ADMIN_PASSPHRASE)
    try:
        page = _page(qtbot, admin)
        assert page.tree.topLevelItemCount() == 1
        assert not page.may_delete and page.delete_button.isHidden()
        assert page.chosen_ids() == []
        assert "Only a manager" in page.explanation.text()
    finally:
        settle()
        admin.lock()
