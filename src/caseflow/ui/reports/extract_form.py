"""The register extract's form (registerutdrag, GDPR article 15): one personnummer.

The number is checked as it is typed (``domain.personnummer.parse``: a
wrong check digit or date is named next to the field), then the person is
looked up before any window opens, so that "nobody is registered with that
number" is also said next to the field.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLineEdit, QWidget

from caseflow.domain import personnummer
from caseflow.domain.errors import InvalidInput
from caseflow.services.workspace import Workspace
from caseflow.ui.reports.form_support import ReportForm


def find_person(workspace: Workspace, number: str) -> int:
    """The person's id (a worker-thread call; raises ``UnknownPerson``)."""
    from caseflow.services import register_extract

    return register_extract.find_person_id(workspace, number)


def register_extract_pdf(workspace: Workspace, number: str) -> bytes:
    """The register extract as PDF (a worker-thread call)."""
    from caseflow.services import register_extract

    return register_extract.register_extract_pdf(workspace, number)


class RegisterExtractForm(ReportForm):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(
            workspace,
            self.tr("Register extract"),
            self.tr(
                "Everything stored about one person across their cases, and the log of who "
                "opened their records, for the person who asked for it (GDPR article 15). "
                "Opening a case you are not assigned to for the extract is logged."
            ),
            parent,
        )
        self.setObjectName("registerExtractForm")
        self.number = QLineEdit()
        self.number.setObjectName("extractPersonnummer")
        self.number.setPlaceholderText(self.tr("YYYYMMDD-NNNN"))
        self.number.setMaxLength(20)
        self.number.setMinimumWidth(240)
        self.add_field(self.tr("&Personnummer:"), self.number, "number")
        self.number.textChanged.connect(self._edited)
        self.number.editingFinished.connect(lambda: self.changed("number"))
        self.number.returnPressed.connect(self.submit)

    def _edited(self) -> None:
        # Half a number is not wrong yet: the message waits until the field is left.
        self._touched.discard("number")
        self.message.clear_message()
        self.validate()

    def problems(self) -> dict[str, str]:
        text = self.number.text().strip()
        if not text:
            return {"number": self.tr("Write the person's personnummer or samordningsnummer.")}
        try:
            personnummer.parse(text)
        except InvalidInput as error:
            return {"number": error.text.render()}
        return {}

    def field_for(self, error: BaseException) -> str | None:
        return "number" if isinstance(error, InvalidInput) else None

    def make(self) -> None:
        workspace, number = self._workspace, self.number.text().strip()
        self.check(lambda: find_person(workspace, number), lambda _: self._open(number))

    def _open(self, number: str) -> None:
        workspace = self._workspace
        # No personnummer in the window title or the file name: both are seen
        # outside the document (task bars, recent-file lists, backups of folders).
        self.open_preview(
            self.tr("Register extract"),
            lambda: register_extract_pdf(workspace, number),
            self.tr("Register extract %1.pdf").replace("%1", date.today().isoformat()),
        )
