"""From a case's overview: whom the follow-up report is for, then its preview.

The dialog offers the case file and the case's parties (``consent.overview``),
each marked with whether it is covered today. OK ("Preview…") checks a
recipient's basis in the background; a refusal stays in the dialog, in
words, and no preview opens. ``show_preview`` then opens the report.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from caseflow.services import consent
from caseflow.services.consent import ConsentOverview, NotCovered
from caseflow.services.workspace import Workspace
from caseflow.ui.cases.tab_support import ServiceDialog, set_field_message
from caseflow.ui.pdf_preview import PdfPreview
from caseflow.ui.reports.case_report_preview import (
    gather_copy,
    show_file_copy,
    show_recipient_copy,
)
from caseflow.ui.reports.form_support import note_label
from caseflow.ui.reports.recipient import RecipientChooser, recipient_choices
from caseflow.ui.worker import run_for


class CaseReportDialog(ServiceDialog):
    """``result_value`` after OK: None for the case file's copy, else the recipient's data."""

    def __init__(
        self, workspace: Workspace, case_id: int, case_number: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseReportDialog")
        self.setWindowTitle(self.tr("Follow-up report %1").replace("%1", case_number))
        self._workspace = workspace
        self._case_id = case_id
        self._case_number = case_number
        self._day = date.today()
        self.loaded = False

        intro = QLabel(
            self.tr(
                "Print the follow-up report of %1 for the case file, or a copy for one of the "
                "case's parties. A copy for a party holds only what consent or a recorded "
                "legal ground covers for it today."
            ).replace("%1", case_number)
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.recipient = RecipientChooser()
        self.recipient.setEnabled(False)
        self.note = note_label()
        self.note.setObjectName("caseReportRecipientNote")
        self.add_field(self.tr("&For:"), self.recipient, "recipient")
        self.form.addRow("", self.note)
        self.recipient.currentIndexChanged.connect(self._recipient_changed)
        self.ok_button.setText(self.tr("&Preview…"))
        self.finish_layout()
        self.resize(560, self.sizeHint().height())
        self._recipient_changed()
        self._load()

    def _load(self) -> None:
        workspace, case_id = self._workspace, self._case_id
        self.note.setText(self.tr("Reading the case's parties…"))
        run_for(self, lambda: consent.overview(workspace, case_id), self._loaded, self._failed)

    def _loaded(self, found: ConsentOverview) -> None:
        self.loaded = True
        self.recipient.set_choices(recipient_choices(found.consents, found.parties, self._day))
        self.recipient.setEnabled(True)
        self.recipient.setFocus()

    def _recipient_changed(self) -> None:
        note = self.recipient.note()
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.changed("recipient")

    def problems(self) -> dict[str, str]:
        problem = self.recipient.problem()
        return {"recipient": problem} if problem else {}

    def work(self) -> Callable[[], Any]:
        party, workspace, case_id, day = (
            self.recipient.party(),
            self._workspace,
            self._case_id,
            self._day,
        )
        if party is None:
            return lambda: None
        return lambda: gather_copy(workspace, case_id, party, day)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, NotCovered):
            self._busy = False
            self.ok_button.setEnabled(True)
            set_field_message(self.field_label("recipient"), error.text.render())
            return
        super()._failed(error)

    def show_preview(self, parent: QWidget | None) -> PdfPreview:
        """Open the chosen copy's preview (after the dialog was accepted)."""
        data = self.result_value
        if data is None:
            return show_file_copy(
                parent, self._workspace, self._case_id, self._case_number, self._day
            )
        return show_recipient_copy(parent, self._workspace, data)
