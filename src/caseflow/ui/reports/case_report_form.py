"""The case follow-up report's form: a case number, then whom the copy is for.

Once the number reads as a case number, the case is looked up in the
background: its parties become the recipients offered, each marked with
whether consent or a legal ground covers it today. A case the user is not
assigned to is opened only with a stated reason (``ReasonDialog``), as the
case list opens it, before its report is made.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLineEdit, QWidget

from caseflow.domain.cases import parse_case_number
from caseflow.domain.errors import InvalidInput
from caseflow.services import consent
from caseflow.services.case_access import ReasonRequired
from caseflow.services.consent import NotCovered
from caseflow.services.validation import NotFound
from caseflow.services.workspace import Workspace
from caseflow.ui.cases.reason_dialog import ReasonDialog
from caseflow.ui.errors import message_for
from caseflow.ui.reports.case_report_preview import (
    find_case,
    gather_copy,
    show_file_copy,
    show_recipient_copy,
)
from caseflow.ui.reports.form_support import ReportForm, note_label
from caseflow.ui.reports.recipient import RecipientChoice, RecipientChooser, recipient_choices
from caseflow.ui.worker import run_for

if TYPE_CHECKING:
    from caseflow.reports.case_report import CaseReportData

LOOKUP_DELAY_MS = 300


@dataclass(frozen=True)
class FoundCase:
    case_id: int
    case_number: str
    # None: the user is not assigned to the case and must say why first.
    choices: tuple[RecipientChoice, ...] | None


def look_up_case(workspace: Workspace, number: str, day: date) -> FoundCase:
    """The case numbered ``number`` with its recipients (a worker-thread call)."""
    case_id = find_case(workspace, number)
    try:
        found = consent.overview(workspace, case_id)
    except ReasonRequired:
        return FoundCase(case_id, number, None)
    return FoundCase(case_id, number, tuple(recipient_choices(found.consents, found.parties, day)))


def _canonical(text: str) -> str | None:
    try:
        return str(parse_case_number(text))
    except InvalidInput:
        return None


class CaseReportForm(ReportForm):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(
            workspace,
            self.tr("Case follow-up report"),
            self.tr(
                "The case's facts, consent, risk and protective factors over time, the plan's "
                "goals at each follow-up, meetings and agreed actions, and next steps. A copy "
                "for a recipient holds only what consent or a recorded legal ground covers."
            ),
            parent,
        )
        self.setObjectName("caseReportForm")
        self.found: FoundCase | None = None
        self.reason_dialog: ReasonDialog | None = None
        self._looking_up: str | None = None
        self._lookup_error = ""
        self._make_after_lookup = False

        self.number = QLineEdit()
        self.number.setObjectName("caseReportNumber")
        self.number.setPlaceholderText(self.tr("For example SSPF-2026-0042"))
        self.number.setMaxLength(40)
        self.number.setMinimumWidth(240)
        self.number_note = note_label()
        self.number_note.setObjectName("caseReportNumberNote")
        self.number_note.setVisible(False)
        self.recipient = RecipientChooser()
        self.recipient.setEnabled(False)
        self.recipient_note = note_label()
        self.recipient_note.setObjectName("caseReportRecipientNote")
        self.add_field(self.tr("Case &number:"), self.number, "number", self.number_note)
        self.add_field(self.tr("&Recipient:"), self.recipient, "recipient", self.recipient_note)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LOOKUP_DELAY_MS)
        self._timer.timeout.connect(self.look_up)
        self.number.textChanged.connect(self._number_edited)
        self.number.editingFinished.connect(lambda: self.changed("number"))
        self.number.returnPressed.connect(self.submit)
        self.recipient.currentIndexChanged.connect(self._recipient_changed)
        self._recipient_changed()

    # --- checking ----------------------------------------------------------------------

    def problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        text = self.number.text().strip()
        if not text:
            found["number"] = self.tr("Write the case number, for example SSPF-2026-0042.")
        else:
            try:
                parse_case_number(text)
            except InvalidInput as error:
                found["number"] = error.text.render()
            else:
                if self._lookup_error:
                    found["number"] = self._lookup_error
        problem = self.recipient.problem()
        if problem:
            found["recipient"] = problem
        return found

    def field_for(self, error: BaseException) -> str | None:
        if isinstance(error, NotCovered):
            return "recipient"
        if isinstance(error, NotFound | InvalidInput):
            return "number"
        return None

    def _number_edited(self) -> None:
        # A new number: what was found for the old one no longer applies.
        self.found = None
        self._looking_up = None
        self._lookup_error = ""
        self._make_after_lookup = False
        self._touched.discard("number")
        self.number_note.setVisible(False)
        self.recipient.set_choices([])
        self.recipient.setEnabled(False)
        self.message.clear_message()
        self.validate()
        self._timer.start()

    def _recipient_changed(self) -> None:
        note = self.recipient.note()
        self.recipient_note.setText(note)
        self.recipient_note.setVisible(bool(note))
        self.changed("recipient")

    # --- looking the case up -----------------------------------------------------------

    def look_up(self) -> None:
        """Find the case and its recipients in the background (once per number)."""
        self._timer.stop()
        number = _canonical(self.number.text())
        if number is None or self._looking_up == number:
            return
        self._looking_up = number
        workspace, day = self._workspace, date.today()
        self.recipient.setEnabled(False)
        run_for(
            self,
            lambda: look_up_case(workspace, number, day),
            lambda found: self._found(number, found),
            lambda error: self._not_found(number, error),
        )

    def _current(self, number: str) -> bool:
        return self._looking_up == number and _canonical(self.number.text()) == number

    def _found(self, number: str, found: FoundCase) -> None:
        if not self._current(number):
            return
        self.found = found
        self.recipient.set_choices(found.choices or ())
        self.recipient.setEnabled(found.choices is not None)
        if found.choices is None:
            self.number_note.setText(
                self.tr(
                    "You are not assigned to %1. Make report first asks why you need it; the "
                    "reason is kept in the audit log with your name."
                ).replace("%1", found.case_number)
            )
            self.number_note.setVisible(True)
        self.validate()
        if self._make_after_lookup:
            self._make_after_lookup = False
            self.submit()

    def _not_found(self, number: str, error: BaseException) -> None:
        if not self._current(number):
            return
        self._make_after_lookup = False
        self._lookup_error = message_for(error)
        self._touched.add("number")
        self.validate()

    # --- making the report -------------------------------------------------------------

    def make(self) -> None:
        found = self.found
        if found is None or found.case_number != _canonical(self.number.text()):
            self._make_after_lookup = True
            self.look_up()
            return
        if found.choices is None:
            self.ask_reason(found)
            return
        party = self.recipient.party()
        workspace, case_id, day = self._workspace, found.case_id, date.today()
        if party is None:
            self.remember_preview(
                show_file_copy(self.window(), workspace, case_id, found.case_number, day)
            )
            return
        self.check(lambda: gather_copy(workspace, case_id, party, day), self._show_copy)

    def _show_copy(self, data: CaseReportData) -> None:
        self.remember_preview(show_recipient_copy(self.window(), self._workspace, data))

    def ask_reason(self, found: FoundCase) -> ReasonDialog:
        dialog = ReasonDialog(self._workspace, found.case_id, found.case_number, self)
        dialog.accepted.connect(self._reason_given)
        dialog.finished.connect(dialog.deleteLater)
        self.reason_dialog = dialog
        dialog.open()
        return dialog

    def _reason_given(self) -> None:
        # The case is open to the user now: look it up again for its recipients.
        self.reason_dialog = None
        self.found = None
        self._looking_up = None
        self.number_note.setVisible(False)
        self.look_up()
        self.recipient.setFocus()
