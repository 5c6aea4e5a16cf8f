"""The desktop shell end to end: wizard, unlock, lock, auto-lock, drafts, recovery."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from caseflow.domain.recovery_key import normalise_recovery_key
from caseflow.services import drafts
from caseflow.ui.controller import AppController
from caseflow.ui.drafts import DraftsDialog
from tests.conftest import ADMIN, ADMIN_PASSPHRASE
from tests.ui.conftest import unlock, wait_for_unlock_dialog

NEW_PASSPHRASE = "Blåbär-Kaffe-Tåg-Vinterljus-9"


class NoteEditor(QPlainTextEdit):
    """A minimal editor that keeps its unsaved text as a draft, as real editors do."""

    def __init__(self, key: str = "test:note") -> None:
        super().__init__()
        self.key = key

    def draft_key(self) -> str:
        return self.key

    def draft_title(self) -> str:
        return "Anteckning"

    def draft_text(self) -> str | None:
        return self.toPlainText() or None


def _files_digest(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        # The lock, and the failed-attempts counter that slows down guessing.
        if p.is_file() and not p.name.endswith((".lock", ".attempts"))
    }


def test_first_run_wizard_creates_database_and_shows_recovery_key(qtbot, controller, tmp_path):
    controller.start()  # no recent databases: the wizard comes first
    wizard = controller.wizard
    assert wizard is not None and wizard.isVisible()
    wizard.location.path.setText(str(tmp_path / "unit.db"))
    wizard.next()
    assert wizard.currentPage() is wizard.administrator
    assert not wizard.administrator.isComplete()
    wizard.administrator.username.setText("Ä bad name")
    assert not wizard.administrator.isComplete()
    assert wizard.administrator.problem.text()
    wizard.administrator.username.setText("anna.berg")
    wizard.administrator.display_name.setText("Anna Berg")
    assert wizard.administrator.isComplete()
    wizard.next()

    fields = wizard.passphrase.fields
    fields.passphrase.setText("short")
    assert not wizard.passphrase.isComplete()
    assert "12" in fields.problem.text()
    fields.passphrase.setText(NEW_PASSPHRASE)
    fields.confirmation.setText(NEW_PASSPHRASE + "x")
    assert not wizard.passphrase.isComplete()
    fields.confirmation.setText(NEW_PASSPHRASE)
    assert wizard.passphrase.isComplete()
    assert fields.strength_label.text()  # strength said in words, not colour alone
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery, timeout=10000)

    shown = wizard.recovery.view.key_label.text()
    assert normalise_recovery_key(shown) == shown
    assert (tmp_path / "unit.db").is_file() and (tmp_path / "unit.db.keys").is_file()
    assert not wizard.recovery.isComplete()  # the key must be acknowledged
    wizard.reject()  # Escape does not skip the recovery key
    assert wizard.isVisible()
    wizard.recovery.confirmed.setChecked(True)
    wizard.accept()
    qtbot.waitUntil(lambda: controller.main_window is not None)
    assert controller.workspace is not None
    assert controller.workspace.user.username == "anna.berg"


def test_save_recovery_key_as_pdf(qtbot, tmp_path):
    from pypdf import PdfReader

    from caseflow.ui.recovery_key_view import save_recovery_key_pdf

    key = "ABCDE-12345-FGHJK-67890-MNPQR-STVWX-YZ012-34567"
    target = tmp_path / "key.pdf"
    save_recovery_key_pdf(key, "/data/unit.db", str(target))
    text = PdfReader(target).pages[0].extract_text()
    assert key in text.replace(" ", "") or key in text


def test_lock_with_ctrl_l_forgets_key_and_unlock_returns(qtbot, unlocked: AppController):
    window = unlocked.main_window
    assert window is not None
    workspace = unlocked.workspace
    assert workspace is not None
    # A shortcut reaches only an active window: wait until it is one.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    with qtbot.waitSignal(unlocked.locked, timeout=5000):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not workspace.is_open  # the key is gone with the workspace
    assert unlocked.main_window is None
    wait_for_unlock_dialog(qtbot, unlocked)
    dialog = unlocked.unlock_dialog
    assert dialog is not None
    assert dialog.username.text() == ADMIN  # only the passphrase is asked again
    unlock(qtbot, unlocked, ADMIN, ADMIN_PASSPHRASE)
    assert unlocked.workspace is not None and unlocked.workspace.is_open


def test_wrong_passphrase_is_said_clearly_and_changes_no_file(qtbot, controller, closed_db):
    before = _files_digest(closed_db.parent)
    controller.show_unlock(closed_db)
    dialog = controller.unlock_dialog
    assert dialog is not None
    dialog.username.setText(ADMIN)
    dialog.passphrase.setText("not the passphrase at all")
    dialog.try_unlock()
    qtbot.waitUntil(lambda: "wrong" in dialog.message.text(), timeout=5000)
    assert dialog.passphrase.text() == ""
    assert controller.main_window is None
    assert _files_digest(closed_db.parent) == before


def test_missing_database_gives_a_message_not_a_traceback(qtbot, controller, tmp_path):
    controller.show_unlock(tmp_path / "nothing.db")
    dialog = controller.unlock_dialog
    assert dialog is not None
    dialog.username.setText(ADMIN)
    dialog.passphrase.setText("whatever it is")
    dialog.try_unlock()
    qtbot.waitUntil(lambda: "no database" in dialog.message.text(), timeout=5000)


def test_auto_lock_keeps_typed_text_as_encrypted_draft_and_offers_it_back(
    qtbot, unlocked: AppController
):
    window = unlocked.main_window
    assert window is not None
    editor = NoteEditor()
    window.drafts.register(editor)
    editor.setPlainText("Hembesök bokat, tala med skolan om frånvaron")

    unlocked.set_auto_lock_ms(300)
    with qtbot.waitSignal(unlocked.locked, timeout=5000):
        pass  # no input: the idle timer fires by itself
    wait_for_unlock_dialog(qtbot, unlocked)
    assert unlocked.workspace is None

    unlocked.set_auto_lock_ms(60_000)
    unlock(qtbot, unlocked, ADMIN, ADMIN_PASSPHRASE)
    window = unlocked.main_window
    assert window is not None
    qtbot.waitUntil(lambda: window.overview.drafts_button.isVisible(), timeout=5000)
    assert unlocked.workspace is not None
    saved = drafts.list_drafts(unlocked.workspace)
    assert [d.content for d in saved] == ["Hembesök bokat, tala med skolan om frånvaron"]

    window.show_drafts()
    qtbot.waitUntil(lambda: window.findChild(DraftsDialog) is not None, timeout=5000)
    dialog = window.findChild(DraftsDialog)
    assert dialog.text.toPlainText() == "Hembesök bokat, tala med skolan om frånvaron"


def test_activity_postpones_auto_lock(qtbot, unlocked: AppController):
    window = unlocked.main_window
    assert window is not None
    unlocked.set_auto_lock_ms(600)
    for _ in range(6):
        qtbot.wait(200)
        qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert unlocked.workspace is not None  # 1.2 s of activity, never 0.6 s idle
    with qtbot.waitSignal(unlocked.locked, timeout=5000):
        pass


def test_autosave_writes_draft_while_typing(qtbot, unlocked: AppController):
    window = unlocked.main_window
    assert window is not None
    editor = NoteEditor("test:autosave")
    window.drafts.register(editor)
    editor.setPlainText("Första raden")
    with qtbot.waitSignal(window.drafts.saved, timeout=5000):
        window.drafts.changed()
    assert unlocked.workspace is not None
    loaded = drafts.load_draft(unlocked.workspace, "test:autosave")
    assert loaded is not None and loaded.content == "Första raden"


def test_change_passphrase_dialog(qtbot, unlocked: AppController, closed_db: Path):
    window = unlocked.main_window
    assert window is not None
    dialog = window.change_passphrase()
    dialog.current.setText(ADMIN_PASSPHRASE)
    dialog.fields.passphrase.setText(NEW_PASSPHRASE)
    dialog.fields.confirmation.setText(NEW_PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.buttons.accepted.emit()
    with qtbot.waitSignal(unlocked.locked, timeout=5000):
        unlocked.lock()
    wait_for_unlock_dialog(qtbot, unlocked)
    unlock(qtbot, unlocked, ADMIN, NEW_PASSPHRASE)


def test_recovery_dialog_sets_new_passphrase(qtbot, controller, created, db_path):
    recovery_key = created.recovery_key
    created.workspace.lock()
    controller.show_unlock(db_path)
    controller.unlock_dialog.recovery_requested.emit(db_path)
    from caseflow.ui.passphrase_dialogs import RecoveryDialog

    qtbot.waitUntil(lambda: controller.unlock_dialog.findChild(RecoveryDialog) is not None)
    dialog = controller.unlock_dialog.findChild(RecoveryDialog)
    dialog.recovery_key.setText(recovery_key.lower().replace("-", " "))
    dialog.username.setText(ADMIN)
    dialog.fields.passphrase.setText(NEW_PASSPHRASE)
    dialog.fields.confirmation.setText(NEW_PASSPHRASE)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10000)
    controller.workspace.lock()
    controller.workspace = None
    from caseflow.services import access

    access.unlock(db_path, ADMIN, NEW_PASSPHRASE).lock()


def test_lock_clears_text_caseflow_copied_but_not_the_users_own(qtbot, unlocked: AppController):
    from PySide6.QtGui import QGuiApplication

    from caseflow.ui.clipboard import copy_sensitive

    clipboard = QGuiApplication.clipboard()
    copy_sensitive("Åsa Öberg, hembesök")
    with qtbot.waitSignal(unlocked.locked, timeout=5000):
        unlocked.lock()
    assert clipboard.text() == ""
    wait_for_unlock_dialog(qtbot, unlocked)
    unlock(qtbot, unlocked, ADMIN, ADMIN_PASSPHRASE)
    copy_sensitive("Åsa Öberg")
    clipboard.setText("the user's own text")
    with qtbot.waitSignal(unlocked.locked, timeout=5000):
        unlocked.lock()
    assert clipboard.text() == "the user's own text"


def test_text_typed_into_any_dialog_survives_a_lock_but_passphrases_never_do(
    qtbot, unlocked: AppController
):
    from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit

    window = unlocked.main_window
    assert window is not None
    dialog = QDialog(window)
    dialog.setWindowTitle("Avsluta ärende")
    summary = QLineEdit()
    QFormLayout(dialog).addRow("&Sammanfattning:", summary)
    dialog.show()
    qtbot.keyClicks(summary, "Flyttat till annan kommun")
    passphrase_dialog = window.change_passphrase()
    qtbot.keyClicks(passphrase_dialog.current, "hemlig-fras-123")

    with qtbot.waitSignal(unlocked.locked, timeout=5000):
        unlocked.lock()
    wait_for_unlock_dialog(qtbot, unlocked)
    unlock(qtbot, unlocked, ADMIN, ADMIN_PASSPHRASE)
    assert unlocked.workspace is not None
    saved = drafts.list_drafts(unlocked.workspace)
    assert [(d.title, d.content) for d in saved] == [
        ("Avsluta ärende", "Sammanfattning: Flyttat till annan kommun")
    ]


def test_locking_while_the_window_still_reads_raises_nothing(qtbot, unlocked: AppController):
    window = unlocked.main_window
    assert window is not None
    for _ in range(5):
        window.refresh_drafts()  # background reads whose answers arrive after the lock
        window.show_drafts()
    with qtbot.waitSignal(unlocked.locked, timeout=5000):
        unlocked.lock()
    wait_for_unlock_dialog(qtbot, unlocked)
    qtbot.wait(500)  # pytest-qt fails the test if a late answer raised in a slot
    assert unlocked.main_window is None
