"""Kartläggning: repeated assessments side by side, and what changed since the last one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseflow.domain.assessment import (
    Change,
    FactorDefinition,
    FactorKind,
    FactorPresence,
    LifeDomain,
    factors_for,
)
from caseflow.services import assessments, permissions
from caseflow.services.assessments import AssessmentView
from caseflow.services.permissions import Action
from caseflow.services.workspace import Workspace
from caseflow.ui.cases.tab_mapping_dialog import AssessmentDialog
from caseflow.ui.cases.tab_support import MessageArea, format_date
from caseflow.ui.worker import run_for

# Colour only supports the word in the cell; it never carries the meaning alone.
_CHANGE_COLOURS = {Change.IMPROVED: "#0a6b2c", Change.WORSENED: "#a40000"}
FACTOR_COLUMN, KIND_COLUMN, FIRST_ASSESSMENT_COLUMN = 0, 1, 2


class MappingTab(QWidget):
    """Emits ``changed`` after a new assessment was saved."""

    changed = Signal()

    def __init__(self, workspace: Workspace, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mappingTab")
        self._workspace = workspace
        self._case_id = case_id
        self.assessments: list[AssessmentView] = []
        self.loaded = False
        self.dialog: AssessmentDialog | None = None
        self._rows: list[FactorDefinition | None] = []

        self.message = MessageArea()
        self.new_button = QPushButton(self.tr("New &assessment…"))
        self.new_button.setObjectName("newAssessment")
        self.new_button.setEnabled(permissions.may(workspace, Action.EDIT_CASE))
        self.new_button.clicked.connect(self.new_assessment)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.explanation, 1)
        top.addWidget(self.new_button)

        self.table = QTableWidget()
        self.table.setObjectName("mappingTable")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        # Long comments are read in the tooltip and the details line, not by
        # letting one column push the others off the screen.
        self.table.horizontalHeader().setMaximumSectionSize(260)
        self.table.currentCellChanged.connect(
            lambda row, column, *_: self._show_details(row, column)
        )
        self.details = QLabel()
        self.details.setObjectName("mappingDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMinimumHeight(48)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        self.load()

    # --- loading -------------------------------------------------------------------

    def load(self) -> None:
        workspace, case_id = self._workspace, self._case_id
        run_for(
            self,
            lambda: assessments.list_assessments(workspace, case_id),
            self._loaded,
            self.message.show_error,
        )

    def _loaded(self, items: list[AssessmentView]) -> None:
        self.assessments = items
        self._fill_table()
        if not items:
            self.explanation.setText(
                self.tr(
                    "No mapping yet. A mapping records, for each risk and protective factor, "
                    "whether it is present; repeated mappings show the change over time."
                )
            )
        elif len(items) == 1:
            self.explanation.setText(
                self.tr("One mapping. The next one will show what changed since.")
            )
        else:
            self.explanation.setText(
                self.tr(
                    "{count} mappings, oldest first. The last column compares the two latest."
                ).format(count=len(items))
            )
        self.loaded = True

    # --- the table -------------------------------------------------------------------

    def change_column(self) -> int | None:
        """The column that compares the two latest assessments, if there are two."""
        if len(self.assessments) < 2:
            return None
        return FIRST_ASSESSMENT_COLUMN + len(self.assessments)

    def _fill_table(self) -> None:
        items = self.assessments
        changes: dict[str, Change] = {}
        if len(items) >= 2:
            changes = {
                c.factor.key: c.change for c in assessments.changes_between(items[-2], items[-1])
            }
        headers = [self.tr("Factor"), self.tr("Kind")]
        headers += [format_date(a.assessed_on) for a in items]
        if len(items) >= 2:
            headers.append(
                self.tr("Change {older} → {newer}").format(
                    older=format_date(items[-2].assessed_on),
                    newer=format_date(items[-1].assessed_on),
                )
            )
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        for index, item in enumerate(items):
            header = self.table.horizontalHeaderItem(FIRST_ASSESSMENT_COLUMN + index)
            if header is not None:
                header.setToolTip(self.tr("Mapped by {author}").format(author=item.author))
        self._rows = []
        for domain in LifeDomain:
            self._rows.append(None)
            self._rows.extend(factors_for(domain, FactorKind.RISK))
            self._rows.extend(factors_for(domain, FactorKind.PROTECTIVE))
        self.table.setRowCount(len(self._rows))
        domains = iter(LifeDomain)
        for row, factor in enumerate(self._rows):
            if factor is None:
                self._domain_row(row, next(domains), len(headers))
            else:
                self._factor_row(row, factor, changes.get(factor.key))
        columns = self.table.horizontalHeader()
        columns.setSectionResizeMode(FACTOR_COLUMN, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            columns.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def _domain_row(self, row: int, domain: LifeDomain, columns: int) -> None:
        item = QTableWidgetItem(domain.label.render())
        font = QFont()
        font.setBold(True)
        item.setFont(font)
        item.setBackground(QBrush(QColor("#eef1f5")))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.table.setItem(row, 0, item)
        self.table.setSpan(row, 0, 1, columns)

    def _factor_row(self, row: int, factor: FactorDefinition, change: Change | None) -> None:
        self.table.setItem(row, FACTOR_COLUMN, QTableWidgetItem(factor.label.render()))
        self.table.setItem(row, KIND_COLUMN, QTableWidgetItem(factor.kind.label.render()))
        for index, assessment in enumerate(self.assessments):
            entry = assessment.factors.get(factor.key)
            presence = entry.presence if entry else FactorPresence.UNKNOWN
            text = presence.label.render()
            if entry and entry.comment:
                text = self.tr("{presence}: {comment}").format(presence=text, comment=entry.comment)
            cell = QTableWidgetItem(text)
            if entry and entry.comment:
                cell.setToolTip(entry.comment)
            self.table.setItem(row, FIRST_ASSESSMENT_COLUMN + index, cell)
        column = self.change_column()
        if column is not None:
            cell = QTableWidgetItem(change.label.render() if change else "")
            if change in _CHANGE_COLOURS:
                cell.setForeground(QBrush(QColor(_CHANGE_COLOURS[change])))
                font = QFont()
                font.setBold(True)
                cell.setFont(font)
            self.table.setItem(row, column, cell)

    def _show_details(self, row: int, column: int) -> None:
        factor = self._rows[row] if 0 <= row < len(self._rows) else None
        index = column - FIRST_ASSESSMENT_COLUMN
        if factor is None or not 0 <= index < len(self.assessments):
            if self.assessments:
                self.details.setText(
                    self.tr("Move to a date's column to read that mapping's comment and summary.")
                )
            return
        assessment = self.assessments[index]
        entry = assessment.factors.get(factor.key)
        presence = entry.presence if entry else FactorPresence.UNKNOWN
        lines = [
            self.tr("{factor} on {date}: {presence}").format(
                factor=factor.label.render(),
                date=format_date(assessment.assessed_on),
                presence=presence.label.render(),
            )
        ]
        if entry and entry.comment:
            lines.append(self.tr("Comment: {comment}").format(comment=entry.comment))
        lines.append(
            self.tr("Summary by {author}: {summary}").format(
                author=assessment.author, summary=assessment.summary or "–"
            )
        )
        self.details.setText("\n".join(lines))

    # --- new assessment --------------------------------------------------------------

    def new_assessment(self) -> AssessmentDialog:
        previous = self.assessments[-1] if self.assessments else None
        dialog = AssessmentDialog(self._workspace, self._case_id, previous, self)
        dialog.accepted.connect(self._saved)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _saved(self) -> None:
        self.dialog = None
        self.message.show_text(self.tr("The mapping was saved."))
        self.load()
        self.changed.emit()
