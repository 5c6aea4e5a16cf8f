"""The team dialog: responsible worker, other staff and agencies saved in one go."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from caseflow.domain.accounts import Role
from caseflow.domain.cases import Agency
from caseflow.services import cases
from caseflow.ui.cases.team_dialog import CONTACT, KIND, NAME, TeamDialog
from tests.helpers import add_user
from tests.ui.cases.conftest_workspace import *  # noqa: F403 - the fixtures
from tests.ui.cases.conftest_workspace import WORKER_NAME, type_text

SHOTS = Path("/tmp/shots-team")


def _colleagues(workspace) -> None:
    add_user(workspace, "olle.falt", "Olle Fält", Role.SOCIAL_WORKER)
    add_user(workspace, "nina.berg", "Nina Berg", Role.FIELD_ASSISTANT)


def _open(qtbot, workspace, case_id: int) -> TeamDialog:
    dialog = TeamDialog(workspace, cases.get_case(workspace, case_id))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=5000)
    return dialog


def test_team_dialog_saves_responsible_staff_and_agencies(qtbot, social_worker, case):
    _colleagues(social_worker)
    dialog = _open(qtbot, social_worker, case.case_id)
    assert dialog.responsible.currentText() == WORKER_NAME  # preselected
    names = [dialog.staff.item(i).text() for i in range(dialog.staff.count())]
    assert names == ["Nina Berg", "Olle Fält"]  # everyone but the responsible one

    # Olle takes over; Sara becomes one of the other staff, with Nina.
    dialog.responsible.setCurrentIndex(dialog.responsible.findText("Olle Fält"))
    names = [dialog.staff.item(i).text() for i in range(dialog.staff.count())]
    assert names == ["Nina Berg", WORKER_NAME]
    dialog.staff_item(WORKER_NAME).setCheckState(Qt.CheckState.Checked)
    dialog.staff_item("Nina Berg").setCheckState(Qt.CheckState.Checked)

    dialog.add_button.click()  # opens the kind's editor on the new row
    qtbot.keyClick(dialog.agencies.focusWidget() or dialog.agencies, Qt.Key.Key_Escape)
    dialog.set_agency(0, Agency.SCHOOL)
    dialog.agencies.item(0, NAME).setText("Vasaskolan")
    dialog.agencies.item(0, CONTACT).setText("Rektor Eva Ek, 08-123 45")
    row = dialog.add_agency(Agency.POLICE)
    assert row == 1
    assert dialog.ok_button.isEnabled()

    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.ok_button.click()
    saved = cases.get_case(social_worker, case.case_id)
    assert saved.responsible is not None
    assert saved.responsible.display_name == "Olle Fält"
    assert sorted(m.display_name for m in saved.staff) == ["Nina Berg", WORKER_NAME]
    assert [(a.agency, a.name, a.contact) for a in saved.agencies] == [
        (Agency.SCHOOL, "Vasaskolan", "Rektor Eva Ek, 08-123 45"),
        (Agency.POLICE, None, None),
    ]

    # Opened again, the dialog shows what was saved.
    again = _open(qtbot, social_worker, case.case_id)
    assert again.responsible.currentText() == "Olle Fält"
    assert again.staff_ids() == sorted(m.id for m in saved.staff)
    assert again.agencies.rowCount() == 2
    assert again.agencies.item(0, KIND).text() == "School"


def test_other_agency_needs_a_name(qtbot, social_worker, case):
    dialog = _open(qtbot, social_worker, case.case_id)
    assert dialog.ok_button.isEnabled()
    row = dialog.add_agency(Agency.OTHER)
    dialog.changed("agencies")
    assert not dialog.ok_button.isEnabled()
    assert dialog.agencies_message.isVisible()
    assert "Other" in dialog.agencies_message.text()

    # Typing the name in the cell clears the message at once.
    dialog.activateWindow()
    dialog.agencies.setCurrentCell(row, NAME)
    dialog.agencies.setFocus()
    qtbot.waitUntil(dialog.agencies.hasFocus)
    qtbot.keyClick(dialog.agencies, Qt.Key.Key_F2)
    editor = dialog.agencies.focusWidget()
    assert editor is not None and editor is not dialog.agencies
    type_text(qtbot, editor, "Fritidsgården Öst")
    assert dialog.ok_button.isEnabled()
    assert not dialog.agencies_message.isVisible()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert dialog.agencies.item(row, NAME).text() == "Fritidsgården Öst"

    # Delete (outside an editor) removes the selected row.
    dialog.add_agency(Agency.OTHER)
    dialog.changed("agencies")
    assert not dialog.ok_button.isEnabled()
    dialog.agencies.selectRow(1)
    qtbot.keyClick(dialog.agencies, Qt.Key.Key_Delete)
    assert dialog.agencies.rowCount() == 1
    assert dialog.ok_button.isEnabled()


def test_overview_button_opens_the_dialog_and_reloads(qtbot, make_workspace, case, social_worker):
    _colleagues(social_worker)
    widget = make_workspace(case.case_id)
    overview = widget.overview
    assert overview.team_button.isEnabled()
    overview.team_button.click()
    dialog = overview.team_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.loaded, timeout=5000)
    dialog.add_agency(Agency.SCHOOL, "Vasaskolan")
    with qtbot.waitSignal(overview.changed, timeout=5000):
        dialog.ok_button.click()
    qtbot.waitUntil(lambda: "Vasaskolan" in overview.agencies.text(), timeout=5000)
    assert overview.agencies.text() == "School (Vasaskolan)"


def test_render_dialog(qtbot, social_worker, case):
    _colleagues(social_worker)
    dialog = _open(qtbot, social_worker, case.case_id)
    dialog.staff_item("Nina Berg").setCheckState(Qt.CheckState.Checked)
    dialog.add_agency(Agency.SCHOOL, "Vasaskolan", "Mentor Ali Haddad")
    dialog.add_agency(Agency.POLICE)
    dialog.add_agency(Agency.OTHER)
    dialog.validate(show_all=True)
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(SHOTS / "dialog.png"))
