"""The person tab: validation by the field, saving, conflicts, protected identity, guardians."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from caseflow.services import people
from tests.ui.cases.conftest_workspace import *  # noqa: F403 - the fixtures
from tests.ui.cases.conftest_workspace import (
    GUARDIAN_NUMBER,
    TEST_NUMBER,
    accept_confirmation,
    open_case_for,
    type_text,
)


def _retype(qtbot, line, text: str) -> None:
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    type_text(qtbot, line, text)


def test_invalid_personnummer_is_shown_next_to_the_field_and_not_saved(
    qtbot, make_workspace, case, social_worker
):
    widget = make_workspace(case.case_id)
    widget.tabs.setCurrentWidget(widget.person_tab)
    editor = widget.person_tab.editor
    message = editor.messages["personnummer"]
    assert message.isHidden()

    _retype(qtbot, editor.personnummer, "20100101-9808")  # wrong check digit
    assert not message.isHidden()
    assert "check digit" in message.text()
    assert widget.has_unsaved_changes()
    assert not editor.save_button.isEnabled()

    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    editor.personnummer.setFocus()
    qtbot.keyClick(editor.personnummer, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    editor.save()
    qtbot.wait(200)
    stored = people.get_person(social_worker, case.person_id)
    assert stored.personnummer is not None
    assert stored.personnummer.replace("-", "") == TEST_NUMBER
    assert stored.version == 1

    # Put right, the message goes and the change can be saved.
    _retype(qtbot, editor.personnummer, "100101-9809")
    assert message.isHidden()
    _retype(qtbot, editor.school_class, "9A")
    assert editor.save_button.isEnabled()
    with qtbot.waitSignal(widget.case_changed, timeout=5000):
        editor.save_button.click()
    qtbot.waitUntil(lambda: not widget.has_unsaved_changes(), timeout=5000)
    stored = people.get_person(social_worker, case.person_id)
    assert stored.school_class == "9A"
    assert stored.version == 2


def test_missing_name_is_said_next_to_the_field(qtbot, make_workspace, case):
    widget = make_workspace(case.case_id)
    editor = widget.person_tab.editor
    _retype(qtbot, editor.first_name, "")
    assert not editor.messages["first_name"].isHidden()
    assert not editor.save_button.isEnabled()
    editor.undo()
    assert editor.first_name.text() == "Åsa"
    assert not widget.has_unsaved_changes()


def test_change_by_someone_else_is_said_and_typed_values_are_kept(
    qtbot, make_workspace, case, social_worker
):
    widget = make_workspace(case.case_id)
    editor = widget.person_tab.editor
    _retype(qtbot, editor.school, "Norraskolan")
    # Meanwhile, another save of the same person.
    current = people.get_person(social_worker, case.person_id, reveal=True)
    people.update_person(
        social_worker,
        case.person_id,
        people.PersonInput(
            current.first_name,
            current.last_name,
            current.personnummer,
            phone="070-999 99 99",
            address=current.address,
            school=current.school,
            school_class=current.school_class,
        ),
        current.version,
    )
    editor.save_button.click()
    qtbot.waitUntil(lambda: not editor.message.isHidden(), timeout=5000)
    assert "changed this person's details" in editor.message.text()
    assert editor.school.text() == "Norraskolan"
    assert widget.has_unsaved_changes()
    assert not editor.reload_button.isHidden()

    editor.reload_button.click()
    qtbot.waitUntil(lambda: editor.phone.text() == "070-999 99 99", timeout=5000)
    assert editor.school.text() == "Centralskolan"
    assert not widget.has_unsaved_changes()


def test_protected_identity_hides_contacts_until_revealed(qtbot, make_workspace, social_worker):
    protected = open_case_for(
        social_worker,
        people.PersonInput(
            "Kim",
            "Lindqvist",
            TEST_NUMBER,
            phone="070-123 45 67",
            address="Hemlig väg 3",
            protected_identity=True,
        ),
    )
    people.add_guardian(
        social_worker, protected.person_id, people.GuardianInput("Eva Lindqvist", phone="08-1234")
    )
    widget = make_workspace(protected.case_id)
    assert not widget.protected_banner.isHidden()
    assert "PROTECTED IDENTITY" in widget.protected_banner.text()
    assert "PROTECTED IDENTITY" in widget.overview.person.text()
    tab = widget.person_tab
    editor = tab.editor
    widget.tabs.setCurrentWidget(tab)
    assert editor.address.toPlainText() == ""
    assert editor.phone.text() == ""
    assert "Hidden" in editor.phone.placeholderText()
    assert editor.phone.isReadOnly()  # saving now would erase what is hidden
    assert tab.guardians.item(0, 4).text().startswith("Hidden")
    assert "Hemlig" not in tab.guardians.item(0, 4).text()

    editor.reveal_button.click()
    question = accept_confirmation(qtbot, tab)
    assert "protected identity" in question
    qtbot.waitUntil(lambda: editor.address.toPlainText() == "Hemlig väg 3", timeout=5000)
    assert editor.phone.text() == "070-123 45 67"
    assert not editor.phone.isReadOnly()
    assert tab.guardians.item(0, 4).text() == "08-1234"
    assert not widget.protected_banner.isHidden()  # still marked on every tab


def test_guardian_added_with_no_information_flag_is_shown_prominently(
    qtbot, make_workspace, case, social_worker
):
    widget = make_workspace(case.case_id)
    tab = widget.person_tab
    dialog = tab.add_guardian()
    assert dialog is not None
    assert not dialog.ok_button.isEnabled()  # a guardian needs a name
    type_text(qtbot, dialog.name, "Johan Berg")
    type_text(qtbot, dialog.personnummer, "12345")
    assert not dialog.ok_button.isEnabled()
    assert not dialog.field_label("guardian_personnummer").isHidden()
    _retype(qtbot, dialog.personnummer, GUARDIAN_NUMBER)
    assert dialog.ok_button.isEnabled()
    dialog.no_information.setChecked(True)
    with qtbot.waitSignal(widget.case_changed, timeout=5000):
        dialog.ok_button.click()
    qtbot.waitUntil(lambda: tab.guardians.rowCount() == 1, timeout=5000)
    assert tab.guardians.item(0, 0).text() == "Johan Berg"
    assert tab.guardians.item(0, 3).text() == "MUST NOT receive"
    assert not tab.no_information_warning.isHidden()
    assert "Johan Berg" in tab.no_information_warning.text()
    stored = people.get_person(social_worker, case.person_id)
    assert [g.no_information for g in stored.guardians] == [True]

    tab.guardians.selectRow(0)
    edit = tab.edit_guardian()
    assert edit is not None
    edit.has_custody.setChecked(False)
    with qtbot.waitSignal(widget.case_changed, timeout=5000):
        edit.ok_button.click()
    qtbot.waitUntil(lambda: tab.guardians.item(0, 2).text() == "No", timeout=5000)

    tab.guardians.selectRow(0)
    tab.remove_guardian_button.click()
    accept_confirmation(qtbot, tab)
    qtbot.waitUntil(lambda: tab.guardians.rowCount() == 0, timeout=5000)
    assert tab.no_information_warning.isHidden()
    assert people.get_person(social_worker, case.person_id).guardians == []
