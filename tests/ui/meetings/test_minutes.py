"""The minutes mode: writing and saving items, drafts, approval, corrections, attendance."""

from __future__ import annotations

import io
from datetime import timedelta

import pypdf
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from caseflow.domain.cases import Agency
from caseflow.services import drafts as draft_store
from caseflow.services import meetings, minutes
from caseflow.ui.cases.tab_support import to_qdate
from caseflow.ui.meetings.editor import MINUTES
from caseflow.ui.pdf_preview import PdfPreview
from tests.services.meeting_fixtures import TODAY
from tests.ui.cases.conftest_workspace import type_text
from tests.ui.meetings.test_editor_support import *  # noqa: F403 - the fixtures
from tests.ui.meetings.test_editor_support import click_role, message_box


def _stored(worker, meeting_id: int, number: int) -> minutes.ItemView:
    return next(i for i in minutes.get_minutes(worker, meeting_id).items if i.number == number)


def _write(qtbot, editor, number: int, notes: str, decisions: str = "") -> None:
    editor.minutes.select(number)
    page = editor.minutes.pages[number]
    page.editor.notes.setFocus()
    type_text(qtbot, page.editor.notes, notes)
    if decisions:
        type_text(qtbot, page.editor.decisions, decisions)


def _save_and_wait(qtbot, editor, number: int) -> None:
    page = editor.minutes.pages[number]
    qtbot.keyClick(page.editor.notes, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not page.saving and not page.is_dirty(), timeout=10_000)


def test_typing_an_item_and_saving_stores_it_with_its_agreed_action(
    qtbot, worker, shared_sitting, open_editor
):
    s = shared_sitting
    editor = open_editor(s.meeting_id, MINUTES)
    _write(qtbot, editor, 1, "Lisa går i skolan igen.", "Fältassistenten följer upp.")
    page = editor.minutes.pages[1]
    qtbot.mouseClick(page.editor.add_action_button, Qt.MouseButton.LeftButton)
    [row] = page.editor.rows
    type_text(qtbot, row.what, "Ringa vårdnadshavarna")
    row.agency.setCurrentIndex(row.agency.findData(Agency.SCHOOL.value))
    type_text(qtbot, row.responsible, "Eva Mentor")
    row.due.setDate(to_qdate(TODAY + timedelta(days=7)))
    page.editor.next_date.enabled.setChecked(True)
    page.editor.next_date.edit.setDate(to_qdate(TODAY + timedelta(days=30)))
    assert editor.minutes.tree.currentItem().text(1) == "Unsaved changes"

    _save_and_wait(qtbot, editor, 1)

    stored = _stored(worker, s.meeting_id, 1)
    assert stored.notes == "Lisa går i skolan igen."
    assert stored.decisions == "Fältassistenten följer upp."
    assert stored.next_date == TODAY + timedelta(days=30)
    [action] = stored.actions
    assert (action.what, action.agency, action.responsible, action.due) == (
        "Ringa vårdnadshavarna",
        Agency.SCHOOL,
        "Eva Mentor",
        TODAY + timedelta(days=7),
    )
    assert "Item 1 was saved." in page.message.text()
    assert editor.minutes.tree.currentItem().text(1) == "Written"
    # A saved item leaves no draft behind.
    assert not [d for d in draft_store.list_drafts(worker) if d.editor_key.startswith("meeting:")]


def test_a_refused_save_keeps_the_text_and_says_why(qtbot, worker, shared_sitting, open_editor):
    editor = open_editor(shared_sitting.meeting_id, MINUTES)
    _write(qtbot, editor, 2, "Något")
    page = editor.minutes.pages[2]
    page.editor.next_date.enabled.setChecked(True)
    page.editor.next_date.edit.setDate(to_qdate(TODAY - timedelta(days=1)))
    qtbot.keyClick(page.editor.notes, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.message.isVisible() and not page.saving, timeout=10_000)
    assert "must be after this meeting" in page.message.text()
    assert page.editor.notes.toPlainText() == "Något" and page.is_dirty()
    assert _stored(worker, shared_sitting.meeting_id, 2).notes == ""


def test_a_draft_of_unsaved_text_survives_closing_and_is_offered_back(
    qtbot, worker, shared_sitting, open_editor
):
    s = shared_sitting
    editor = open_editor(s.meeting_id, MINUTES)
    _write(qtbot, editor, 7, "Åsa var inte där; skolan oroar sig.")

    editor.request_close()
    box = message_box(qtbot, editor, "closeQuestion")
    click_role(box, QMessageBox.ButtonRole.AcceptRole)  # keep as draft and close
    key = f"meeting:{s.meeting_id}:item:7:notes"
    qtbot.waitUntil(lambda: draft_store.load_draft(worker, key) is not None, timeout=5000)
    assert not shiboken6.isValid(editor) or not editor.isVisible()
    assert _stored(worker, s.meeting_id, 7).notes == ""  # nothing was saved

    again = open_editor(s.meeting_id, MINUTES)
    assert again is not editor
    page = again.minutes.pages[7]
    assert page.editor.notes.toPlainText() == "Åsa var inte där; skolan oroar sig."
    assert page.is_dirty()
    assert again.minutes.current_page() is page
    assert "restored" in page.message.text()

    _save_and_wait(qtbot, again, 7)
    assert _stored(worker, s.meeting_id, 7).notes == "Åsa var inte där; skolan oroar sig."
    # Gone once saved (an autosave under way meanwhile is undone by the keeper's next one).
    qtbot.waitUntil(lambda: draft_store.load_draft(worker, key) is None, timeout=5000)


def test_discarding_on_close_leaves_no_draft(qtbot, worker, shared_sitting, open_editor):
    s = shared_sitting
    editor = open_editor(s.meeting_id, MINUTES)
    _write(qtbot, editor, 3, "Kladd")
    key = f"meeting:{s.meeting_id}:item:3:notes"
    editor._keeper.save_soon_now()  # as the keeper does a moment after typing
    qtbot.waitUntil(lambda: draft_store.load_draft(worker, key) is not None, timeout=5000)

    editor.request_close()
    click_role(message_box(qtbot, editor, "closeQuestion"), QMessageBox.ButtonRole.DestructiveRole)
    qtbot.waitUntil(lambda: draft_store.load_draft(worker, key) is None, timeout=5000)
    again = open_editor(s.meeting_id, MINUTES)
    assert again.minutes.pages[3].editor.notes.toPlainText() == ""


def test_approving_locks_the_items_and_a_correction_appears_under_its_item(
    qtbot, worker, shared_sitting, open_editor
):
    s = shared_sitting
    editor = open_editor(s.meeting_id, MINUTES)
    _write(qtbot, editor, 1, "Lisa mår bättre.")
    _save_and_wait(qtbot, editor, 1)

    qtbot.mouseClick(editor.minutes.approve_button, Qt.MouseButton.LeftButton)
    box = message_box(qtbot, editor.minutes, "confirmDialog")
    assert "locked" in box.text()
    click_role(box, QMessageBox.ButtonRole.AcceptRole)
    qtbot.waitUntil(lambda: editor.minutes.locked, timeout=10_000)
    qtbot.waitUntil(lambda: "Approved" in editor.status_label.text(), timeout=10_000)

    page = editor.minutes.pages[1]
    assert page.editor.notes.isReadOnly() and page.editor.decisions.isReadOnly()
    assert page.save_button.isHidden() and page.remove_button.isHidden()
    assert not editor.minutes.add_button.isEnabled()
    assert page.correct_button.isVisible() and page.correct_button.isEnabled()
    # Empty items were left out when approving.
    assert sorted(editor.minutes.pages) == [1]

    qtbot.mouseClick(page.correct_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, page.correction_editor.notes, "Rättelse: Lisa mår mycket bättre.")
    qtbot.mouseClick(page.save_correction_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Rättelse" in page.corrections_label.text(), timeout=10_000)
    assert page.corrections_label.isVisible()
    assert "Correction (item 11)" in page.corrections_label.text()
    assert page.correction_box.isHidden()
    assert page.editor.notes.toPlainText() == "Lisa mår bättre."  # the original stays

    tree_item = editor.minutes.tree.topLevelItem(0).child(0)
    assert tree_item.childCount() == 1 and tree_item.child(0).text(0).startswith("Correction 11")
    stored = minutes.get_minutes(worker, s.meeting_id)
    assert [(i.number, i.corrects) for i in stored.items] == [(1, None), (11, 1)]
    assert stored.items[0].notes == "Lisa mår bättre."


def test_approval_waits_for_unsaved_items(qtbot, shared_sitting, open_editor):
    editor = open_editor(shared_sitting.meeting_id, MINUTES)
    _write(qtbot, editor, 4, "Inte sparat")
    editor.minutes.approve()
    assert "before approving" in editor.minutes.message.text()
    assert not editor.minutes.locked


def test_attendance_without_consent_is_refused_with_the_reason(
    qtbot, worker, shared_sitting, open_editor
):
    s = shared_sitting
    editor = open_editor(s.meeting_id, MINUTES)
    dialog = editor.minutes.open_attendance()
    assert dialog is not None
    dialog.set_present(s.mentor_id, (s.covered_case, s.uncovered_case))
    dialog.set_present(s.social_worker_id, (s.covered_case, s.uncovered_case))
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.refusals.isVisible(), timeout=10_000)

    text = dialog.refusals.text()
    assert "Not recorded as taking part" in text and "Eva Mentor" in text
    assert s.uncovered_number in text and "No consent has been given for Vasaskolan" in text
    assert dialog.isVisible()  # the dialog stays to say why
    stored = {p.id: p.present_for for p in meetings.get_meeting(worker, s.meeting_id).participants}
    assert stored[s.mentor_id] == ()
    assert set(stored[s.social_worker_id]) == {s.covered_case, s.uncovered_case}

    # Present only where covered: recorded, and the dialog closes.
    dialog.set_present(s.mentor_id, (s.covered_case,))
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), timeout=10_000)
    stored = {p.id: p.present_for for p in meetings.get_meeting(worker, s.meeting_id).participants}
    assert stored[s.mentor_id] == (s.covered_case,)
    qtbot.waitUntil(lambda: "Eva Mentor" in editor.minutes.attendance_label.text(), timeout=5000)


def test_print_minutes_shows_one_case_alone(qtbot, worker, shared_sitting, open_editor):
    s = shared_sitting
    editor = open_editor(s.meeting_id, MINUTES)
    _write(qtbot, editor, 1, "Bara om Lisa.")
    _save_and_wait(qtbot, editor, 1)
    preview = editor.minutes.print_minutes(s.covered_case)
    assert isinstance(preview, PdfPreview)
    qtbot.waitUntil(lambda: preview.page_count > 0 or preview.message.isVisible(), timeout=15_000)
    assert preview.data is not None, preview.message.text()
    text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(preview.data)).pages)
    assert s.covered_number in text and s.uncovered_number not in text
    preview.close()


def test_an_item_is_added_for_a_chosen_case_and_removed_again(
    qtbot, worker, shared_sitting, open_editor
):
    s = shared_sitting
    editor = open_editor(s.meeting_id, MINUTES)
    editor.minutes.select(6)  # an item of the second case: the dialog proposes that case
    qtbot.mouseClick(editor.minutes.add_button, Qt.MouseButton.LeftButton)
    dialog = editor.minutes.dialog
    assert dialog is not None and dialog.case.currentData() == s.uncovered_case
    assert not dialog.ok_button.isEnabled()  # a heading is needed
    type_text(qtbot, dialog.heading, "Skolans oro")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: 11 in editor.minutes.pages, timeout=10_000)
    assert editor.minutes.current_page() is editor.minutes.pages[11]
    stored = _stored(worker, s.meeting_id, 11)
    assert (stored.case_id, stored.heading) == (s.uncovered_case, "Skolans oro")
    second_case = editor.minutes.tree.topLevelItem(1)
    assert second_case.child(second_case.childCount() - 1).text(0) == "11. Skolans oro"

    qtbot.mouseClick(editor.minutes.pages[11].remove_button, Qt.MouseButton.LeftButton)
    box = message_box(qtbot, editor.minutes, "confirmDialog")
    assert "Skolans oro" in box.text()
    click_role(box, QMessageBox.ButtonRole.AcceptRole)
    qtbot.waitUntil(lambda: 11 not in editor.minutes.pages, timeout=10_000)
    assert [i.number for i in minutes.get_minutes(worker, s.meeting_id).items] == list(range(1, 11))


def test_ctrl_w_asks_before_closing_with_unsaved_text(qtbot, shared_sitting, open_editor):
    editor = open_editor(shared_sitting.meeting_id, MINUTES)
    _write(qtbot, editor, 2, "Osparat")
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=5000)
    qtbot.keyClick(
        editor.minutes.pages[2].editor.notes, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier
    )
    box = message_box(qtbot, editor, "closeQuestion")
    assert "not saved" in box.text()
    click_role(box, QMessageBox.ButtonRole.RejectRole)  # Cancel: stay
    qtbot.wait(100)
    assert editor.isVisible() and editor.minutes.pages[2].editor.notes.toPlainText() == "Osparat"
