"""The case list tab: filters, the table of cases, a count and messages."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from caseflow.domain.errors import PermissionDenied
from caseflow.services import cases as case_service
from caseflow.services import permissions
from caseflow.services.cases import StaffMember
from caseflow.services.permissions import Action
from caseflow.services.workspace import Workspace
from caseflow.ui.cases.filter_bar import CaseFilterBar
from caseflow.ui.cases.list_model import PAGE_SIZE, CaseListModel, Column
from caseflow.ui.cases.new_case_fields import NOTICE_STYLE
from caseflow.ui.errors import message_for
from caseflow.ui.worker import run_for


class CaseListPanel(QWidget):
    """Emits ``open_requested(case_id, case_number)`` and ``new_case_requested``."""

    open_requested = Signal(int, str)
    new_case_requested = Signal()

    def __init__(
        self, workspace: Workspace, page_size: int = PAGE_SIZE, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseListPanel")
        self._workspace = workspace
        self._reselect: int | None = None
        self._failed_now = False  # the last query failed: its message says so
        identities = permissions.may(workspace, Action.SEE_IDENTITIES)
        self.can_open_cases = permissions.may(workspace, Action.EDIT_CASE)
        self.model = CaseListModel(
            workspace, identities_visible=identities, page_size=page_size, parent=self
        )
        self.filters = CaseFilterBar(identities)

        self.new_button = QPushButton(self.tr("&New case…"))
        self.new_button.setObjectName("newCaseButton")
        if self.can_open_cases:
            self.new_button.setToolTip(self.tr("Open a new case (Ctrl+N)"))
        else:
            self.new_button.setToolTip(self.tr("Your role does not open new cases."))
        self.new_button.setEnabled(self.can_open_cases)
        self.new_button.clicked.connect(self.new_case_requested)
        self.refresh_button = QPushButton(self.tr("R&efresh"))
        self.refresh_button.setToolTip(self.tr("Load the list again (F5)"))
        self.refresh_button.clicked.connect(self.refresh)

        self.count_label = QLabel()
        self.count_label.setObjectName("caseCount")
        self.message = QLabel(wordWrap=True)
        self.message.setObjectName("caseListMessage")
        self.message.setStyleSheet(NOTICE_STYLE)
        self.message.setVisible(False)
        self.table = self._build_table()

        self.filters.search_row.addSpacing(12)
        self.filters.search_row.addWidget(self.new_button)
        self.filters.search_row.addWidget(self.refresh_button)
        self.filters.filter_row.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        order = (
            self.filters.search,
            self.filters.programme,
            self.filters.status,
            self.filters.responsible,
            self.table,
            self.new_button,
            self.refresh_button,
        )
        for first, second in pairwise(order):
            self.setTabOrder(first, second)

        # Only while the list is shown: a case tab may reload itself with F5.
        refresh = QAction(self)
        refresh.setShortcut(QKeySequence("F5"))
        refresh.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.triggered.connect(self.refresh)
        self.addAction(refresh)

        self.filters.changed.connect(self._filters_changed)
        self.filters.leave_search.connect(self.focus_list)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self.model.loading_changed.connect(self._update_count)
        self.model.page_loaded.connect(self._page_loaded)
        self.model.failed.connect(self._failed)

        if not permissions.may(workspace, Action.LIST_CASES):
            for widget in (self.filters, self.table, self.new_button, self.refresh_button):
                widget.setEnabled(False)
            self._show_message(self.tr("Your role does not include work with cases."))
            return
        self.model.set_filter(self.filters.case_filter())
        run_for(self, lambda: case_service.staff_users(workspace), self._staff_loaded, self._failed)

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("caseTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(
            self.model.column_for(self.model.sort_key),
            Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder,
        )
        header.sortIndicatorChanged.connect(self._sort_requested)
        metrics = table.fontMetrics()
        for column in Column:
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            # Wide enough for the widest value and for the header with its sort arrow,
            # measured once rather than over every row.
            width = max(
                metrics.horizontalAdvance(title) + 36,
                max(metrics.horizontalAdvance(s) for s in self.model.samples(column)) + 24,
            )
            table.setColumnWidth(column, width)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        table.activated.connect(self._activated)
        return table

    # --- the query ----------------------------------------------------------

    def refresh(self) -> None:
        """Load the list again, keeping the selected case selected if it is still there."""
        current = self.table.currentIndex()
        selected = self.model.case_id(current.row()) if current.isValid() else None
        self.filters.apply_search_now()
        self._reselect = selected
        self.model.set_filter(self.filters.case_filter())

    def _filters_changed(self) -> None:
        self._reselect = None
        self.model.set_filter(self.filters.case_filter())

    def _sort_requested(self, section: int, order: Qt.SortOrder) -> None:
        if self.model.sort_key_for(section) is None:
            self._show_sort_indicator()  # the header moved its arrow; put it back
            return
        self.model.sort(section, order)

    def _show_sort_indicator(self) -> None:
        header = self.table.horizontalHeader()
        order = (
            Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder
        )
        header.blockSignals(True)
        try:
            header.setSortIndicator(self.model.column_for(self.model.sort_key), order)
        finally:
            header.blockSignals(False)

    def _staff_loaded(self, staff: list[StaffMember]) -> None:
        if isValid(self):
            self.filters.set_staff(staff)

    # --- results --------------------------------------------------------------

    def _page_loaded(self) -> None:
        self._failed_now = False
        self._show_message("")
        if self._reselect is not None:
            for row in range(self.model.rowCount()):
                if self.model.case_id(row) == self._reselect:
                    self.table.selectRow(row)
                    self._reselect = None
                    break
        if self.table.hasFocus() and not self.table.currentIndex().isValid():
            self._select_first()

    def _failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        if isinstance(error, PermissionDenied) and self.model.case_filter.text:
            text = self.tr(
                "Your role lets you search by case number only, for example SSPF-2026-0042."
            )
        else:
            text = message_for(error)
        self._failed_now = True
        self._show_message(text)
        self._update_count()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _update_count(self) -> None:
        rows = self.model.rowCount()
        if self.model.is_loading:
            self._failed_now = False
        if rows == 0 and self._failed_now:
            text = ""
        elif rows == 0 and self.model.is_loading:
            text = self.tr("Searching…")
        elif rows == 0:
            text = self.tr("No cases match.") if self._filtered() else self.tr("No cases yet.")
        elif self.model.has_more:
            text = self.tr("%n+ cases shown; scroll down for more.", "", rows)
        else:
            text = self.tr("%n case(s)", "", rows)
        self.count_label.setText(text)

    def _filtered(self) -> bool:
        active = self.model.case_filter
        return any(
            (active.text, active.programme, active.status, active.responsible_user_id)
        ) or bool(active.open_only)

    # --- keyboard and opening -------------------------------------------------

    def focus_list(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.currentIndex().isValid():
            self._select_first()

    def _select_first(self) -> None:
        if self.model.rowCount() > 0:
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            row = self.model.row_at(index.row())
            self.open_requested.emit(row.id, row.case_number)

    def open_current(self) -> None:
        self._activated(self.table.currentIndex())
