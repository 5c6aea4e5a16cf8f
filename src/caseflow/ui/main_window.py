"""The main window: navigation between the areas of the work, lock, passphrase."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from caseflow.domain.accounts import Role
from caseflow.services import drafts, permissions
from caseflow.services.drafts import DraftView
from caseflow.services.permissions import Action
from caseflow.services.workspace import Workspace
from caseflow.ui.about_dialog import AboutDialog
from caseflow.ui.cases.list_page import CasesPage
from caseflow.ui.drafts import DraftKeeper, DraftsDialog
from caseflow.ui.errors import show_error
from caseflow.ui.meetings.page import MeetingsPage
from caseflow.ui.pages.actions import ActionsPage
from caseflow.ui.pages.administration import AdministrationPage
from caseflow.ui.pages.audit_log import LogPage
from caseflow.ui.pages.overview import OverviewPage
from caseflow.ui.pages.retention import RetentionPage
from caseflow.ui.passphrase_dialogs import ChangePassphraseDialog
from caseflow.ui.reports.page import ReportsPage
from caseflow.ui.search.page import SearchPage
from caseflow.ui.worker import run_for


class MainWindow(QMainWindow):
    """Emits ``lock_requested`` (Ctrl+L) and ``quit_requested`` (window closed)."""

    lock_requested = Signal()
    quit_requested = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.workspace = workspace
        self.drafts = DraftKeeper(workspace, self)
        self._closing_for_lock = False
        self.setWindowTitle(self.tr("Caseflow – %1").replace("%1", workspace.path.name))
        self.setMinimumSize(QSize(900, 560))
        self.resize(1200, 720)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(180)
        self.navigation.setStyleSheet("QListWidget#navigation::item { padding: 8px; }")
        self.pages = QStackedWidget()
        self.overview = OverviewPage(workspace)
        self.overview.show_drafts.connect(self.show_drafts)
        self.administration = AdministrationPage(workspace)
        self._add_page(self.tr("Overview"), self.overview)
        self.overview.open_case_requested.connect(self.open_case)
        # An area the role has no use for is not shown at all (administrators
        # do no case work; managers see cases as figures and lists only).
        self.cases: CasesPage | None = None
        if permissions.may(workspace, Action.LIST_CASES):
            self.cases = CasesPage(workspace, self.drafts)
            self._add_page(self.tr("Cases"), self.cases)
        if permissions.may(workspace, Action.READ_MEETINGS):
            self.meetings = MeetingsPage(workspace, self.drafts)
            self._add_page(self.tr("Meetings"), self.meetings)
        if permissions.may(workspace, Action.READ_CASE):
            # Not ``self.actions``: that would hide QWidget.actions().
            self.my_actions = ActionsPage(workspace, self.drafts)
            self.my_actions.open_case_requested.connect(self.open_case)
            self._add_page(self.tr("My actions"), self.my_actions)
            self.search_page = SearchPage(workspace, self.drafts)
            self.search_page.open_case_requested.connect(self.open_case)
            self._add_page(self.tr("Search"), self.search_page)
        self.reports = ReportsPage(workspace)
        self._add_page(self.tr("Reports"), self.reports)
        role = workspace.user.role
        if role in (Role.MANAGER, Role.ADMINISTRATOR):
            self.log_page = LogPage(workspace)
            self._add_page(self.tr("Log"), self.log_page)
        if role in (Role.MANAGER, Role.ADMINISTRATOR):
            # Managers decide deletions; administrators see the list read-only.
            self.retention = RetentionPage(workspace)
            self._add_page(self.tr("Retention"), self.retention)
        self._add_page(self.tr("Administration"), self.administration)
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.navigation.setCurrentRow(0)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._build_menus()
        user = workspace.user
        self.statusBar().addPermanentWidget(
            QLabel(
                self.tr("%1 (%2)")
                .replace("%1", user.display_name)
                .replace("%2", user.role.label.render())
            )
        )
        self.refresh_drafts()

    def _add_page(self, title: str, page: QWidget) -> None:
        self.navigation.addItem(title)
        self.pages.addWidget(page)
        index = self.pages.count()
        action = QAction(self)
        action.setShortcut(QKeySequence(f"Ctrl+{index}"))
        action.triggered.connect(lambda: self.navigation.setCurrentRow(index - 1))
        self.addAction(action)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setObjectName("lockAction")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock_requested)
        passphrase_action = QAction(self.tr("Change &passphrase…"), self)
        passphrase_action.triggered.connect(self.change_passphrase)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        drafts_action = QAction(self.tr("Unsaved &drafts…"), self)
        drafts_action.triggered.connect(self.show_drafts)
        for action in (self.lock_action, passphrase_action, drafts_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("&About Caseflow…"), lambda: AboutDialog(self).open())

    def open_case(self, case_id: int) -> None:
        """Show the case in the Ärenden area (from an alert on Översikt, say)."""
        if self.cases is None:
            return
        self.navigation.setCurrentRow(self.pages.indexOf(self.cases))
        self.cases.open_case(case_id)

    # --- drafts ------------------------------------------------------------

    def refresh_drafts(self) -> None:
        workspace = self.workspace
        run_for(
            self,
            lambda: len(drafts.list_drafts(workspace)),
            self.overview.set_draft_count,
            self._error,
        )

    def show_drafts(self) -> None:
        workspace = self.workspace
        run_for(self, lambda: drafts.list_drafts(workspace), self._open_drafts, self._error)

    def _open_drafts(self, items: list[DraftView]) -> None:
        dialog = DraftsDialog(self.workspace, items, self)
        dialog.finished.connect(self.refresh_drafts)
        dialog.open()

    # --- passphrase ----------------------------------------------------------

    def change_passphrase(self) -> ChangePassphraseDialog:
        dialog = ChangePassphraseDialog(self.workspace, self)
        dialog.open()
        return dialog

    def _error(self, error: BaseException) -> None:
        if self.workspace.is_open:
            show_error(self, error)

    # --- closing -------------------------------------------------------------

    def close_for_lock(self) -> None:
        self._closing_for_lock = True
        self.drafts.stop()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing_for_lock:
            self.drafts.stop()
            self.quit_requested.emit()
        event.accept()
