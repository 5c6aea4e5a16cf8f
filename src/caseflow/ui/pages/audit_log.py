"""Logg: the audit log for managers and administrators, filtered, verified, exported.

Entries arrive newest first, 500 at a time, each page read on a worker
(``services.audit.entries``) as the table is scrolled. "Verify the log"
walks the whole hash chain on a worker and says in words (and red) where it
breaks. "Export CSV…" writes the entries the filters find, oldest first,
with a UTF-8 byte order mark so that Excel reads å, ä and ö, through a
temporary file that is renamed into place.
"""

from __future__ import annotations

import enum
import html
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QStandardPaths, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseflow.domain.audit import AuditAction, AuditEntry
from caseflow.services import audit
from caseflow.services.audit import PAGE, AuditFilter, VerifyResult
from caseflow.services.workspace import Workspace
from caseflow.ui.cases.tab_support import MessageArea, OptionalDate
from caseflow.ui.form_rescue import NO_RESCUE
from caseflow.ui.paged_model import Index, OffsetPage, PagedTableModel, offset_page
from caseflow.ui.pdf_preview import write_private_file
from caseflow.ui.worker import run_for

BOM = b"\xef\xbb\xbf"
_BROKEN_STYLE = (
    "QLabel { background: #fde7e7; color: #7a0000; padding: 6px; border-radius: 3px; "
    "font-weight: bold; }"
)
_INTACT_STYLE = "QLabel { background: #e5f4e3; color: #1d4d1a; padding: 6px; border-radius: 3px; }"


class Column(enum.IntEnum):
    TIME = 0
    USER = 1
    ACTION = 2
    CASE = 3
    RECORD = 4
    REASON = 5


def local_time(entry: AuditEntry) -> str:
    return entry.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def action_label(action: str) -> str:
    try:
        return AuditAction(action).label.render()
    except ValueError:  # an action from a newer version of Caseflow
        return action


class AuditLogModel(PagedTableModel[AuditEntry, int]):
    """The log, newest first, a page at a time; a new filter starts a new generation."""

    def __init__(
        self, workspace: Workspace, page_size: int = PAGE, parent: QObject | None = None
    ) -> None:
        super().__init__(page_size, parent)
        self._workspace = workspace
        self._filter = AuditFilter()
        self._headers = {
            Column.TIME: self.tr("Time"),
            Column.USER: self.tr("User"),
            Column.ACTION: self.tr("Action"),
            Column.CASE: self.tr("Case"),
            Column.RECORD: self.tr("Record"),
            Column.REASON: self.tr("Reason"),
        }

    @property
    def audit_filter(self) -> AuditFilter:
        return self._filter

    def set_filter(self, audit_filter: AuditFilter) -> None:
        self._filter = audit_filter
        self.refresh()

    def _page_query(
        self, after: int | None, limit: int
    ) -> Callable[[], OffsetPage[AuditEntry]] | None:
        if not self._workspace.is_open:
            return None
        workspace, audit_filter, offset = self._workspace, self._filter, after or 0
        return lambda: offset_page(
            audit.entries(workspace, audit_filter, limit + 1, offset), limit, offset
        )

    def entry_at(self, row: int) -> AuditEntry:
        return self.row_at(row)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(Column)
        ):
            return self._headers[Column(section)]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [self.tr("Entry %1").replace("%1", str(entry.id))]
            if entry.reason:
                lines.append(self.tr("Reason: %1").replace("%1", entry.reason))
            if entry.detail:
                lines.append(self.tr("Detail: %1").replace("%1", entry.detail))
            return "\n".join(lines)
        return None

    def _text(self, entry: AuditEntry, column: Column) -> str:
        match column:
            case Column.TIME:
                return local_time(entry)
            case Column.USER:
                return entry.username
            case Column.ACTION:
                return action_label(entry.action)
            case Column.CASE:
                return entry.case_number
            case Column.RECORD:
                return f"{entry.record_type} {entry.record_id}".strip()
            case Column.REASON:
                return entry.reason.replace("\n", " ")


def write_csv(workspace: Workspace, audit_filter: AuditFilter, path: Path) -> Path:
    """Export the filtered log to ``path`` with a BOM (on a worker)."""
    if path.suffix.lower() != ".csv":
        path = path.with_name(path.name + ".csv")
    text = audit.export_csv(workspace, audit_filter)
    write_private_file(path, BOM + text.encode("utf-8"))
    return path


class LogPage(QWidget):
    """The Logg area: managers and administrators read, verify and export the audit log."""

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, page_size: int = PAGE
    ) -> None:
        super().__init__(parent)
        self.setObjectName("logPage")
        self._workspace = workspace
        self.may_read = workspace.user.role in audit.READERS
        self.file_dialog: QFileDialog | None = None
        self._started = False
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + html.escape(self.tr("Log")) + "</h2>"))
        if not self.may_read:
            layout.addWidget(
                QLabel(
                    self.tr("The audit log is read by managers and administrators."),
                    wordWrap=True,
                )
            )
            layout.addStretch()
            return
        explanation = QLabel(
            self.tr(
                "Who opened, wrote, printed or exported what, and when. Entries cannot be "
                "changed; Verify checks that none was changed, removed or moved since."
            ),
            wordWrap=True,
        )
        layout.addWidget(explanation)
        self.model = AuditLogModel(workspace, page_size, self)
        layout.addLayout(self._filters())
        layout.addLayout(self._buttons())
        self.verdict = QLabel()
        self.verdict.setObjectName("verifyResult")
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verdict.setVisible(False)
        layout.addWidget(self.verdict)
        self.message = MessageArea()
        self.message.setObjectName("logMessage")
        layout.addWidget(self.message)
        self.count_label = QLabel()
        self.count_label.setObjectName("logCount")
        layout.addWidget(self.count_label)
        self.table = self._table()
        layout.addWidget(self.table, 1)
        self.model.loading_changed.connect(self._update_count)
        self.model.page_loaded.connect(self._update_count)
        self.model.failed.connect(self._failed)

    # --- building ------------------------------------------------------------------------

    def _filters(self) -> QHBoxLayout:
        self.from_date = OptionalDate(None, self.tr("Fro&m"))
        self.from_date.setObjectName("logFrom")
        self.to_date = OptionalDate(None, self.tr("&To"))
        self.to_date.setObjectName("logTo")
        self.username = QLineEdit()
        self.username.setObjectName("logUser")
        self.username.setPlaceholderText(self.tr("user name"))
        self.action = QComboBox()
        self.action.setObjectName("logAction")
        self.action.addItem(self.tr("All actions"), "")
        for action in AuditAction:
            self.action.addItem(action.label.render(), action.value)
        self.case_number = QLineEdit()
        self.case_number.setObjectName("logCase")
        self.case_number.setPlaceholderText(self.tr("e.g. SSPF-2026-0042"))
        for edit in (self.username, self.case_number):
            edit.setProperty(NO_RESCUE, True)  # a filter is not work to keep
            edit.setClearButtonEnabled(True)
            edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("SSPF-2026-00000") + 50)
            edit.returnPressed.connect(self.apply_filters)
        self.show_button = QPushButton(self.tr("&Show"))
        self.show_button.setObjectName("logShow")
        self.show_button.setToolTip(self.tr("Show the entries the filters find (Enter)"))
        self.show_button.clicked.connect(self.apply_filters)
        self.action.activated.connect(self.apply_filters)
        row = QHBoxLayout()
        row.addWidget(self.from_date)
        row.addWidget(self.to_date)
        for text, widget in (
            (self.tr("&User:"), self.username),
            (self.tr("&Action:"), self.action),
            (self.tr("&Case:"), self.case_number),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget)
        row.addWidget(self.show_button)
        row.addStretch()
        return row

    def _buttons(self) -> QHBoxLayout:
        self.verify_button = QPushButton(self.tr("&Verify the log"))
        self.verify_button.setObjectName("verifyLog")
        self.verify_button.clicked.connect(self.verify)
        self.export_button = QPushButton(self.tr("&Export CSV…"))
        self.export_button.setObjectName("exportLog")
        self.export_button.setToolTip(self.tr("The entries the filters find, oldest first"))
        self.export_button.clicked.connect(self.choose_export_file)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.clicked.connect(self.model.refresh)
        row = QHBoxLayout()
        row.addWidget(self.verify_button)
        row.addWidget(self.export_button)
        row.addStretch()
        row.addWidget(self.refresh_button)
        return row

    def _table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("logTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        metrics = table.fontMetrics()
        # Sized from samples: measuring thousands of rows would cost the GUI thread.
        widths = {
            Column.TIME: "2026-12-31 23:59:59",
            Column.USER: "anna.berglund",
            Column.ACTION: max((a.label.render() for a in AuditAction), key=len),
            Column.CASE: "SSPF-2026-0000",
            Column.RECORD: "journal_entry 00000",
        }
        for column, sample in widths.items():
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        header.setSectionResizeMode(Column.REASON, QHeaderView.ResizeMode.Stretch)
        return table

    # --- the list ------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.may_read and not self._started:
            self._started = True
            self.apply_filters()

    def current_filter(self) -> AuditFilter:
        action = str(self.action.currentData() or "")
        return AuditFilter(
            from_date=self.from_date.value(),
            to_date=self.to_date.value(),
            username=self.username.text(),
            action=AuditAction(action) if action else None,
            case_number=self.case_number.text(),
        )

    def apply_filters(self) -> None:
        self.message.clear_message()
        self._started = True
        self.model.set_filter(self.current_filter())

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        if self.model.is_loading:
            text = self.tr("Loading…")
        elif shown == 0:
            text = self.tr("No entries match the filters.")
        elif self.model.has_more:
            text = self.tr("The newest %n entries are shown; scroll down for more.", "", shown)
        else:
            text = self.tr("%n entries.", "", shown)
        self.count_label.setText(text)

    def _failed(self, error: BaseException) -> None:
        if self._workspace.is_open:
            self.message.show_error(error)

    # --- verifying -----------------------------------------------------------------------

    def verify(self) -> None:
        workspace = self._workspace
        self.verify_button.setEnabled(False)
        self.verdict.setStyleSheet("")
        self.verdict.setText(self.tr("Checking every entry of the log…"))
        self.verdict.setVisible(True)
        run_for(self, lambda: audit.verify(workspace), self._verified, self._verify_failed)

    def _verified(self, result: VerifyResult) -> None:
        self.verify_button.setEnabled(True)
        broken = result.first_broken
        if broken is None:
            self.verdict.setStyleSheet(_INTACT_STYLE)
            self.verdict.setText(
                self.tr("The log is intact: %n entries checked.", "", result.entries)
            )
            return
        self.verdict.setStyleSheet(_BROKEN_STYLE)
        self.verdict.setText(
            self.tr(
                "The log is BROKEN at entry %1 (%2): an entry was changed, removed or moved "
                "after it was written. Entries from there on cannot be trusted. Tell the "
                "information security officer and keep a copy of the database as it is."
            )
            .replace("%1", str(broken.id))
            .replace("%2", local_time(broken))
        )

    def _verify_failed(self, error: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self.verdict.setVisible(False)
        self._failed(error)

    # --- exporting -----------------------------------------------------------------------

    def choose_export_file(self) -> QFileDialog:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"caseflow-log-{date.today().isoformat()}.csv"
        dialog = QFileDialog(
            self, self.tr("Export the log"), str(Path(folder) / name), self.tr("CSV files (*.csv)")
        )
        dialog.setObjectName("exportLogDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")
        dialog.fileSelected.connect(lambda path: self.export_to(Path(path)))
        dialog.finished.connect(dialog.deleteLater)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def export_to(self, path: Path) -> None:
        workspace, audit_filter = self._workspace, self.current_filter()
        self.export_button.setEnabled(False)
        self.message.show_text(self.tr("Exporting…"))
        run_for(
            self,
            lambda: write_csv(workspace, audit_filter, path),
            self._exported,
            self._export_failed,
        )

    def _exported(self, path: Path) -> None:
        self.export_button.setEnabled(True)
        self.message.show_text(
            self.tr(
                "The log was exported to %1. Keep the file as safely as the log itself."
            ).replace("%1", str(path))
        )

    def _export_failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        self._failed(error)
