"""The journal tab: write, sign, fail to edit, correct; unsigned text survives as a draft."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from caseflow.domain.cases import JournalEntryType
from caseflow.services import drafts, journal
from caseflow.services.journal import EntrySigned
from caseflow.ui.cases.journal_editor import EditorMode
from tests.ui.cases.conftest_workspace import *  # noqa: F403 - the fixtures
from tests.ui.cases.conftest_workspace import accept_confirmation, type_text


def _write(qtbot, widget, text: str) -> int:
    tab = widget.journal_tab
    editor = tab.editor
    widget.tabs.setCurrentWidget(tab)
    # Shortcuts need the active window (a closed message box leaves none offscreen).
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    editor.text.setFocus()
    type_text(qtbot, editor.text, text)
    assert widget.has_unsaved_changes()
    with qtbot.waitSignal(editor.saved, timeout=5000) as saved:
        qtbot.keyClick(editor.text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: tab.selected() is not None and tab.selected().text == text, timeout=5000
    )
    return int(saved.args[0])


def test_sign_then_only_a_correction_is_possible(qtbot, make_workspace, case, social_worker):
    widget = make_workspace(case.case_id)
    tab = widget.journal_tab
    widget.tabs.setCurrentWidget(tab)
    entry_id = _write(qtbot, widget, "Första samtalet med Åsa på skolan.")
    assert not widget.has_unsaved_changes()
    entry = tab.selected()
    assert entry is not None and not entry.signed
    assert tab.tree.currentItem().text(3) == "Unsigned"
    assert tab.edit_button.isVisible() and tab.sign_button.isVisible()
    assert not tab.correct_button.isVisible()

    with qtbot.waitSignal(widget.case_changed, timeout=5000):
        tab.sign_button.click()
        question = accept_confirmation(qtbot, tab)
    assert "cannot be changed" in question
    qtbot.waitUntil(lambda: tab.selected() is not None and tab.selected().signed, timeout=5000)

    # Signed: no way to edit, sign or remove it in the interface ...
    assert not tab.edit_button.isVisible() and not tab.edit_button.isEnabled()
    assert not tab.remove_button.isVisible() and not tab.sign_button.isVisible()
    assert tab.correct_button.isVisible() and tab.correct_button.isEnabled()
    tab.edit_selected()  # even when asked directly
    assert tab.editor.mode is EditorMode.NEW
    # ... and the service refuses too.
    with pytest.raises(EntrySigned):
        journal.update_entry(social_worker, entry_id, date.today(), JournalEntryType.OTHER, "x")
    with pytest.raises(EntrySigned):
        journal.delete_unsigned(social_worker, entry_id)

    tab.correct_button.click()
    assert tab.editor.mode is EditorMode.CORRECTION
    assert "Correction" in tab.editor.heading.text()
    correction_id = _write(qtbot, widget, "Rättelse: samtalet hölls i hemmet.")

    # Both are shown together: the correction under the entry it corrects.
    top = tab.tree.topLevelItem(0)
    assert top.text(4) == "Första samtalet med Åsa på skolan."
    assert top.childCount() == 1
    assert top.child(0).text(4) == "Rättelse: samtalet hölls i hemmet."
    assert top.child(0).text(1).startswith("Correction")
    tab._select(entry_id)
    reader = tab.reader.toPlainText()
    assert "Första samtalet" in reader and "Rättelse: samtalet hölls i hemmet." in reader
    tab._select(correction_id)
    reader = tab.reader.toPlainText()
    assert "Första samtalet" in reader and "Rättelse" in reader


def test_unsigned_entry_can_be_changed_and_removed(qtbot, make_workspace, case, social_worker):
    widget = make_workspace(case.case_id)
    tab = widget.journal_tab
    entry_id = _write(qtbot, widget, "Telefonsamtal med mamma.")
    tab.edit_button.click()
    assert tab.editor.mode is EditorMode.EDIT
    assert tab.editor.text.toPlainText() == "Telefonsamtal med mamma."
    assert not widget.has_unsaved_changes()
    tab.editor.text.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(tab.editor.text, " Hon ringer tillbaka.")
    assert tab.editor.draft_key() == f"journal:case:{case.case_id}:entry:{entry_id}"
    with qtbot.waitSignal(tab.editor.saved, timeout=5000):
        tab.editor.save_button.click()
    qtbot.waitUntil(
        lambda: tab.selected() is not None and tab.selected().text.endswith("tillbaka."),
        timeout=5000,
    )
    assert len(tab.entries) == 1

    with qtbot.waitSignal(widget.case_changed, timeout=5000):
        tab.remove_button.click()
        accept_confirmation(qtbot, tab)
    qtbot.waitUntil(lambda: tab.entries == [], timeout=5000)
    assert journal.list_entries(social_worker, case.case_id) == []


def test_empty_text_is_not_saved(qtbot, make_workspace, case):
    widget = make_workspace(case.case_id)
    editor = widget.journal_tab.editor
    qtbot.keyClicks(editor.text, "   ")
    assert not editor.save_button.isEnabled()
    editor.save()
    assert widget.journal_tab.entries == []


def test_unsigned_text_survives_as_a_draft(qtbot, make_workspace, case, keeper, social_worker):
    first = make_workspace(case.case_id, closed_by_test=True)
    editor = first.journal_tab.editor
    type_text(qtbot, editor.text, "Hembesök: pappa var inte hemma")
    assert first.has_unsaved_changes()
    assert editor.draft_key() == f"journal:case:{case.case_id}:new"
    with qtbot.waitSignal(keeper.saved, timeout=5000):
        keeper.save_soon_now()
    saved = drafts.load_draft(social_worker, editor.draft_key())
    assert saved is not None and saved.content == "Hembesök: pappa var inte hemma"

    # The workspace goes away (a crash, a closed tab): the keeper lets go of it.
    first.close()
    first.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.waitUntil(lambda: keeper.snapshots() == [], timeout=5000)

    second = make_workspace(case.case_id)
    restored = second.journal_tab.editor
    assert restored.text.toPlainText() == "Hembesök: pappa var inte hemma"
    assert not restored.notice.isHidden()
    assert "restored from a draft" in restored.notice.text()
    assert second.has_unsaved_changes()
    assert [s.key for s in keeper.snapshots()] == [restored.draft_key()]

    # Saving the entry discards the draft.
    with qtbot.waitSignal(restored.saved, timeout=5000):
        restored.save()
    assert drafts.load_draft(social_worker, restored.draft_key()) is None
    assert not second.has_unsaved_changes()


def test_save_drafts_writes_the_editor_text_now(qtbot, make_workspace, case, social_worker):
    widget = make_workspace(case.case_id)
    editor = widget.journal_tab.editor
    type_text(qtbot, editor.text, "Möte med skolan bokat")
    widget.save_drafts()
    key = editor.draft_key()
    qtbot.waitUntil(lambda: drafts.load_draft(social_worker, key) is not None, timeout=5000)
    draft = drafts.load_draft(social_worker, key)
    assert draft is not None
    assert draft.content == "Möte med skolan bokat"
    assert case.case_number in draft.title


def test_save_drafts_clears_a_draft_whose_text_was_deleted(
    qtbot, make_workspace, case, keeper, social_worker
):
    widget = make_workspace(case.case_id)
    editor = widget.journal_tab.editor
    type_text(qtbot, editor.text, "Att ringa skolan")
    with qtbot.waitSignal(keeper.saved, timeout=5000):
        keeper.save_soon_now()
    key = editor.draft_key()
    assert drafts.load_draft(social_worker, key) is not None
    editor.text.clear()
    keeper.stop()  # so that only save_drafts can clear it
    widget.save_drafts()
    qtbot.waitUntil(lambda: drafts.load_draft(social_worker, key) is None, timeout=5000)
