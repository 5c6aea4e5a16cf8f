"""Previewing a case's follow-up report, and entering a recipient's copy in the register.

The case file's copy is built by ``case_report.case_report_pdf`` in the
preview's worker. A recipient's copy is gathered first (``gather_copy``:
``case_report_data`` checks the basis and raises ``NotCovered`` with the
rules' reasons before any window opens), then printed from that very data,
so the pages shown are the pages the disclosure register describes. Only a
copy that leaves the app is a disclosure: the first Print or Save of the
preview records it (``record_report_disclosure``, which checks the basis
again). If that fails, a saved file is removed again, as the CLI does, and
the preview says why.
"""

from __future__ import annotations

import contextlib
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from caseflow.domain.consent import Party
from caseflow.domain.text import QT_TRANSLATE_NOOP
from caseflow.services.workspace import Workspace
from caseflow.ui.errors import message_for
from caseflow.ui.pdf_preview import PdfPreview, show_pdf
from caseflow.ui.worker import run_for

if TYPE_CHECKING:
    from caseflow.reports.case_report import CaseReportData


FILE_TITLE = QT_TRANSLATE_NOOP("CaseReportPreview", "Follow-up report {case}")
FILE_NAME = QT_TRANSLATE_NOOP("CaseReportPreview", "Follow-up report {case} {date}.pdf")
COPY_TITLE = QT_TRANSLATE_NOOP("CaseReportPreview", "Follow-up report {case} for {recipient}")
COPY_NAME = QT_TRANSLATE_NOOP(
    "CaseReportPreview", "Follow-up report {case} for {recipient} {date}.pdf"
)
RECORDED = QT_TRANSLATE_NOOP(
    "CaseReportPreview", "The copy for {recipient} is entered in the case's disclosure register."
)
SAVED_NOT_RECORDED = QT_TRANSLATE_NOOP(
    "CaseReportPreview",
    "The copy could not be entered in the disclosure register, so the saved file was "
    "removed again: {reason}",
)
PRINTED_NOT_RECORDED = QT_TRANSLATE_NOOP(
    "CaseReportPreview",
    "The printed copy could not be entered in the disclosure register: {reason} "
    "Do not hand it out.",
)


def find_case(workspace: Workspace, number: str) -> int:
    """The case's id by its number (a worker-thread call; raises ``NotFound``)."""
    from caseflow.services import case_report

    return case_report.find_case_id(workspace, number)


def gather_copy(workspace: Workspace, case_id: int, party: Party, day: date) -> CaseReportData:
    """A recipient's copy as data (a worker-thread call; raises ``NotCovered``)."""
    from caseflow.services import case_report

    return case_report.case_report_data(workspace, case_id, party, day)


def show_file_copy(
    parent: QWidget | None, workspace: Workspace, case_id: int, case_number: str, day: date
) -> PdfPreview:
    """Preview the case file's copy (nothing is recorded: it is not handed out)."""

    def build() -> bytes:
        from caseflow.services import case_report

        return case_report.case_report_pdf(workspace, case_id, None, on_date=day)

    return show_pdf(
        parent,
        FILE_TITLE.format(case=case_number).render(),
        build,
        FILE_NAME.format(case=case_number, date=day.isoformat()).render(),
    )


def show_recipient_copy(
    parent: QWidget | None, workspace: Workspace, data: CaseReportData
) -> PdfPreview:
    """Preview a recipient's copy; its first Print or Save enters it in the register."""
    assert data.recipient is not None
    recipient = data.recipient.label.render()
    number = data.case.case_number

    def build() -> bytes:
        from caseflow.reports.case_report import render_case_report

        return render_case_report(data)

    preview = show_pdf(
        parent,
        COPY_TITLE.format(case=number, recipient=recipient).render(),
        build,
        COPY_NAME.format(case=number, recipient=recipient, date=data.on_date.isoformat()).render(),
    )
    DisclosureOnDelivery(preview, workspace, data)
    return preview


class DisclosureOnDelivery:
    """Records the copy once, when it is first printed or saved.

    The preview's signal connections hold it, so it lives as long as the window.
    """

    def __init__(self, preview: PdfPreview, workspace: Workspace, data: CaseReportData) -> None:
        self._preview = preview
        self._workspace = workspace
        self._data = data
        self._recorded = False
        self._recording = False
        preview.saved.connect(lambda path: self.delivered(Path(path)))
        preview.printed.connect(lambda _pages: self.delivered(None))

    @property
    def recorded(self) -> bool:
        return self._recorded

    def delivered(self, saved_to: Path | None) -> None:
        if self._recorded or self._recording:
            return
        self._recording = True
        workspace, data = self._workspace, self._data

        def record() -> int:
            from caseflow.services import case_report

            return case_report.record_report_disclosure(workspace, data)

        run_for(
            self._preview,
            record,
            lambda _id: self._done(),
            lambda error: self._failed(error, saved_to),
        )

    def _done(self) -> None:
        self._recording = False
        self._recorded = True
        assert self._data.recipient is not None
        said = self._preview.message.text()
        recorded = RECORDED.format(recipient=self._data.recipient.label).render()
        self._preview.message.show_text(f"{said} {recorded}".strip())

    def _failed(self, error: BaseException, saved_to: Path | None) -> None:
        self._recording = False
        if saved_to is not None:
            with contextlib.suppress(OSError):
                saved_to.unlink()
            text = SAVED_NOT_RECORDED
        else:
            text = PRINTED_NOT_RECORDED
        self._preview.message.show_text(text.format(reason=message_for(error)).render(), error=True)
