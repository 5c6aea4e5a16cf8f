"""Administration: unit-wide settings, the recovery key and the language."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from caseflow.domain.accounts import Role
from caseflow.i18n import LANGUAGES, settings
from caseflow.services import access
from caseflow.services import settings as unit_settings
from caseflow.services.workspace import Workspace
from caseflow.ui.errors import show_error
from caseflow.ui.recovery_key_view import RecoveryKeyView
from caseflow.ui.worker import run_for


class AdministrationPage(QWidget):
    auto_lock_changed = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        is_admin = workspace.user.role is Role.ADMINISTRATOR

        security = QGroupBox(self.tr("Security"))
        self.auto_lock = QSpinBox(minimum=1, maximum=120)
        self.auto_lock.setObjectName("autoLockMinutes")
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setEnabled(is_admin)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setEnabled(is_admin)
        self.save_button.clicked.connect(self._save)
        self.status = QLabel()
        self.status.setObjectName("adminStatus")
        self.renew_button = QPushButton(self.tr("Make a new &recovery key…"))
        self.renew_button.setVisible(is_admin)
        self.renew_button.clicked.connect(self._renew)
        form = QFormLayout(security)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("&Lock after inactivity:"), self.auto_lock)
        form.addRow("", self.save_button)
        form.addRow("", self.status)
        form.addRow("", self.renew_button)

        language_box = QGroupBox(self.tr("Language"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        names = {"sv": "Svenska", "en": "English"}
        for code in LANGUAGES:
            self.language.addItem(names[code], code)
        current = str(settings().value("language", "sv") or "sv")
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.language.currentIndexChanged.connect(self._language_changed)
        language_form = QFormLayout(language_box)
        language_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        language_form.addRow(self.tr("Language of the &interface:"), self.language)
        self.language_note = QLabel()
        language_form.addRow("", self.language_note)

        layout = QVBoxLayout(self)
        self.setMaximumWidth(720)
        layout.addWidget(QLabel("<h2>" + self.tr("Administration") + "</h2>"))
        layout.addWidget(security)
        layout.addWidget(language_box)
        layout.addWidget(
            QLabel(self.tr("Accounts, roles, the audit log and retention will be managed here."))
        )
        layout.addStretch()
        run_for(
            self,
            lambda: unit_settings.auto_lock_minutes(workspace),
            self.auto_lock.setValue,
            self._error,
        )

    def _save(self) -> None:
        minutes, workspace = self.auto_lock.value(), self._workspace
        run_for(
            self,
            lambda: unit_settings.set_auto_lock_minutes(workspace, minutes),
            lambda _: self._saved(minutes),
            self._error,
        )

    def _saved(self, minutes: int) -> None:
        self.status.setText(self.tr("Saved."))
        self.auto_lock_changed.emit(minutes)

    def _error(self, error: BaseException) -> None:
        show_error(self, error)

    def _language_changed(self) -> None:
        settings().setValue("language", self.language.currentData())
        self.language_note.setText(self.tr("The new language is used from the next start."))

    def _renew(self) -> None:
        workspace = self._workspace
        run_for(self, lambda: access.renew_recovery_key(workspace), self._show_key, self._error)

    def _show_key(self, recovery_key: str) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("New recovery key"))
        view = RecoveryKeyView()
        view.set_key(recovery_key, str(self._workspace.path))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(view)
        layout.addWidget(buttons)
        dialog.open()
