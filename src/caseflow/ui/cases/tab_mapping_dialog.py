"""A new mapping (kartläggning): every factor of the catalogue, present, absent or not known."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)

from caseflow.domain.assessment import FactorKind, FactorPresence, LifeDomain, factors_for
from caseflow.services import assessments
from caseflow.services.assessments import AssessmentView, FactorEntry
from caseflow.services.workspace import Workspace
from caseflow.ui.cases.tab_support import (
    ServiceDialog,
    date_edit,
    enum_combo,
    enum_value,
    format_date,
    from_qdate,
    select_value,
)


class AssessmentDialog(ServiceDialog):
    """Records one dated assessment; ``previous`` lets the user start from the last one."""

    def __init__(
        self,
        workspace: Workspace,
        case_id: int,
        previous: AssessmentView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentDialog")
        self.setWindowTitle(self.tr("New mapping of risk and protective factors"))
        self._workspace = workspace
        self._case_id = case_id
        self._previous = previous
        self.assessed_on = date_edit(date.today(), latest=date.today())
        self.assessed_on.setObjectName("assessedOn")
        self.assessed_on.dateChanged.connect(lambda: self.changed("assessed_on"))
        self.add_field(self.tr("&Date of the mapping:"), self.assessed_on, "assessed_on")
        self.presence: dict[str, QComboBox] = {}
        self.comments: dict[str, QLineEdit] = {}
        if previous is not None:
            self.copy_button = QPushButton(
                self.tr("&Copy answers from {date}").format(date=format_date(previous.assessed_on))
            )
            self.copy_button.clicked.connect(self.copy_previous)
            self.form.addRow("", self.copy_button)
        self.content.addWidget(self._factor_area(), 1)
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("assessmentSummary")
        self.summary.setTabChangesFocus(True)
        self.summary.setMaximumHeight(80)
        self.summary.setPlaceholderText(
            self.tr("What stands out, and what the action plan should address.")
        )
        summary_label = QLabel(self.tr("&Summary:"))
        summary_label.setBuddy(self.summary)
        self.content.addWidget(summary_label)
        self.content.addWidget(self.summary)
        self.ok_button.setText(self.tr("Save the &mapping"))
        self.finish_layout()
        self.resize(900, 640)

    def _factor_area(self) -> QScrollArea:
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(3, 2)
        row = 0
        for header, column in (
            (self.tr("Factor"), 0),
            (self.tr("Kind"), 1),
            (self.tr("Assessment"), 2),
            (self.tr("Comment"), 3),
        ):
            grid.addWidget(QLabel(f"<b>{header}</b>"), row, column)
        row += 1
        for domain in LifeDomain:
            title = QLabel(f"<b>{domain.label.render()}</b>")
            title.setContentsMargins(0, 8, 0, 0)
            grid.addWidget(title, row, 0, 1, 4)
            row += 1
            for kind in (FactorKind.RISK, FactorKind.PROTECTIVE):
                for factor in factors_for(domain, kind):
                    label = QLabel(factor.label.render())
                    label.setWordWrap(True)
                    combo = enum_combo(
                        [FactorPresence.UNKNOWN, FactorPresence.PRESENT, FactorPresence.ABSENT]
                    )
                    combo.setObjectName(f"presence_{factor.key}")
                    label.setBuddy(combo)
                    comment = QLineEdit()
                    comment.setObjectName(f"comment_{factor.key}")
                    comment.setPlaceholderText(self.tr("Comment (optional)"))
                    grid.addWidget(label, row, 0)
                    grid.addWidget(QLabel(kind.label.render()), row, 1)
                    grid.addWidget(combo, row, 2)
                    grid.addWidget(comment, row, 3)
                    self.presence[factor.key] = combo
                    self.comments[factor.key] = comment
                    row += 1
        area = QScrollArea()
        area.setWidget(grid_widget)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.StyledPanel)
        return area

    def set_presence(self, key: str, presence: FactorPresence, comment: str = "") -> None:
        select_value(self.presence[key], presence)
        self.comments[key].setText(comment)

    def copy_previous(self) -> None:
        if self._previous is None:
            return
        for key, entry in self._previous.factors.items():
            if key in self.presence:
                self.set_presence(key, entry.presence, entry.comment)

    def problems(self) -> dict[str, str]:
        if from_qdate(self.assessed_on.date()) > date.today():
            return {"assessed_on": self.tr("A mapping cannot be dated in the future.")}
        return {}

    def factor_entries(self) -> dict[str, FactorEntry]:
        entries: dict[str, FactorEntry] = {}
        for key, combo in self.presence.items():
            presence = enum_value(combo, FactorPresence)
            entries[key] = FactorEntry(presence, self.comments[key].text())
        return entries

    def work(self) -> Callable[[], Any]:
        workspace, case_id = self._workspace, self._case_id
        on, factors = from_qdate(self.assessed_on.date()), self.factor_entries()
        summary = self.summary.toPlainText()
        return lambda: assessments.record_assessment(workspace, case_id, on, factors, summary)
