"""The unlock dialog: which database, who you are, your passphrase."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseflow.services import access
from caseflow.services.workspace import Workspace
from caseflow.ui.errors import message_for
from caseflow.ui.recent import recent_databases
from caseflow.ui.worker import run_for

PROFILE_SUFFIX = ".toml"  # a server profile rather than a database file


class UnlockDialog(QDialog):
    """Emits ``unlocked`` with the workspace; ``create_requested`` / ``recovery_requested``."""

    unlocked = Signal(object)
    create_requested = Signal()
    recovery_requested = Signal(object)

    def __init__(
        self, database: Path | None = None, user: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.setWindowTitle(self.tr("Caseflow – unlock"))
        self.database = QComboBox(editable=True)
        self.database.setObjectName("databaseChoice")
        self.database.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.database.setMinimumContentsLength(40)
        for path in recent_databases():
            self.database.addItem(str(path))
        if database is not None:
            self.database.setEditText(str(database))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        database_row = QHBoxLayout()
        database_row.addWidget(self.database, 1)
        database_row.addWidget(browse)
        self.username = QLineEdit(user or "")
        self.username.setObjectName("username")
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("passphrase")
        self.message = QLabel(wordWrap=True)
        self.message.setObjectName("unlockMessage")
        self.message.setStyleSheet("color: #a40000")
        self.progress = QProgressBar(maximum=0)

        self.progress.setVisible(False)

        form = QFormLayout()
        database_label = QLabel(self.tr("&Database:"))
        database_label.setBuddy(self.database)
        form.addRow(database_label, database_row)
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)

        self.buttons = QDialogButtonBox()
        self.unlock_button = self.buttons.addButton(
            self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        new_button = self.buttons.addButton(
            self.tr("&New database…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        recovery_button = self.buttons.addButton(
            self.tr("Forgot passphrase? Use the &recovery key…"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        quit_button = self.buttons.addButton(
            self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.unlock_button.clicked.connect(self.try_unlock)
        new_button.clicked.connect(self.create_requested)
        recovery_button.clicked.connect(lambda: self.recovery_requested.emit(self.chosen_path()))
        quit_button.clicked.connect(self.reject)

        heading = QLabel("<h2>Caseflow</h2>")
        intro = QLabel(
            self.tr("The database is locked. Unlock it with your user name and passphrase.")
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        (self.passphrase if self.username.text() else self.username).setFocus()

    def chosen_path(self) -> Path:
        return Path(self.database.currentText().strip()).expanduser()

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open database"),
            self.database.currentText(),
            self.tr("Caseflow database (*.caseflow *.db);;Server profile (*.toml);;All files (*)"),
        )
        if chosen:
            self.database.setEditText(chosen)

    def try_unlock(self) -> None:
        if self.progress.isVisible():
            return
        if not self.database.currentText().strip() or not self.username.text().strip():
            self.message.setText(self.tr("Choose a database and write your user name."))
            return
        path, user, passphrase = self.chosen_path(), self.username.text(), self.passphrase.text()
        self._set_busy(True)
        # A team's server when the choice is a profile file IT handed out.
        opener = (
            access.sign_in_with_profile if path.suffix.lower() == PROFILE_SUFFIX else access.unlock
        )
        run_for(self, lambda: opener(path, user, passphrase), self._done, self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.unlock_button.setEnabled(not busy)
        if busy:
            self.message.setText(self.tr("Unlocking…"))

    def _done(self, workspace: Workspace) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.message.clear()
        self.unlocked.emit(workspace)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.passphrase.setFocus()
        self.message.setText(message_for(error))
