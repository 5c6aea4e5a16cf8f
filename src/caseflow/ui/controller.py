"""Moves the app between its states: first run, locked, unlocked."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from caseflow import central_config
from caseflow.services import settings as unit_settings
from caseflow.services.access import DEFAULT_KDF, KdfParams
from caseflow.services.workspace import Workspace
from caseflow.ui.about_dialog import AboutDialog
from caseflow.ui.backup_scheduler import BackupScheduler
from caseflow.ui.clipboard import clear_sensitive
from caseflow.ui.drafts import DraftSnapshot, save_snapshots
from caseflow.ui.errors import show_error
from caseflow.ui.form_rescue import rescue_typed_text
from caseflow.ui.idle import IdleWatcher
from caseflow.ui.main_window import MainWindow
from caseflow.ui.passphrase_dialogs import RecoveryDialog
from caseflow.ui.recent import recent_databases, remember
from caseflow.ui.unlock_dialog import UnlockDialog
from caseflow.ui.wizard import FirstRunWizard
from caseflow.ui.worker import run_in_background

log = logging.getLogger(__name__)
MINUTE_MS = 60_000


class AppController(QObject):
    """Owns the workspace: only here is a database unlocked, locked or closed."""

    locked = Signal()
    quitting = Signal()

    def __init__(
        self,
        database: Path | None = None,
        user: str | None = None,
        kdf: KdfParams = DEFAULT_KDF,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._initial_database = database
        self._initial_user = user
        self._kdf = kdf
        self.workspace: Workspace | None = None
        self.main_window: MainWindow | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self.wizard: FirstRunWizard | None = None
        self._auto_lock_override_ms: int | None = None
        self.idle = IdleWatcher(self._auto_lock_ms(unit_settings.DEFAULT_AUTO_LOCK_MINUTES), self)
        self.idle.idle.connect(self.lock)
        self.backups: BackupScheduler | None = None
        self.central_settings_notice: QMessageBox | None = None

    def start(self) -> None:
        if self._initial_database is None and not recent_databases():
            self.show_wizard()
        else:
            self.show_unlock(self._initial_database, self._initial_user)
        self._tell_about_central_settings(self.unlock_dialog or self.wizard)

    def _tell_about_central_settings(self, window: QWidget | None) -> None:
        """A broken central settings file is said once, at start, over the first window;
        the app runs on its own defaults for what was wrong."""
        problems = central_config.current().problems
        if not problems:
            return
        log.warning("the central settings file has %d problems", len(problems))
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Central settings"),
            self.tr("Caseflow starts, but your IT department's settings need attention:"),
            QMessageBox.StandardButton.Ok,
            window,
        )
        box.setObjectName("centralSettingsNotice")
        box.setInformativeText("\n\n".join(problem.render() for problem in problems))
        box.open()
        self.central_settings_notice = box

    def set_auto_lock_ms(self, interval_ms: int) -> None:
        """Override the database's auto-lock minutes (tests and demos)."""
        self._auto_lock_override_ms = interval_ms
        self.idle.set_interval(interval_ms)

    # --- locked states ---------------------------------------------------------

    def show_unlock(self, database: Path | None = None, user: str | None = None) -> None:
        dialog = UnlockDialog(database, user)
        dialog.unlocked.connect(self._unlocked)
        dialog.create_requested.connect(self._create_from_unlock)
        dialog.recovery_requested.connect(self._recover)
        dialog.rejected.connect(self.quit)
        self.unlock_dialog = dialog
        self._offer_about(dialog)
        dialog.show()

    def show_wizard(self) -> None:
        wizard = FirstRunWizard(self._kdf)
        wizard.ready.connect(self._unlocked)
        wizard.rejected.connect(self._wizard_cancelled)
        self.wizard = wizard
        self._offer_about(wizard)
        wizard.show()

    def _offer_about(self, window: QWidget) -> None:
        # F1 before anyone signs in: IT can see versions and licences without an account.
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), window)
        shortcut.activated.connect(lambda: self.show_about(window))

    def show_about(self, parent: QWidget | None = None) -> AboutDialog:
        shown = parent.findChild(AboutDialog) if parent is not None else None
        if isinstance(shown, AboutDialog) and shown.isVisible():
            shown.raise_()  # a second F1 brings the same dialog forward
            return shown
        dialog = AboutDialog(parent)
        dialog.open()
        return dialog

    def _create_from_unlock(self) -> None:
        self._close_unlock_dialog()
        self.show_wizard()

    def _wizard_cancelled(self) -> None:
        self.wizard = None
        if recent_databases():
            self.show_unlock()
        else:
            self.quit()

    def _recover(self, database: Path) -> None:
        parent = self.unlock_dialog
        dialog = RecoveryDialog(database, parent)
        dialog.unlocked.connect(self._unlocked)
        dialog.open()

    def _close_unlock_dialog(self) -> None:
        if self.unlock_dialog is not None:
            dialog, self.unlock_dialog = self.unlock_dialog, None
            dialog.rejected.disconnect(self.quit)
            dialog.close()
            dialog.deleteLater()

    # --- unlocked --------------------------------------------------------------

    def _unlocked(self, workspace: Workspace) -> None:
        self._close_unlock_dialog()
        if self.wizard is not None:
            self.wizard.deleteLater()
            self.wizard = None
        self.workspace = workspace
        remember(workspace.path)
        window = MainWindow(workspace)
        window.lock_requested.connect(self.lock)
        window.quit_requested.connect(self.quit)
        window.administration.auto_lock_changed.connect(
            lambda minutes: self._apply_auto_lock(minutes)
        )
        self.main_window = window
        window.show()
        self.idle.start()
        self._start_backups(workspace, window)
        run_in_background(
            lambda: unit_settings.auto_lock_minutes(workspace), self._apply_auto_lock, _log_only
        )
        if workspace.user.must_change_passphrase:
            window.change_passphrase()

    def _start_backups(self, workspace: Workspace, window: MainWindow) -> None:
        self._stop_backups()
        if workspace.on_server:
            return  # the server's own backups (README, team mode); no file here to copy
        scheduler = BackupScheduler(workspace, self)
        # A failure is said once, in the status bar: the window stays usable.
        scheduler.failed.connect(lambda text: window.statusBar().showMessage(text))
        scheduler.start()
        self.backups = scheduler

    def _stop_backups(self) -> None:
        if self.backups is not None:
            scheduler, self.backups = self.backups, None
            scheduler.stop()
            scheduler.deleteLater()

    def _auto_lock_ms(self, minutes: int) -> int:
        # A value IT locked centrally wins over the database's own setting.
        locked = central_config.current().locked_value("auto_lock_minutes")
        return self._auto_lock_override_ms or (locked or minutes) * MINUTE_MS

    def _apply_auto_lock(self, minutes: int) -> None:
        self.idle.set_interval(self._auto_lock_ms(minutes))

    def lock(self) -> None:
        """Save drafts, close every window that shows data, forget the key, ask again."""
        if self.workspace is None:
            return
        workspace, self.workspace = self.workspace, None
        self.idle.stop()
        self._stop_backups()
        clear_sensitive()
        snapshots = self._close_main_window()
        path, user = workspace.path, workspace.user.username

        def save_and_lock() -> None:
            try:
                save_snapshots(workspace, snapshots)
            finally:
                workspace.lock()

        def done(_: object) -> None:
            self.locked.emit()
            self.show_unlock(path, user)

        def failed(error: BaseException) -> None:
            self.locked.emit()
            self.show_unlock(path, user)
            show_error(self.unlock_dialog, error)

        run_in_background(save_and_lock, done, failed)

    def _close_main_window(self) -> list[DraftSnapshot]:
        window, self.main_window = self.main_window, None
        if window is None:
            return []
        snapshots = window.drafts.snapshots() + rescue_typed_text(window)
        # Dialogs opened from the window (and any other top-level window) go
        # too: nothing about a person may stay on screen while locked.
        for widget in QApplication.topLevelWidgets():
            if widget is not window and widget.isVisible() and _belongs_to(widget, window):
                widget.close()
        window.close_for_lock()
        window.deleteLater()
        return snapshots

    def quit(self) -> None:
        """Save what was typed, lock, and end the application."""
        if self.workspace is not None:
            workspace, self.workspace = self.workspace, None
            self.idle.stop()
            self._stop_backups()
            snapshots = self._close_main_window()
            try:
                save_snapshots(workspace, snapshots)  # last chance: the app is ending
            finally:
                workspace.lock()
        self.quitting.emit()
        QApplication.quit()


def _belongs_to(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if parent is window:
            return True
        parent = parent.parentWidget()
    return False


def _log_only(error: BaseException) -> None:
    log.warning("could not read the auto-lock setting", exc_info=(type(error), error, None))
