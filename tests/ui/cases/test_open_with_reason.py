"""Opening a case that is not yours: the reason dialog, its log entry, and plain refusals."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy import select

from caseflow.domain.audit import AuditAction
from caseflow.services import cases
from caseflow.services.case_access import ReasonRequired
from caseflow.services.cases import CaseFilter, CaseListRow
from caseflow.services.workspace import Workspace
from caseflow.storage.models import AuditLogEntry
from caseflow.storage.server import ServerProfile
from caseflow.ui.cases.list_model import CaseListModel
from caseflow.ui.cases.list_page import CasesPage
from caseflow.ui.cases.reason_dialog import ReasonDialog
from caseflow.ui.cases.workspace import CaseWorkspace
from caseflow.ui.drafts import DraftKeeper
from tests.helpers import login
from tests.ui.cases.conftest import COLLEAGUE, WORKER, Seeded


@pytest.fixture
def colleague(seeded_db: tuple[Path | ServerProfile, Seeded]) -> Iterator[Workspace]:
    """Unlocked as Olle, a social worker assigned to Örjan's case only."""
    workspace = login(seeded_db[0], COLLEAGUE)
    yield workspace
    QThreadPool.globalInstance().waitForDone(10_000)
    QApplication.processEvents()
    workspace.lock()


def _page(qtbot, workspace: Workspace) -> CasesPage:
    page = CasesPage(workspace, DraftKeeper(workspace))
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    _wait(qtbot, page.case_list.model)
    return page


def _wait(qtbot, model: CaseListModel) -> None:
    qtbot.waitUntil(lambda: not model.is_loading, timeout=5000)


def _colleagues_case(worker: Workspace, seeded: Seeded) -> CaseListRow:
    [row] = cases.list_cases(worker, CaseFilter(responsible_user_id=seeded.colleague_id)).rows
    return row


def _dialog(qtbot, widget: CaseWorkspace) -> ReasonDialog:
    qtbot.waitUntil(
        lambda: widget.reason_dialog is not None and widget.reason_dialog.isVisible(),
        timeout=5000,
    )
    assert widget.reason_dialog is not None
    return widget.reason_dialog


def _openings(workspace: Workspace, case_id: int) -> list[tuple[str, str]]:
    with workspace.transaction() as session:
        rows = session.execute(
            select(AuditLogEntry.username, AuditLogEntry.reason)
            .where(
                AuditLogEntry.action == AuditAction.CASE_OPENED.value,
                AuditLogEntry.case_id == case_id,
            )
            .order_by(AuditLogEntry.id)
        )
        return [(username, reason) for username, reason in rows]


def test_a_colleagues_case_opens_after_a_reason_that_is_logged(qtbot, worker, seeded):
    row = _colleagues_case(worker, seeded)
    page = _page(qtbot, worker)
    bar = page.case_list.filters
    qtbot.keyClicks(bar.search, row.case_number)
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)  # search at once, go to the list
    _wait(qtbot, page.case_list.model)
    qtbot.keyClick(page.case_list.table, Qt.Key.Key_Return)

    widget = page.tabs.currentWidget()
    assert isinstance(widget, CaseWorkspace)
    dialog = _dialog(qtbot, widget)
    assert row.case_number in dialog.findChild(QLabel, "reasonQuestion").text()
    assert not widget.tabs_built  # nothing of the case is read before the reason
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.reason, "kolla")
    assert not dialog.ok_button.isEnabled()  # one word says nothing
    assert "few words" in dialog.field_label("reason").text()
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)  # Enter does not open it either
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.reason, " upp oron från skolan")
    assert dialog.ok_button.isEnabled()
    assert not dialog.field_label("reason").isVisible()
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: widget.case is not None, timeout=5000)
    qtbot.waitUntil(
        lambda: page.tabs.tabText(1) == f"{row.case_number} Örjan Ängström", timeout=5000
    )
    # The reason opens the case for the rest of the session: every tab reads it.
    qtbot.waitUntil(
        lambda: widget.person_tab.loaded and widget.journal_tab.loaded and widget.plan_tab.loaded,
        timeout=10_000,
    )
    assert not widget.message.isVisible()
    assert not widget.journal_tab.message.isVisible()
    qtbot.waitUntil(lambda: widget.reason_dialog is None, timeout=5000)
    QThreadPool.globalInstance().waitForDone(10_000)
    openings = _openings(worker, row.id)
    assert openings[0] == (WORKER, "kolla upp oron från skolan")
    assert all(reason == "" for _, reason in openings[1:])  # later reads need no new reason


def test_escape_cancels_and_the_case_stays_closed(qtbot, worker, seeded):
    row = _colleagues_case(worker, seeded)
    page = _page(qtbot, worker)
    widget = page.open_case(row.id)  # as from Översikt: by id only
    assert isinstance(widget, CaseWorkspace)
    dialog = _dialog(qtbot, widget)
    qtbot.keyClicks(dialog.reason, "ville bara titta lite")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.tabs.count() == 1, timeout=5000)
    assert page.open_cases() == {}
    assert page.tabs.currentIndex() == 0
    assert _openings(worker, row.id) == []
    with pytest.raises(ReasonRequired):
        cases.get_case(worker, row.id)  # cancelling granted nothing


def test_a_protected_identity_is_refused_in_words_without_asking(qtbot, colleague, seeded):
    page = _page(qtbot, colleague)
    listed = cases.list_cases(colleague, CaseFilter(text=seeded.protected_case)).rows
    if colleague.on_server:
        # A server shows no row of a protected identity's case to those not
        # assigned to it: it could not give the row without whose it is.
        assert listed == []
        return
    [row] = listed
    assert row.person_name is None and row.personnummer is None  # not his case
    widget = page.open_case(row.id)
    assert isinstance(widget, CaseWorkspace)
    qtbot.waitUntil(lambda: widget.refused, timeout=5000)
    assert widget.reason_dialog is None
    assert "protected identity" in widget.message.text()
    assert "cannot be opened" in widget.heading.text()
    assert not widget.tabs_built and widget.tabs.isHidden()
    assert page.close_tab(1)


def test_a_manager_is_told_the_case_is_not_theirs(qtbot, manager, seeded):
    page = _page(qtbot, manager)
    [row] = cases.list_cases(manager, CaseFilter(text=seeded.asa_case)).rows
    widget = page.open_case(row.id)
    assert isinstance(widget, CaseWorkspace)
    qtbot.waitUntil(lambda: widget.refused, timeout=5000)
    assert "only the staff assigned to it can open it" in widget.message.text()
    assert widget.reason_dialog is None and not widget.tabs_built
