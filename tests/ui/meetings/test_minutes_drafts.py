"""Typing minutes never loses text: after a lock or a crash it is offered back."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QMessageBox

from caseflow.services import drafts as draft_store
from caseflow.ui.controller import AppController
from caseflow.ui.meetings.editor import MINUTES, MeetingEditor, open_meeting_editor
from tests.helpers import PASSPHRASE
from tests.ui.cases.conftest_workspace import type_text
from tests.ui.conftest import unlock, wait_for_unlock_dialog
from tests.ui.meetings.test_editor_support import *  # noqa: F403 - the fixtures

# The app signs in from the unlock dialog with a file here; a server profile
# file is tested in tests/server/test_sign_in_window.py.
pytestmark = pytest.mark.file_only

TEXT = "Åsa kom inte; mentorn ringer hem i morgon."


def _open(qtbot, controller: AppController, meeting_id: int) -> MeetingEditor:
    window = controller.main_window
    assert window is not None and controller.workspace is not None
    editor = open_meeting_editor(window, controller.workspace, window.drafts, meeting_id)
    assert isinstance(editor, MeetingEditor)
    qtbot.waitUntil(lambda: editor.loaded, timeout=10_000)
    editor.show_mode(MINUTES)
    qtbot.waitUntil(lambda: editor.minutes.loaded, timeout=10_000)
    return editor


def test_unsaved_item_text_survives_a_lock_and_is_offered_back(
    qtbot, controller: AppController, worker, seeded_db, shared_sitting
):
    worker.lock()  # one user per database and process: the app unlocks it now
    controller.show_unlock(seeded_db[0])
    wait_for_unlock_dialog(qtbot, controller)
    unlock(qtbot, controller, "sara", PASSPHRASE)
    editor = _open(qtbot, controller, shared_sitting.meeting_id)
    editor.minutes.select(6)
    page = editor.minutes.pages[6]
    type_text(qtbot, page.editor.notes, TEXT)

    with qtbot.waitSignal(controller.locked, timeout=10_000):
        controller.lock()
    # Closed by the lock without a question: the keeper had the text already.
    assert not shiboken6.isValid(editor) or not editor.isVisible()
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]

    wait_for_unlock_dialog(qtbot, controller)
    unlock(qtbot, controller, "sara", PASSPHRASE)
    again = _open(qtbot, controller, shared_sitting.meeting_id)
    restored = again.minutes.pages[6]
    assert restored.editor.notes.toPlainText() == TEXT
    assert again.minutes.current_page() is restored
    assert "restored" in restored.message.text()
    again.close()


def test_typed_text_is_kept_moments_after_typing_and_survives_a_crash(
    qtbot, worker, keeper, shared_sitting, open_editor
):
    s = shared_sitting
    editor = open_editor(s.meeting_id, MINUTES)
    editor.minutes.select(2)
    type_text(qtbot, editor.minutes.pages[2].editor.decisions, "Ny kontakt med BUP")
    key = f"meeting:{s.meeting_id}:item:2:decisions"
    # The keeper writes the draft a moment after typing stops, with no close or lock.
    qtbot.waitUntil(lambda: draft_store.load_draft(worker, key) is not None, timeout=8000)
    assert draft_store.load_draft(worker, key).content == "Ny kontakt med BUP"

    # A crash: the window is gone without closing.
    editor.minutes.unregister_all()
    editor.preparation.unregister()
    shiboken6.delete(editor)
    again = open_editor(s.meeting_id)
    assert again.tabs.currentIndex() == MINUTES
    assert again.minutes.pages[2].editor.decisions.toPlainText() == "Ny kontakt med BUP"
