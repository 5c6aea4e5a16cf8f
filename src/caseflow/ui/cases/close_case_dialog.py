"""Close a case (avsluta ärende): a reason, a date and a closing summary."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from caseflow.domain.cases import ClosingReason, validate_closing
from caseflow.domain.errors import InvalidInput
from caseflow.services import cases
from caseflow.services.workspace import Workspace
from caseflow.ui.cases.tab_support import (
    ServiceDialog,
    date_edit,
    enum_combo,
    enum_value,
    from_qdate,
    to_qdate,
)


class CloseCaseDialog(ServiceDialog):
    """OK stays disabled until the summary satisfies ``validate_closing``."""

    def __init__(
        self,
        workspace: Workspace,
        case_id: int,
        case_number: str,
        referral_date: date,
        parent: QWidget | None = None,
        version: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Close case {case}").format(case=case_number))
        self.setObjectName("closeCaseDialog")
        self._workspace = workspace
        self._case_id = case_id
        self._referral_date = referral_date
        self._version = version  # the case's, as the user read it (None: whatever it is)

        intro = QLabel(
            self.tr(
                "A closed case cannot be reopened; if the person needs support again, "
                "open a new case."
            )
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.reason = enum_combo(ClosingReason)
        self.reason.setObjectName("closingReason")
        self.closed_on = date_edit(date.today(), latest=date.today())
        self.closed_on.setObjectName("closedOn")
        self.closed_on.setMinimumDate(to_qdate(referral_date))
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("closingSummary")
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(
            self.tr("What was done, what was reached, and what happens next.")
        )
        self.add_field(self.tr("&Reason:"), self.reason, "closing_reason")
        self.add_field(self.tr("Closing &date:"), self.closed_on, "closed_on")
        self.summary_message = self.add_field(
            self.tr("Closing &summary:"), self.summary, "closing_summary"
        )
        self.ok_button.setText(self.tr("Close &case"))
        self.reason.currentIndexChanged.connect(lambda: self.validate())
        self.summary.textChanged.connect(lambda: self.changed("closing_summary"))
        self.closed_on.dateChanged.connect(lambda: self.changed("closed_on"))
        self.finish_layout()
        self.resize(560, 420)

    def selected_reason(self) -> ClosingReason:
        return enum_value(self.reason, ClosingReason)

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        try:
            validate_closing(self.selected_reason(), self.summary.toPlainText())
        except InvalidInput as error:
            problems["closing_summary"] = error.text.render()
        if from_qdate(self.closed_on.date()) < self._referral_date:
            problems["closed_on"] = self.tr("A case cannot close before its referral date.")
        return problems

    def work(self) -> Callable[[], Any]:
        workspace, case_id, version = self._workspace, self._case_id, self._version
        reason, summary = self.selected_reason(), self.summary.toPlainText()
        on = from_qdate(self.closed_on.date())
        return lambda: cases.close_case(workspace, case_id, reason, summary, on, version)
