"""The consent matrix: parties × the people who must consent, on one date.

Each cell says in words whether that person has consented ("Consented",
"No valid consent", "Not required"), coloured to help the eye; its reason
is the tooltip and, for the selected cell, the details pane beside the
table. The last column says whether the party is covered overall.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseflow.domain.consent import (
    CaseConsents,
    ConsenterStatus,
    ConsentMatrix,
    ConsentRecord,
    Coverage,
)
from caseflow.ui.cases.consent_support import (
    COVERED_COLOURS,
    STATUS_COLOURS,
    paint,
    party_text,
)
from caseflow.ui.cases.tab_support import format_date

PARTY_COLUMN = 0


class ConsentMatrixView(QWidget):
    """The table and its details pane; ``show_matrix`` fills both."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix: ConsentMatrix | None = None
        self.consents: CaseConsents | None = None

        self.summary = QLabel()
        self.summary.setObjectName("consentSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setObjectName("consentMatrix")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.currentCellChanged.connect(
            lambda row, column, *_: self._show_details(row, column)
        )
        self.details = QLabel()
        self.details.setObjectName("consentDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setFrameShape(QFrame.Shape.StyledPanel)
        self.details.setMargin(6)
        self.details.setMinimumWidth(280)

        columns = QHBoxLayout()
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addWidget(self.table, 3)
        columns.addWidget(self.details, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(columns, 1)

    # --- filling ---------------------------------------------------------------------

    def overall_column(self) -> int:
        return self.table.columnCount() - 1

    def show_matrix(self, matrix: ConsentMatrix, consents: CaseConsents) -> None:
        current = (self.table.currentRow(), self.table.currentColumn())
        self.matrix, self.consents = matrix, consents
        headers = [self.tr("Party")]
        for consenter_column in matrix.columns:
            title = consenter_column.title.render()
            guardian = consents.guardian(consenter_column.consenter)
            if guardian is not None and guardian.no_information:
                title = self.tr("{title}\nMUST NOT receive information").format(title=title)
            headers.append(title)
        headers.append(self.tr("Overall"))
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(matrix.rows))
        for row, coverage in enumerate(matrix.rows):
            self._fill_row(row, coverage)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(PARTY_COLUMN, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.resizeRowsToContents()
        self._show_summary(matrix)
        if matrix.rows:
            row = min(max(current[0], 0), len(matrix.rows) - 1)
            column = current[1] if 0 <= current[1] < len(headers) else self.overall_column()
            self.table.setCurrentCell(row, column)
            self._show_details(row, column)
        else:
            self.details.setText(
                self.tr(
                    "No parties yet. Add the agencies involved on the Overview tab, or "
                    "register a consent that names a party."
                )
            )

    def _fill_row(self, row: int, coverage: Coverage) -> None:
        self.table.setItem(row, PARTY_COLUMN, QTableWidgetItem(party_text(coverage.party)))
        for index, cell in enumerate(coverage.consenters, start=1):
            item = QTableWidgetItem(cell.status.label.render())
            item.setToolTip(cell.reason.render())
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            paint(item, STATUS_COLOURS[cell.status])
            self.table.setItem(row, index, item)
        overall = QTableWidgetItem(coverage.label.render())
        overall.setToolTip("\n".join(reason.render() for reason in coverage.reasons))
        overall.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        paint(overall, COVERED_COLOURS[coverage.covered], bold=True)
        self.table.setItem(row, self.overall_column(), overall)

    def _show_summary(self, matrix: ConsentMatrix) -> None:
        covered = sum(1 for row in matrix.rows if row.covered)
        self.summary.setText(
            self.tr(
                "On {date} the young person is {age}. {covered} of {total} parties covered."
            ).format(
                date=format_date(matrix.on_date),
                age=matrix.age,
                covered=covered,
                total=len(matrix.rows),
            )
        )

    # --- details ---------------------------------------------------------------------

    def _show_details(self, row: int, column: int) -> None:
        matrix = self.matrix
        if matrix is None or not 0 <= row < len(matrix.rows):
            return
        coverage = matrix.rows[row]
        consenter_index = column - 1
        if 0 <= consenter_index < len(coverage.consenters):
            self.details.setText(self._cell_details(coverage, coverage.consenters[consenter_index]))
        else:
            self.details.setText(self._row_details(coverage))

    def _row_details(self, coverage: Coverage) -> str:
        lines = [
            self.tr("{party} on {date}: {status}").format(
                party=party_text(coverage.party),
                date=format_date(coverage.on_date),
                status=coverage.label.render(),
            )
        ]
        lines += [f"• {reason.render()}" for reason in coverage.reasons]
        return "\n".join(lines)

    def _cell_details(self, coverage: Coverage, cell: ConsenterStatus) -> str:
        assert self.consents is not None
        lines = [
            self.tr("{person} for {party}: {status}").format(
                person=self.consents.title(cell.consenter).render(),
                party=party_text(coverage.party),
                status=cell.status.label.render(),
            ),
            cell.reason.render(),
        ]
        if cell.record is not None:
            lines += self._record_lines(cell.record)
        lines.append("")
        lines.append(self.tr("Overall: {status}").format(status=coverage.label.render()))
        return "\n".join(lines)

    def _record_lines(self, record: ConsentRecord) -> list[str]:
        how = record.manner.label.render()
        if record.documented_by:
            how = self.tr("{manner}, documented by {name}").format(
                manner=how, name=record.documented_by
            )
        return [
            "",
            self.tr("Consent given on {given}, valid until {until} ({how}).").format(
                given=format_date(record.given_on), until=format_date(record.valid_until), how=how
            ),
            self.tr("Information: {text}").format(text=record.information),
            self.tr("Purpose: {text}").format(text=record.purpose),
        ]
