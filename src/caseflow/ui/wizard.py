"""First run: where the database lives, the first administrator, a passphrase, the recovery key."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from caseflow import paths
from caseflow.domain.accounts import normalise_username
from caseflow.domain.errors import InvalidInput
from caseflow.services import access
from caseflow.services.access import DEFAULT_KDF, KdfParams
from caseflow.services.workspace import Workspace
from caseflow.ui.errors import message_for
from caseflow.ui.passphrase_fields import NewPassphraseFields
from caseflow.ui.recovery_key_view import RecoveryKeyView
from caseflow.ui.worker import run_for


def _problem_label() -> QLabel:
    label = QLabel(wordWrap=True)
    label.setStyleSheet("color: #a40000")
    return label


class LocationPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Where to keep the database"))
        self.setSubTitle(
            self.tr(
                "Caseflow keeps everything in one encrypted file and a key file beside it. "
                "Choose a folder that is backed up and that only you can read."
            )
        )
        self.path = QLineEdit(str(paths.data_dir() / "caseflow.db"))
        self.path.setObjectName("databasePath")
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path)
        row.addWidget(browse)
        self.problem = _problem_label()
        layout = QFormLayout(self)
        label = QLabel(self.tr("&Database file:"))
        label.setBuddy(self.path)
        layout.addRow(label, row)
        layout.addRow("", self.problem)
        self.path.textChanged.connect(self.completeChanged)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("New database"), self.path.text(), self.tr("Caseflow database (*.db)")
        )
        if chosen:
            self.path.setText(chosen)

    def chosen_path(self) -> Path:
        return Path(self.path.text().strip()).expanduser()

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:
        path = self.chosen_path()
        if path.exists() or path.with_name(path.name + ".keys").exists():
            self.problem.setText(
                self.tr("A database already exists there. Choose another file name.")
            )
            return False
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            self.problem.setText(self.tr("That folder cannot be created. Choose another one."))
            return False
        self.problem.clear()
        return True


class AdministratorPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The first administrator"))
        self.setSubTitle(
            self.tr("The administrator creates the other accounts. You can be one yourself.")
        )
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.display_name = QLineEdit()
        self.display_name.setObjectName("displayName")
        self.problem = _problem_label()
        layout = QFormLayout(self)
        layout.addRow(self.tr("&User name:"), self.username)
        layout.addRow(self.tr("Full &name:"), self.display_name)
        layout.addRow("", self.problem)
        self.username.textChanged.connect(self._check)
        self.display_name.textChanged.connect(self._check)

    def _check(self) -> None:
        self.problem.setText(self._problem() if self.username.text() else "")
        self.completeChanged.emit()

    def _problem(self) -> str:
        try:
            normalise_username(self.username.text())
        except InvalidInput as error:
            return error.text.render()
        if not self.display_name.text().strip():
            return self.tr("Write your full name.")
        return ""

    def isComplete(self) -> bool:
        return self._problem() == ""


class PassphrasePage(QWizardPage):
    """Creating the database happens when this page is left, on a worker thread."""

    created = Signal(object)

    def __init__(self, kdf: KdfParams, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kdf = kdf
        self._result: access.NewDatabase | None = None
        self._busy = False
        self.setTitle(self.tr("Your passphrase"))
        self.setSubTitle(
            self.tr(
                "The passphrase unlocks the database. Use several words that belong to no "
                "known phrase. Nobody can recover it for you: the recovery key is the only "
                "way back."
            )
        )
        self.fields = NewPassphraseFields()
        self.progress = QProgressBar(maximum=0)
        self.progress.setVisible(False)
        self.status = _problem_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        self.fields.changed.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return not self._busy and self.fields.is_acceptable()

    def validatePage(self) -> bool:
        if self._result is not None:
            return True
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        location = wizard.location.chosen_path()
        username = wizard.administrator.username.text()
        display_name = wizard.administrator.display_name.text()
        passphrase, confirmation = self.fields.value()
        kdf = self._kdf
        self._set_busy(True)
        run_for(
            self,
            lambda: access.create_database(
                location, username, display_name, passphrase, confirmation, kdf
            ),
            self._done,
            self._failed,
        )
        return False

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self.status.setText(self.tr("Creating the encrypted database…") if busy else "")
        self.completeChanged.emit()

    def _done(self, result: access.NewDatabase) -> None:
        self._result = result
        self._set_busy(False)
        self.fields.clear()
        self.created.emit(result)
        wizard = self.wizard()
        if wizard is not None:
            wizard.next()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.status.setText(message_for(error))


class RecoveryPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Recovery key"))
        self.view = RecoveryKeyView()
        self.confirmed = QCheckBox(self.tr("I have &printed or saved the recovery key"))
        self.confirmed.setObjectName("recoveryConfirmed")
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.confirmed)
        self.confirmed.toggled.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return self.confirmed.isChecked()


class FirstRunWizard(QWizard):
    """Emits ``ready`` with the unlocked workspace when the wizard is finished."""

    ready = Signal(object)

    def __init__(self, kdf: KdfParams = DEFAULT_KDF, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Caseflow database"))
        self.setObjectName("firstRunWizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.location = LocationPage()
        self.administrator = AdministratorPage()
        self.passphrase = PassphrasePage(kdf)
        self.recovery = RecoveryPage()
        for page in (self.location, self.administrator, self.passphrase, self.recovery):
            self.addPage(page)
        self._workspace: Workspace | None = None
        self.passphrase.created.connect(self._created)
        self.resize(640, 480)

    def _created(self, result: access.NewDatabase) -> None:
        self._workspace = result.workspace
        self.recovery.view.set_key(result.recovery_key, str(result.workspace.path))

    @property
    def workspace(self) -> Workspace | None:
        return self._workspace

    def accept(self) -> None:
        super().accept()
        if self._workspace is not None:
            self.recovery.view.set_key("", "")
            self.ready.emit(self._workspace)

    def reject(self) -> None:
        # Once the database exists its recovery key must be acknowledged: it is
        # never shown again, so Escape on the last page does not skip it.
        if self._workspace is not None:
            return
        super().reject()
