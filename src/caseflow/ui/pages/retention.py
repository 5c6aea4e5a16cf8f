"""Gallring: closed cases whose retention period has ended, and a manager's deletion.

The list comes from ``services.retention.due_cases`` (case numbers only,
never a name) each time the page is shown. A manager ticks cases, writes
the decision the deletion follows, confirms, and ``delete_cases`` removes
them on a worker; the file is then rewritten without the deleted pages
(VACUUM), which can take a while on a large file, so the page shows it is
busy. Administrators may look at the list but not delete.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseflow.domain.accounts import Role
from caseflow.services import retention
from caseflow.services.retention import DeletionResult, RetentionCandidate
from caseflow.services.workspace import Workspace
from caseflow.ui.cases.tab_support import MessageArea, confirm, format_date
from caseflow.ui.worker import run_for

ID_ROLE = Qt.ItemDataRole.UserRole
CASE, PROGRAMME, CLOSED, LAST_ENTRY, DUE, REASON = range(6)
# The oldest first; a first clean-up of thousands is done a screenful at a time.
SHOWN = 500
NOTE_MAX = 500


class RetentionPage(QWidget):
    """The Gallring area; emits ``deleted(count)`` after a deletion."""

    deleted = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionPage")
        self._workspace = workspace
        role = workspace.user.role
        self.may_view = role in (Role.MANAGER, Role.ADMINISTRATOR)
        self.may_delete = role is Role.MANAGER
        self.rows: list[RetentionCandidate] = []
        self._busy = False
        self._generation = 0
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + html.escape(self.tr("Retention")) + "</h2>"))
        self.explanation = QLabel(wordWrap=True)
        self.explanation.setObjectName("retentionExplanation")
        layout.addWidget(self.explanation)
        if not self.may_view:
            self.explanation.setText(
                self.tr("Managers decide which closed cases are deleted when their time is up.")
            )
            layout.addStretch()
            return
        text = self.tr(
            "Closed cases whose retention period has ended, by the rules for each programme. "
            "Deleting removes the case and everything in it for good; anonymous counts for "
            "the statistics and an audit entry without personal data are kept."
        )
        if not self.may_delete:
            text += " " + self.tr("Only a manager can decide a deletion.")
        self.explanation.setText(text)
        self.message = MessageArea()
        self.message.setObjectName("retentionMessage")
        layout.addWidget(self.message)
        self.count_label = QLabel(self.tr("Loading…"))
        self.count_label.setObjectName("retentionCount")
        layout.addWidget(self.count_label)
        self.tree = self._table()
        layout.addWidget(self.tree, 1)
        layout.addLayout(self._selection_buttons())
        layout.addLayout(self._decision())
        self._update_buttons()

    # --- building ------------------------------------------------------------------------

    def _table(self) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setObjectName("retentionTable")
        tree.setHeaderLabels(
            [
                self.tr("Case"),
                self.tr("Programme"),
                self.tr("Closed on"),
                self.tr("Last entry"),
                self.tr("Due on"),
                self.tr("Why it is due"),
            ]
        )
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        if self.may_delete:
            tree.setToolTip(self.tr("Tick the cases to delete (Space ticks the current one)."))
        header = tree.header()
        header.setStretchLastSection(False)
        for column in range(6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        tree.itemChanged.connect(lambda *_: self._update_buttons())
        return tree

    def _selection_buttons(self) -> QHBoxLayout:
        self.all_button = QPushButton(self.tr("Tick &all"))
        self.all_button.setObjectName("retentionTickAll")
        self.none_button = QPushButton(self.tr("&Untick all"))
        self.none_button.setObjectName("retentionTickNone")
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.all_button.clicked.connect(lambda: self._tick_all(True))
        self.none_button.clicked.connect(lambda: self._tick_all(False))
        self.refresh_button.clicked.connect(self.refresh)
        self.all_button.setVisible(self.may_delete)
        self.none_button.setVisible(self.may_delete)
        row = QHBoxLayout()
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        row.addStretch()
        row.addWidget(self.refresh_button)
        return row

    def _decision(self) -> QVBoxLayout:
        self.note = QLineEdit()
        self.note.setObjectName("retentionNote")
        self.note.setMaxLength(NOTE_MAX)
        self.note.setPlaceholderText(
            self.tr("e.g. Retention decision 2026-11-01 under the document management plan")
        )
        self.note.setToolTip(self.tr("Goes to the audit log. Do not name the person."))
        self.note.textChanged.connect(self._update_buttons)
        self.delete_button = QPushButton(self.tr("&Delete the chosen cases…"))
        self.delete_button.setObjectName("retentionDelete")
        self.delete_button.clicked.connect(self.ask_to_delete)
        self.busy = QProgressBar(maximum=0)
        self.busy.setObjectName("retentionBusy")
        self.busy.setMaximumWidth(160)
        self.busy.setVisible(False)
        self.busy_label = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("Decisi&on the deletion follows:"), self.note)
        row = QHBoxLayout()
        row.addWidget(self.delete_button)
        row.addWidget(self.busy)
        row.addWidget(self.busy_label, 1)
        layout = QVBoxLayout()
        layout.addLayout(form)
        layout.addLayout(row)
        if not self.may_delete:
            self.note.setVisible(False)
            self.delete_button.setVisible(False)
            label = form.labelForField(self.note)
            if label is not None:
                label.setVisible(False)
        return layout

    # --- loading -------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._busy:
            self.refresh()

    def refresh(self) -> None:
        if not self.may_view or not self._workspace.is_open or self._busy:
            return
        self._generation += 1
        generation, workspace, today = self._generation, self._workspace, date.today()
        self.count_label.setText(self.tr("Loading…"))
        run_for(
            self,
            lambda: retention.due_cases(workspace, today),
            lambda rows: self._loaded(generation, rows),
            lambda error: self._failed(generation, error),
        )

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation and self._workspace.is_open:
            self.count_label.setText(self.tr("The list could not be read."))
            self.message.show_error(error)

    def _loaded(self, generation: int, rows: list[RetentionCandidate]) -> None:
        if generation != self._generation:
            return
        ticked = set(self.chosen_ids())
        self.rows = rows
        self.tree.blockSignals(True)
        try:
            self.tree.clear()
            for row in rows[:SHOWN]:
                self.tree.addTopLevelItem(self._item(row, row.case_id in ticked))
        finally:
            self.tree.blockSignals(False)
        if not rows:
            self.count_label.setText(self.tr("No case is due for deletion."))
        elif len(rows) > SHOWN:
            self.count_label.setText(
                self.tr("%1 cases are due; the %2 that became due first are shown.")
                .replace("%1", str(len(rows)))
                .replace("%2", str(SHOWN))
            )
        else:
            self.count_label.setText(self.tr("%n case(s) due for deletion.", "", len(rows)))
        self._update_buttons()

    def _item(self, row: RetentionCandidate, ticked: bool) -> QTreeWidgetItem:
        item = QTreeWidgetItem(
            [
                row.case_number,
                row.programme.label.render(),
                format_date(row.closed_on),
                format_date(row.last_entry),
                format_date(row.due_on),
                row.reason.label.render(),
            ]
        )
        item.setData(CASE, ID_ROLE, row.case_id)
        item.setToolTip(REASON, row.reason.label.render())
        if self.may_delete:
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(CASE, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        return item

    # --- choosing ------------------------------------------------------------------------

    def _items(self) -> list[QTreeWidgetItem]:
        found = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for item in found if item is not None]

    def chosen_ids(self) -> list[int]:
        if not self.may_delete:
            return []
        return [
            int(item.data(CASE, ID_ROLE))
            for item in self._items()
            if item.checkState(CASE) == Qt.CheckState.Checked
        ]

    def tick(self, case_id: int, on: bool = True) -> None:
        for item in self._items():
            if item.data(CASE, ID_ROLE) == case_id:
                item.setCheckState(CASE, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _tick_all(self, on: bool) -> None:
        self.tree.blockSignals(True)
        try:
            for item in self._items():
                item.setCheckState(CASE, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        finally:
            self.tree.blockSignals(False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        if not self.may_view:
            return
        chosen = len(self.chosen_ids())
        ready = self.may_delete and not self._busy
        self.delete_button.setEnabled(ready and chosen > 0 and bool(self.note.text().strip()))
        self.all_button.setEnabled(ready and bool(self.rows))
        self.none_button.setEnabled(ready and chosen > 0)
        self.refresh_button.setEnabled(not self._busy)
        self.note.setEnabled(ready)
        self.tree.setEnabled(not self._busy)
        if chosen and not self.note.text().strip():
            self.delete_button.setToolTip(self.tr("Write the decision the deletion follows."))
        else:
            self.delete_button.setToolTip("")

    # --- deleting ------------------------------------------------------------------------

    def ask_to_delete(self) -> None:
        ids, note = self.chosen_ids(), self.note.text().strip()
        if not ids or not note or self._busy:
            return
        numbers = [r.case_number for r in self.rows if r.case_id in set(ids)]
        listed = ", ".join(numbers[:10]) + (" …" if len(numbers) > 10 else "")
        confirm(
            self,
            self.tr("Delete cases"),
            self.tr(
                "Delete %n case(s) for good (%1)? Everything in them is removed and the "
                "file is wiped. This cannot be undone.",
                "",
                len(ids),
            ).replace("%1", listed),
            self.tr("&Delete %n case(s)", "", len(ids)),
            lambda: self.delete(ids, note),
        )

    def delete(self, case_ids: list[int], note: str) -> None:
        """Delete the cases on a worker (no question asked: ``ask_to_delete`` asks)."""
        workspace = self._workspace
        self._set_busy(True)
        self.message.clear_message()
        run_for(
            self,
            lambda: retention.delete_cases(workspace, case_ids, note),
            self._deleted,
            self._delete_failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        self.busy_label.setText(
            self.tr("Deleting and wiping the file. This can take a few minutes…") if busy else ""
        )
        self._update_buttons()

    def _deleted(self, result: DeletionResult) -> None:
        self._set_busy(False)
        text = self.tr("%n case(s) deleted.", "", result.deleted)
        if result.file_wiped:
            text += " " + self.tr("The file was rewritten without them.")
        elif result.file_wiped is False:
            text += " " + self.tr(
                "The file could not be rewritten now because it was in use; the deleted data "
                "is unreadable already, and the next deletion rewrites the file."
            )
        self.note.clear()
        self.message.show_text(text)
        self.deleted.emit(result.deleted)
        self.refresh()

    def _delete_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if self._workspace.is_open:
            self.message.show_error(error)
