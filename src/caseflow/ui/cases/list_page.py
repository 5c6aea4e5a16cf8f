"""Ärenden: the case list as the first tab, and one closable tab per open case."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QTabBar, QTabWidget, QVBoxLayout, QWidget

from caseflow.services import permissions
from caseflow.services.permissions import Action
from caseflow.services.workspace import Workspace
from caseflow.ui.cases.list_model import PAGE_SIZE
from caseflow.ui.cases.list_panel import CaseListPanel
from caseflow.ui.cases.new_case_wizard import NewCaseWizard
from caseflow.ui.drafts import DraftKeeper

if TYPE_CHECKING:
    # Imported for real only when a case is opened (see ``open_case``).
    from caseflow.ui.cases.workspace import CaseWorkspace


class CasesPage(QWidget):
    """The Ärenden area of the main window."""

    def __init__(
        self,
        workspace: Workspace,
        drafts: DraftKeeper,
        parent: QWidget | None = None,
        *,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("casesPage")
        self._workspace = workspace
        self._drafts = drafts
        self._open: dict[int, CaseWorkspace] = {}
        self.wizard: NewCaseWizard | None = None

        self.case_list = CaseListPanel(workspace, page_size)
        self.case_list.open_requested.connect(self.open_case)
        self.case_list.new_case_requested.connect(self.new_case)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("caseTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.addTab(self.case_list, self.tr("Case list"))
        bar = self.tabs.tabBar()
        for side in (QTabBar.ButtonPosition.LeftSide, QTabBar.ButtonPosition.RightSide):
            bar.setTabButton(0, side, None)  # the list itself is never closed
        self.tabs.tabCloseRequested.connect(self.close_tab)

        # Anywhere in the area, also from inside an open case.
        for keys, slot in (
            ("Ctrl+N", self.new_case),
            ("Ctrl+F", self.find_case),
            ("Ctrl+W", lambda: self.close_tab(self.tabs.currentIndex())),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def find_case(self) -> None:
        """Back to the list, in the search field (Ctrl+F)."""
        self.tabs.setCurrentIndex(0)
        self.case_list.filters.focus_search()

    # --- case tabs ------------------------------------------------------------

    def open_case(self, case_id: int, title: str = "") -> CaseWorkspace:
        """Show the case's tab, opening it first if it is not open yet.

        From the list, a search, Översikt or another tab alike: a case that
        is not the user's own asks for a reason in its tab before it opens.
        """
        existing = self._open.get(case_id)
        if existing is not None:
            self.tabs.setCurrentWidget(existing)
            return existing
        from caseflow.ui.cases.workspace import CaseWorkspace

        widget = CaseWorkspace(self._workspace, case_id, self._drafts)
        self._open[case_id] = widget
        index = self.tabs.addTab(widget, title or self.tr("Case"))
        self.tabs.setTabToolTip(index, title)
        widget.title_changed.connect(lambda text: self._retitle(widget, text))
        widget.case_changed.connect(self.case_list.refresh)
        widget.open_case_requested.connect(self.open_case)  # another case of the same person
        # No reason given for a case that is not the user's own: it stays closed.
        widget.open_cancelled.connect(lambda: self.close_tab(self.tabs.indexOf(widget)))
        self.tabs.setCurrentIndex(index)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return widget

    def open_cases(self) -> dict[int, CaseWorkspace]:
        return dict(self._open)

    def _retitle(self, widget: QWidget, text: str) -> None:
        index = self.tabs.indexOf(widget)
        if index > 0:
            self.tabs.setTabText(index, text)
            self.tabs.setTabToolTip(index, text)

    def close_tab(self, index: int) -> bool:
        """Close a case tab; unsaved changes are kept as drafts if the user agrees."""
        widget = self.tabs.widget(index)
        case_id = next((k for k, w in self._open.items() if w is widget), None)
        if case_id is None:
            return False  # the list tab, or nothing
        workspace = self._open[case_id]
        if workspace.has_unsaved_changes():
            if not self.confirm_close(self.tabs.tabText(index)):
                return False
            workspace.save_drafts()
        del self._open[case_id]
        self.tabs.removeTab(index)
        workspace.deleteLater()
        if self.tabs.currentIndex() == 0:
            self.case_list.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def confirm_close(self, title: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),
            self.tr(
                "%1 has changes that are not saved. Unsigned journal text is kept as a "
                "draft that you can finish later; other unsaved changes are lost."
            ).replace("%1", title),
            parent=self,
        )
        box.setObjectName("closeCaseQuestion")
        save = box.addButton(self.tr("&Save drafts and close"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is save

    # --- new case -------------------------------------------------------------

    def new_case(self) -> NewCaseWizard | None:
        if not permissions.may(self._workspace, Action.EDIT_CASE):
            return None
        if self.wizard is not None:
            self.wizard.raise_()
            self.wizard.activateWindow()
            return self.wizard
        wizard = NewCaseWizard(self._workspace, self)
        wizard.case_opened.connect(lambda case_id: self._case_created(case_id, wizard))
        wizard.finished.connect(lambda _: self._wizard_closed(wizard))
        self.wizard = wizard
        wizard.open()
        return wizard

    def _case_created(self, case_id: int, wizard: NewCaseWizard) -> None:
        opened = wizard.opened
        self.case_list.refresh()
        self.open_case(case_id, opened.case_number if opened else "")

    def _wizard_closed(self, wizard: NewCaseWizard) -> None:
        if self.wizard is wizard:
            self.wizard = None
        wizard.deleteLater()
