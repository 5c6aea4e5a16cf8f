"""Why open a case that is not yours? A short question before the case opens.

A social worker may open any case of the unit, but one they are not
assigned to only with a stated reason, which the audit log keeps with their
name and the time (``services.case_access``). OK stays disabled until the
reason has a few words; Escape cancels and the case stays closed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from caseflow.services import case_access, cases
from caseflow.services.workspace import Workspace
from caseflow.ui.cases.tab_support import ServiceDialog
from caseflow.ui.form_rescue import NO_RESCUE


class ReasonDialog(ServiceDialog):
    """OK opens the case with the reason (``cases.get_case``); ``result_value`` is its detail."""

    def __init__(
        self,
        workspace: Workspace,
        case_id: int,
        case_number: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(self.tr("Open a case that is not yours"))
        self._workspace = workspace
        self._case_id = case_id

        number = case_number or self.tr("this case")
        question = QLabel(
            self.tr(
                "You are not assigned to %1. You may open it when your work needs it: "
                "say why. Your reason is kept in the audit log with your name and the time."
            ).replace("%1", number)
        )
        question.setObjectName("reasonQuestion")
        question.setWordWrap(True)
        self.form.addRow(question)

        self.reason = QLineEdit()
        self.reason.setObjectName("reasonText")
        self.reason.setMaxLength(case_access.MAX_REASON_CHARACTERS)
        self.reason.setPlaceholderText(
            self.tr("For example: on duty tonight, the school called about him")
        )
        # A reason is asked again after a lock (the permission ends with it):
        # nothing to keep as a draft.
        self.reason.setProperty(NO_RESCUE, True)
        self.add_field(self.tr("&Reason:"), self.reason, "reason")
        self.ok_button.setText(self.tr("&Open case"))
        self.reason.textChanged.connect(lambda: self.changed("reason"))
        self.reason.returnPressed.connect(self.submit)
        self.finish_layout()
        self.setMinimumWidth(520)
        self.reason.setFocus()

    def problems(self) -> dict[str, str]:
        if case_access.reason_is_enough(self.reason.text()):
            return {}
        return {"reason": self.tr("Say in a few words why you need to open the case.")}

    def work(self) -> Callable[[], Any]:
        workspace, case_id, reason = self._workspace, self._case_id, self.reason.text()
        return lambda: cases.get_case(workspace, case_id, reason)
