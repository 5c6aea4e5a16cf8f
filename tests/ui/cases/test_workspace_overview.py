"""The case workspace: loading every tab, moving a case forward, closing it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QTabWidget

from caseflow.domain.cases import CaseStatus, ClosingReason
from caseflow.services import cases
from tests.ui.cases.conftest_workspace import *  # noqa: F403 - the fixtures
from tests.ui.cases.conftest_workspace import WORKER_NAME, type_text


def test_workspace_loads_every_tab(qtbot, make_workspace, case):
    titles = []
    widget = make_workspace(case.case_id)
    widget.title_changed.connect(titles.append)
    assert widget.title == f"{case.case_number} Åsa Öberg"
    tabs = widget.tabs
    assert isinstance(tabs, QTabWidget)
    assert [tabs.tabText(i).replace("&", "") for i in range(tabs.count())] == [
        "Overview",
        "Person and guardians",
        "Mapping",
        "Action plan",
        "Meetings",
        "Journal",
        "Consent",
    ]
    overview = widget.overview
    assert overview.case_number.text() == case.case_number
    assert overview.status.text() == "Received"
    assert "Åsa Öberg" in overview.person.text()
    assert overview.responsible.text() == WORKER_NAME
    assert overview.history.rowCount() == 1
    assert widget.person_tab.editor.first_name.text() == "Åsa"
    assert widget.person_tab.cases_table.rowCount() == 1
    assert widget.mapping_tab.table.rowCount() > 20  # the whole catalogue, grouped
    assert widget.plan_tab.goals == []
    assert widget.journal_tab.entries == []
    assert not widget.protected_banner.isVisible()
    assert not widget.has_unsaved_changes()

    # Ctrl+PgDn / Ctrl+PgUp move between the tabs, also from inside a table.
    widget.activateWindow()
    overview.history.setFocus()
    qtbot.waitUntil(overview.history.hasFocus)
    qtbot.keyClick(overview.history, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 1
    qtbot.keyClick(tabs.currentWidget(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(tabs.currentWidget(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == tabs.count() - 1  # wraps round to the last tab


def test_status_moves_forward_only_to_allowed_targets(qtbot, make_workspace, case):
    widget = make_workspace(case.case_id)
    overview = widget.overview
    # Received may go to mapping (or close, through its own dialog): nothing else.
    assert set(overview.status_buttons) == {CaseStatus.MAPPING}
    overview.change_note.setText("Kartläggning bokad")
    with qtbot.waitSignal(widget.case_changed, timeout=5000):
        overview.status_buttons[CaseStatus.MAPPING].click()
    qtbot.waitUntil(lambda: overview.status.text() == "Mapping", timeout=5000)
    assert set(overview.status_buttons) == {CaseStatus.ACTIVE}
    assert overview.history.rowCount() == 2
    newest = [overview.history.item(0, c).text() for c in range(5)]
    assert newest[1:] == ["Received", "Mapping", WORKER_NAME, "Kartläggning bokad"]
    assert widget.status_label.text() == "Status: Mapping"


def test_close_case_through_the_dialog(qtbot, make_workspace, case, social_worker):
    widget = make_workspace(case.case_id)
    overview = widget.overview
    dialog = overview.open_close_dialog()
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert not dialog.ok_button.isEnabled()  # no summary yet

    dialog.reason.setCurrentIndex(dialog.reason.findData(ClosingReason.OTHER.value))
    qtbot.keyClicks(dialog.summary, "Flyttar")
    assert not dialog.ok_button.isEnabled()  # "Other" needs a real explanation
    assert "20 characters" in dialog.summary_message.text()
    assert dialog.summary_message.isVisible()

    type_text(qtbot, dialog.summary, " till farmor i Norrland i vår")
    assert dialog.ok_button.isEnabled()
    assert not dialog.summary_message.isVisible()
    with qtbot.waitSignal(widget.case_changed, timeout=5000):
        dialog.ok_button.click()
    qtbot.waitUntil(lambda: overview.status.text() == "Closed", timeout=5000)

    assert overview.closing_box.isVisible()
    assert overview.closing_reason.text() == "Other reason"
    assert "farmor" in overview.closing_summary.text()
    assert overview.history.item(0, 2).text() == "Closed"
    assert overview.status_buttons == {}
    assert not overview.close_button.isVisible()
    # The tabs reload the case now (an audited read): the test reads after them.
    QThreadPool.globalInstance().waitForDone(10_000)
    assert cases.get_case(social_worker, case.case_id).status is CaseStatus.CLOSED


def test_closing_refused_by_the_service_is_shown_in_the_dialog(
    qtbot, make_workspace, case, social_worker
):
    widget = make_workspace(case.case_id)
    dialog = widget.overview.open_close_dialog()
    assert dialog is not None
    type_text(qtbot, dialog.summary, "Målen nådda")
    # Someone closes the case meanwhile: the service refuses, the dialog says so.
    cases.close_case(
        social_worker, case.case_id, ClosingReason.GOALS_REACHED, "Klart", case_date(widget)
    )
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=5000)
    assert "changed this case" in dialog.message.text()  # who, when, what: the status
    assert dialog.isVisible()
    assert dialog.summary.toPlainText() == "Målen nådda"


def case_date(widget):
    assert widget.case is not None
    return widget.case.referral_date


def test_close_case_from_the_keyboard(qtbot, make_workspace, case):
    widget = make_workspace(case.case_id)
    overview = widget.overview
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    overview.close_button.setFocus()
    qtbot.keyClick(overview.close_button, Qt.Key.Key_Space)
    dialog = overview.close_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.summary.setFocus()
    type_text(qtbot, dialog.summary, "Goals reached, school every day")
    with qtbot.waitSignal(widget.case_changed, timeout=5000):
        qtbot.keyClick(dialog.summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: overview.status.text() == "Closed", timeout=5000)
