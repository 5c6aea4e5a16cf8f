"""Administration: unit-wide settings, the recovery key, the language, accounts and backups.

Accounts are an administrator's tab (``caseflow.ui.pages.accounts``). The
backup settings are this computer's (``caseflow.ui.backup_scheduler``);
an administrator changes them, everyone sees when the last good backup was
made.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from caseflow import central_config
from caseflow.domain.accounts import Role
from caseflow.domain.errors import Cancelled
from caseflow.i18n import LANGUAGES, settings
from caseflow.services import access, backups
from caseflow.services import settings as unit_settings
from caseflow.services.access import DEFAULT_KDF, KdfParams
from caseflow.services.backups import BackupMade
from caseflow.services.workspace import Workspace
from caseflow.ui import backup_scheduler
from caseflow.ui.backup_scheduler import INTERVAL_CHOICES, MAX_KEEP, BackupSettings
from caseflow.ui.cases.tab_support import MessageArea
from caseflow.ui.errors import show_error
from caseflow.ui.form_rescue import NO_RESCUE
from caseflow.ui.pages.accounts import AccountsSection
from caseflow.ui.recovery_key_view import RecoveryKeyView
from caseflow.ui.worker import run_for

_WARNING_STYLE = "QLabel { background: #fff4ce; color: #5c3c00; padding: 6px; border-radius: 3px; }"
_GOOD_STYLE = "QLabel { padding: 6px; }"
REFRESH_LAST_MS = 5 * 60_000


def format_local(moment: datetime) -> str:
    """A moment in this computer's time zone, as 2026-11-25 14:02."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class ItDepartmentNote(QLabel):
    """Beside a setting the central settings file locked (``caseflow.central_config``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setByIt")
        self.setText(self.tr("Set by your IT department"))
        self.setStyleSheet("QLabel { color: palette(dark); font-style: italic; }")


def field_row(label: str, field: QWidget, locked: bool) -> tuple[QLabel, QWidget]:
    """A form row: the label (its mnemonic on ``field``) and the field, greyed out with
    a note when IT locked the setting."""
    caption = QLabel(label)
    caption.setBuddy(field)
    if not locked:
        return caption, field
    field.setEnabled(False)
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(field)
    layout.addWidget(ItDepartmentNote())
    layout.addStretch()
    return caption, row


class BackupSection(QGroupBox):
    """The backup folder, interval and copies kept (administrators), Back up now, and
    when the last good backup was made (everyone)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Backups"), parent)
        self.setObjectName("backupSection")
        self._workspace = workspace
        self.may_configure = backups.may_configure(workspace)
        chosen = backup_scheduler.load_settings()
        central = central_config.current()
        self.locked = {
            name
            for name in ("backup_folder", "backup_interval_hours", "backup_keep")
            if central.is_locked(name)
        }

        self.folder = QLineEdit(str(chosen.folder) if chosen.folder else "")
        self.folder.setObjectName("backupFolder")
        self.folder.setReadOnly(True)
        self.folder.setProperty(NO_RESCUE, True)
        self.folder.setPlaceholderText(self.tr("No folder chosen: automatic backups are off"))
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.setObjectName("chooseBackupFolder")
        self.choose_button.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_button)
        if "backup_folder" in self.locked:
            self.choose_button.setEnabled(False)
            folder_row.addWidget(ItDepartmentNote())
        self.interval = QComboBox()
        self.interval.setObjectName("backupInterval")
        for hours in INTERVAL_CHOICES:
            self.interval.addItem(self.tr("Every %n hour(s)", "", hours), hours)
        if self.interval.findData(chosen.interval_hours) < 0:
            self.interval.addItem(
                self.tr("Every %n hour(s)", "", chosen.interval_hours), chosen.interval_hours
            )
        self.interval.setCurrentIndex(self.interval.findData(chosen.interval_hours))
        self.keep = QSpinBox(minimum=1, maximum=MAX_KEEP)
        self.keep.setObjectName("backupKeep")
        self.keep.setValue(chosen.keep)
        self.interval.currentIndexChanged.connect(self._save_settings)
        self.keep.valueChanged.connect(self._save_settings)

        self.backup_button = QPushButton(self.tr("Back &up now"))
        self.backup_button.setObjectName("backUpNow")
        self.backup_button.clicked.connect(self.back_up_now)
        self.busy = QProgressBar(maximum=0)
        self.busy.setObjectName("backupBusy")
        self.busy.setMaximumWidth(160)
        self.busy.setVisible(False)
        self.cancel_button = QPushButton(self.tr("&Cancel backup"))
        self.cancel_button.setObjectName("cancelBackup")
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel_backup)
        self._cancellation: backups.Cancellation | None = None
        now_row = QHBoxLayout()
        now_row.addWidget(self.backup_button)
        now_row.addWidget(self.busy)
        now_row.addWidget(self.cancel_button)
        now_row.addStretch()
        self.last = QLabel(self.tr("Looking for the last backup…"))
        self.last.setObjectName("lastBackup")
        self.last.setWordWrap(True)
        self.message = MessageArea()
        self.message.setObjectName("backupMessage")

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        if self.may_configure:
            form.addRow(self.tr("Backup f&older:"), folder_row)
            label = form.labelForField(folder_row)
            if isinstance(label, QLabel):
                label.setBuddy(self.choose_button)
            form.addRow(
                *field_row(
                    self.tr("&How often:"), self.interval, "backup_interval_hours" in self.locked
                )
            )
            form.addRow(
                *field_row(self.tr("Copies to &keep:"), self.keep, "backup_keep" in self.locked)
            )
            form.addRow("", now_row)
            form.addRow(self.last)
            form.addRow(self.message)
            note = QLabel(
                self.tr(
                    "Backups are encrypted like the database and checked before they are kept. "
                    "These settings belong to this computer. Choose a folder on another disk "
                    "or the municipality's network, not beside the database."
                ),
                wordWrap=True,
            )
            form.addRow(note)
        else:
            # Kept as hidden children, so that nothing else needs to ask who may configure.
            for widget in (self.folder, self.choose_button, self.interval, self.keep):
                widget.setParent(self)
                widget.setVisible(False)
            self.backup_button.setParent(self)
            self.backup_button.setVisible(False)
            self.busy.setParent(self)
            self.cancel_button.setParent(self)
            form.addRow(self.last)
            form.addRow(self.message)

        self._refresh_timer = QTimer(self, interval=REFRESH_LAST_MS)
        self._refresh_timer.timeout.connect(self.refresh_last)
        self._refresh_timer.start()
        backup_scheduler.notices().made.connect(self._made_elsewhere)

    def settings(self) -> BackupSettings:
        text = self.folder.text().strip()
        return BackupSettings(
            Path(text) if text else None, int(self.interval.currentData()), self.keep.value()
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_last()

    # --- settings ------------------------------------------------------------------------

    def choose_folder(self) -> None:
        start = self.folder.text() or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the backup folder"), start)
        if chosen:
            self.set_folder(Path(chosen))

    def set_folder(self, folder: Path) -> None:
        if not self.may_configure:
            return
        self.folder.setText(str(folder))
        self._save_settings()
        self.refresh_last()

    def _save_settings(self) -> None:
        if self.may_configure:
            backup_scheduler.save_settings(self.settings())
            self.refresh_last()

    # --- the last backup -----------------------------------------------------------------

    def refresh_last(self) -> None:
        chosen = backup_scheduler.load_settings()
        self.backup_button.setEnabled(chosen.folder is not None and not self.busy.isVisible())
        if chosen.folder is None:
            self._show_last_text(
                self.tr("No backup folder is chosen on this computer: automatic backups are off."),
                warn=True,
            )
            return
        folder, database = chosen.folder, self._workspace.path
        run_for(
            self,
            lambda: backups.last_backup(folder, database),
            lambda when: self._show_last(when, chosen),
            lambda error: self.message.show_error(error),
        )

    def _show_last(self, when: datetime | None, chosen: BackupSettings) -> None:
        if when is None:
            self._show_last_text(self.tr("No backup yet."), warn=True)
            return
        text = self.tr("Last good backup: %1").replace("%1", format_local(when))
        late = backup_scheduler.is_overdue(when, chosen.interval, datetime.now(UTC))
        if late:
            text += " " + self.tr("That is longer ago than the chosen interval.")
        self._show_last_text(text, warn=late)

    def _show_last_text(self, text: str, warn: bool) -> None:
        self.last.setText(text)
        self.last.setStyleSheet(_WARNING_STYLE if warn else _GOOD_STYLE)
        self.last.setProperty("warning", warn)

    def _made_elsewhere(self, database: object, _made: object) -> None:
        # The notices outlive this page (a lock deletes it): answer only while it exists.
        if shiboken6.isValid(self) and database == self._workspace.path:
            self.refresh_last()

    # --- backing up ----------------------------------------------------------------------

    def back_up_now(self) -> None:
        chosen = self.settings()
        if chosen.folder is None or self.busy.isVisible():
            return
        workspace, folder, keep = self._workspace, chosen.folder, chosen.keep
        cancellation = self._cancellation = backups.Cancellation()
        # A lock deletes this page: the key must not stay in use behind it.
        self.destroyed.connect(cancellation.cancel)
        self._show_busy(True)
        self.message.clear_message()
        run_for(
            self,
            lambda: backup_scheduler.back_up(workspace, folder, keep, cancellation),
            self._backed_up,
            self._backup_failed,
        )

    def cancel_backup(self) -> None:
        """Stop the backup being made: the partial copy is removed, older copies stay."""
        if self._cancellation is not None:
            self._cancellation.cancel()
            self.cancel_button.setEnabled(False)

    def _show_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.backup_button.setEnabled(not busy)
        if busy:
            self.cancel_button.setFocus()
        else:
            self._cancellation = None

    def _backed_up(self, made: BackupMade) -> None:
        self._show_busy(False)
        self.message.show_text(
            self.tr("Backup saved and checked: %1 (%2 MB).")
            .replace("%1", made.path.name)
            .replace("%2", f"{made.size / 1_000_000:.1f}")
        )
        backup_scheduler.notices().made.emit(self._workspace.path, made)  # refreshes the line

    def _backup_failed(self, error: BaseException) -> None:
        self._show_busy(False)
        if isinstance(error, Cancelled):
            self.message.show_text(
                self.tr("Backup cancelled. No copy was made; older ones are kept.")
            )
        elif self._workspace.is_open:
            self.message.show_error(error)


class AdministrationPage(QWidget):
    """Tabs: general settings (security, language), accounts (administrators), backups."""

    auto_lock_changed = Signal(int)

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        kdf: KdfParams = DEFAULT_KDF,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("administrationPage")
        self._workspace = workspace
        is_admin = workspace.user.role is Role.ADMINISTRATOR

        self.tabs = QTabWidget()
        self.tabs.setObjectName("administrationTabs")
        self.tabs.addTab(self._general_tab(is_admin), self.tr("&General"))
        self.accounts: AccountsSection | None = None
        self.backups: BackupSection | None = None
        if workspace.on_server:
            # Accounts are server logins and backups the server's own: IT's tools.
            self.tabs.addTab(self._server_tab(), self.tr("&Server"))
        else:
            if is_admin:
                self.accounts = AccountsSection(workspace, kdf=kdf)
                self.tabs.addTab(self.accounts, self.tr("A&ccounts"))
            self.backups = BackupSection(workspace)
            backup_tab = QWidget()
            backup_layout = QVBoxLayout(backup_tab)
            backup_layout.addWidget(self.backups)
            backup_layout.addStretch()
            self.tabs.addTab(backup_tab, self.tr("Bac&kups"))

        layout = QVBoxLayout(self)
        self.setMaximumWidth(960)
        layout.addWidget(QLabel("<h2>" + self.tr("Administration") + "</h2>"))
        layout.addWidget(self.tabs, 1)
        if self.central_auto_lock is None:
            run_for(
                self,
                lambda: unit_settings.auto_lock_minutes(workspace),
                self.auto_lock.setValue,
                self._error,
            )

    def _server_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        text = QLabel(
            self.tr(
                "This database is on your team's server (%1). The server decides what each "
                "person may see and keeps the log. Accounts and passwords are managed by IT "
                "with “caseflow server user”, and the server is backed up with its own tools."
            ).replace("%1", self._workspace.location),
            wordWrap=True,
        )
        text.setObjectName("serverNote")
        layout.addWidget(text)
        layout.addStretch()
        return tab

    def _general_tab(self, is_admin: bool) -> QWidget:
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
        # Minutes IT locked centrally win over the database's setting (ui.controller too).
        self.central_auto_lock: int | None = central_config.current().locked_value(
            "auto_lock_minutes"
        )
        if self.central_auto_lock is not None:
            self.auto_lock.setValue(self.central_auto_lock)
            self.save_button.setEnabled(False)
        form = QFormLayout(security)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(
            *field_row(
                self.tr("&Lock after inactivity:"),
                self.auto_lock,
                self.central_auto_lock is not None,
            )
        )
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

        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(security)
        layout.addWidget(language_box)
        layout.addStretch()
        return tab

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
