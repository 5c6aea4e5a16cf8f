"""Change one's passphrase; regain access with the recovery key."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from caseflow.services import access
from caseflow.services.workspace import Workspace
from caseflow.ui.errors import message_for
from caseflow.ui.passphrase_fields import NewPassphraseFields
from caseflow.ui.worker import run_for


class _BackgroundDialog(QDialog):
    """A dialog whose OK runs a slow service call (key derivation) off the GUI thread."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.fields = NewPassphraseFields()
        self.message = QLabel(wordWrap=True)
        self.message.setObjectName("dialogMessage")
        self.message.setStyleSheet("color: #a40000")
        self.progress = QProgressBar(maximum=0)
        self.progress.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.fields)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

    def _work(self) -> Callable[[], Any]:
        raise NotImplementedError

    def _submit(self) -> None:
        if self.progress.isVisible():
            return
        work = self._work()
        self.progress.setVisible(True)
        self.ok_button.setEnabled(False)
        run_for(self, work, self._done, self._failed)

    def _done(self, result: Any) -> None:
        self.progress.setVisible(False)
        self.ok_button.setEnabled(True)
        self.fields.clear()
        self._succeeded(result)
        self.accept()

    def _succeeded(self, result: Any) -> None:
        pass

    def _failed(self, error: BaseException) -> None:
        self.progress.setVisible(False)
        self.ok_button.setEnabled(True)
        self.message.setText(message_for(error))


class ChangePassphraseDialog(_BackgroundDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changePassphraseDialog")
        self.setWindowTitle(self.tr("Change passphrase"))
        self._workspace = workspace
        self.current = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.current.setObjectName("currentPassphrase")
        self.form.addRow(self.tr("&Current passphrase:"), self.current)
        if workspace.user.must_change_passphrase:
            self.message.setText(
                self.tr("Your passphrase was set by an administrator: choose your own now.")
            )

    def _work(self) -> Callable[[], Any]:
        workspace, current = self._workspace, self.current.text()
        new, confirmation = self.fields.value()
        self.current.clear()
        return lambda: access.change_passphrase(workspace, current, new, confirmation)


class RecoveryDialog(_BackgroundDialog):
    """Unlock with the recovery key and set a new passphrase; emits ``unlocked``."""

    unlocked = Signal(object)

    def __init__(self, database: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("Use the recovery key"))
        self._database = database
        self.form.addRow(self.tr("Database:"), QLabel(str(database)))
        self.recovery_key = QLineEdit()
        self.recovery_key.setObjectName("recoveryKeyInput")
        self.recovery_key.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.username = QLineEdit()
        self.username.setObjectName("recoveryUsername")
        self.form.addRow(self.tr("&Recovery key:"), self.recovery_key)
        self.form.addRow(self.tr("&User name:"), self.username)

    def _work(self) -> Callable[[], Any]:
        path, key, user = self._database, self.recovery_key.text(), self.username.text()
        new, confirmation = self.fields.value()
        return lambda: access.recover_access(path, key, user, new, confirmation)

    def _succeeded(self, result: Any) -> None:
        self.recovery_key.clear()
        self.unlocked.emit(result)
