"""Rapporter: the reports the user's role may produce, each with its small form.

A list of report kinds on the left (only those of the user's role,
``kinds.kinds_for``), the chosen kind's form on the right. Each form opens
its report in a preview window (``pdf_preview.show_pdf``) that builds it off
the GUI thread, with Print… and Save as PDF….
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from caseflow.services.workspace import Workspace
from caseflow.ui.form_rescue import NO_RESCUE
from caseflow.ui.reports.case_report_form import CaseReportForm
from caseflow.ui.reports.extract_form import RegisterExtractForm
from caseflow.ui.reports.form_support import ReportForm
from caseflow.ui.reports.kinds import ReportKind, kinds_for
from caseflow.ui.reports.meeting_form import MeetingDocumentsForm
from caseflow.ui.reports.statistics_form import StatisticsForm

KIND_ROLE = Qt.ItemDataRole.UserRole


class ReportsPage(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPage")
        # Case numbers and personnummer typed here are look-ups, not work to keep as drafts.
        self.setProperty(NO_RESCUE, True)
        self._workspace = workspace
        self.kinds = kinds_for(workspace.user.role)
        self.forms: dict[ReportKind, ReportForm] = {}

        heading = QLabel("<h2>" + self.tr("Reports") + "</h2>")
        self.explanation = QLabel()
        self.explanation.setObjectName("reportsExplanation")
        self.explanation.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.explanation)
        if not self.kinds:
            self.explanation.setText(
                self.tr(
                    "Your role produces no reports: follow-up reports, meeting papers and "
                    "register extracts are made by the staff who work on the cases, and the "
                    "statistics by managers and social workers."
                )
            )
            layout.addStretch()
            return
        self.explanation.setText(
            self.tr(
                "Choose a report, fill in its form and press the report button. The report "
                "opens in a preview where you can print it or save it as PDF."
            )
        )
        self.kind_list = QListWidget()
        self.kind_list.setObjectName("reportKinds")
        self.kind_list.setFixedWidth(230)
        self.kind_list.setStyleSheet("QListWidget#reportKinds::item { padding: 6px; }")
        self.stack = QStackedWidget()
        for kind in self.kinds:
            form = self._form(kind)
            self.forms[kind] = form
            item = QListWidgetItem(self.kind_label(kind))
            item.setData(KIND_ROLE, kind.value)
            self.kind_list.addItem(item)
            self.stack.addWidget(form)
        self.kind_list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.kind_list.setCurrentRow(0)
        list_label = QLabel(self.tr("&Kind of report:"))
        list_label.setBuddy(self.kind_list)
        left = QVBoxLayout()
        left.addWidget(list_label)
        left.addWidget(self.kind_list, 1)
        row = QHBoxLayout()
        row.addLayout(left)
        row.addWidget(self.stack, 1)
        layout.addLayout(row, 1)

    def kind_label(self, kind: ReportKind) -> str:
        labels = {
            ReportKind.CASE: self.tr("Case follow-up report"),
            ReportKind.MEETING: self.tr("Meeting agenda / minutes"),
            ReportKind.STATISTICS: self.tr("Statistics"),
            ReportKind.EXTRACT: self.tr("Register extract"),
        }
        return labels[kind]

    def _form(self, kind: ReportKind) -> ReportForm:
        workspace = self._workspace
        if kind is ReportKind.CASE:
            return CaseReportForm(workspace)
        if kind is ReportKind.MEETING:
            return MeetingDocumentsForm(workspace)
        if kind is ReportKind.STATISTICS:
            return StatisticsForm(workspace)
        return RegisterExtractForm(workspace)

    def show_kind(self, kind: ReportKind) -> ReportForm:
        """Show the form of ``kind`` (it must be one of the role's)."""
        self.kind_list.setCurrentRow(self.kinds.index(kind))
        return self.forms[kind]
