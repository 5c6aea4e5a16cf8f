"""The meeting documents' form: a meeting from a period, its agenda or minutes.

The meetings of the period are read with ``meetings.list_meetings`` (one
page, newest first: the page says when there are more). The minutes of a
shared sitting are printed one case at a time, so the form then asks for the
case; the other cases' items are never in that printout
(``services.meeting_documents``).
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QButtonGroup, QComboBox, QHBoxLayout, QRadioButton, QWidget

from caseflow.domain.meetings import CaseNotOnAgenda
from caseflow.services import meetings
from caseflow.services.meetings import PAGE_SIZE, MeetingFilter, MeetingRow
from caseflow.services.workspace import Workspace
from caseflow.ui.cases.tab_support import date_edit, format_date, from_qdate, to_qdate
from caseflow.ui.reports.form_support import ReportForm, note_label
from caseflow.ui.worker import run_for

PERIOD_BEFORE = timedelta(days=90)
PERIOD_AFTER = timedelta(days=30)
LOAD_DELAY_MS = 300


def agenda_pdf(workspace: Workspace, meeting_id: int) -> bytes:
    """The agenda as PDF (a worker-thread call)."""
    from caseflow.services import meeting_documents

    return meeting_documents.agenda_pdf(workspace, meeting_id)


def minutes_pdf(workspace: Workspace, meeting_id: int, case_number: str | None) -> bytes:
    """The minutes, of one case when ``case_number`` is given (a worker-thread call)."""
    from caseflow.services import meeting_documents

    case_id = None
    if case_number is not None:
        detail = meetings.get_meeting(workspace, meeting_id)
        case_id = next((c.case_id for c in detail.cases if c.case_number == case_number), None)
        if case_id is None:
            raise CaseNotOnAgenda()
    return meeting_documents.minutes_pdf(workspace, meeting_id, case_id)


class MeetingDocumentsForm(ReportForm):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(
            workspace,
            self.tr("Meeting agenda or minutes"),
            self.tr(
                "The agenda names the cases by number, with the invitees and the checklist. "
                "The minutes of a meeting about several young people are printed one case at "
                "a time: each printout holds that case's items alone."
            ),
            parent,
        )
        self.setObjectName("meetingDocumentsForm")
        self.rows: list[MeetingRow] = []
        self._generation = 0
        self._loaded_once = False

        today = date.today()
        self.from_date = date_edit(today - PERIOD_BEFORE)
        self.from_date.setObjectName("meetingFrom")
        self.to_date = date_edit(today + PERIOD_AFTER)
        self.to_date.setObjectName("meetingTo")
        self.meeting = QComboBox()
        self.meeting.setObjectName("reportMeeting")
        self.meeting.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.meeting.setMinimumContentsLength(60)
        self.meeting_note = note_label()
        self.meeting_note.setObjectName("meetingNote")
        self.agenda = QRadioButton(self.tr("&Agenda"))
        self.agenda.setObjectName("documentAgenda")
        self.minutes = QRadioButton(self.tr("M&inutes"))
        self.minutes.setObjectName("documentMinutes")
        self.agenda.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.agenda)
        group.addButton(self.minutes)
        document = QWidget()
        row = QHBoxLayout(document)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.agenda)
        row.addWidget(self.minutes)
        row.addStretch()
        document.setFocusProxy(self.agenda)
        self.case = QComboBox()
        self.case.setObjectName("reportMeetingCase")
        self.case.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.case.setMinimumContentsLength(16)
        self.case_note = note_label()

        self.add_field(self.tr("Fr&om:"), self.from_date, "from")
        self.add_field(self.tr("&To:"), self.to_date, "to")
        self.add_field(self.tr("M&eeting:"), self.meeting, "meeting", self.meeting_note)
        self.add_field(self.tr("Document:"), document, "document")
        self.add_field(self.tr("&Case:"), self.case, "case", self.case_note)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LOAD_DELAY_MS)
        self._timer.timeout.connect(self.load_meetings)
        for edit in (self.from_date, self.to_date):
            edit.dateChanged.connect(self._period_changed)
        self.meeting.currentIndexChanged.connect(self._meeting_changed)
        self.minutes.toggled.connect(self._meeting_changed)
        self._meeting_changed()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded_once:
            self._loaded_once = True
            self.load_meetings()

    # --- the meetings of the period ----------------------------------------------------

    def _period_changed(self) -> None:
        self.changed("to")
        self._timer.start()

    def load_meetings(self) -> None:
        self._timer.stop()
        start, end = from_qdate(self.from_date.date()), from_qdate(self.to_date.date())
        if start > end:
            return
        self._generation += 1
        generation = self._generation
        workspace = self._workspace
        wanted = MeetingFilter(
            from_date=start, to_date=end, include_cancelled=False, newest_first=True
        )
        self.meeting_note.setText(self.tr("Loading…"))
        self.meeting_note.setVisible(True)
        run_for(
            self,
            lambda: meetings.list_meetings(workspace, wanted, PAGE_SIZE),
            lambda rows: self._loaded(generation, rows),
            lambda error: self._load_failed(generation, error),
        )

    def _loaded(self, generation: int, rows: list[MeetingRow]) -> None:
        if generation != self._generation:
            return
        chosen = self.meeting_id()
        self.rows = rows
        self.meeting.blockSignals(True)
        self.meeting.clear()
        for row in rows:
            self.meeting.addItem(self._describe(row), row.id)
            self.meeting.setItemData(
                self.meeting.count() - 1,
                ", ".join(row.case_numbers),
                Qt.ItemDataRole.ToolTipRole,
            )
        if chosen is not None and self.meeting.findData(chosen) >= 0:
            self.meeting.setCurrentIndex(self.meeting.findData(chosen))
        self.meeting.blockSignals(False)
        if not rows:
            note = self.tr("No meeting in this period.")
        elif len(rows) >= PAGE_SIZE:
            note = self.tr("Only the %1 latest meetings of the period are listed: narrow it.")
            note = note.replace("%1", str(PAGE_SIZE))
        else:
            note = self.tr("%n meeting(s) in this period.", "", len(rows))
        self.meeting_note.setText(note)
        self.meeting_note.setVisible(True)
        self._meeting_changed()

    def _load_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self.meeting_note.setVisible(False)
            self.message.show_error(error)

    def _describe(self, row: MeetingRow) -> str:
        return (
            self.tr("%1 %2, %3 – %4")
            .replace("%1", row.starts_at.strftime("%Y-%m-%d %H:%M"))
            .replace("%2", row.type_label)
            .replace("%3", row.place or "–")
            .replace("%4", ", ".join(row.case_numbers) or "–")
        )

    def meeting_id(self) -> int | None:
        value = self.meeting.currentData()
        return int(value) if value is not None else None

    def row(self) -> MeetingRow | None:
        chosen = self.meeting_id()
        return next((r for r in self.rows if r.id == chosen), None)

    def _meeting_changed(self) -> None:
        row = self.row()
        shared = row is not None and len(row.case_numbers) > 1
        current = self.case.currentText()
        self.case.clear()
        if row is not None and self.minutes.isChecked() and shared:
            self.case.addItems(list(row.case_numbers))
            if current in row.case_numbers:
                self.case.setCurrentText(current)
            self.case_note.setText(
                self.tr("The meeting took up several young people: choose whose part to print.")
            )
        elif row is not None and self.minutes.isChecked():
            self.case.addItems(list(row.case_numbers))
            self.case_note.setText("")
        else:
            self.case_note.setText(self.tr("The agenda lists every case of the meeting."))
        self.case.setEnabled(shared and self.minutes.isChecked())
        self.case_note.setVisible(bool(self.case_note.text()))
        self.changed("meeting")

    # --- checking and making -----------------------------------------------------------

    def problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        start, end = from_qdate(self.from_date.date()), from_qdate(self.to_date.date())
        if start > end:
            found["to"] = self.tr("The last day comes before the first.")
        elif self.row() is None:
            found["meeting"] = self.tr("Choose a meeting (none is listed for this period).")
        return found

    def set_period(self, start: date, end: date) -> None:
        self.from_date.setDate(to_qdate(start))
        self.to_date.setDate(to_qdate(end))
        self.load_meetings()

    def make(self) -> None:
        row = self.row()
        if row is None:
            return
        workspace, meeting_id = self._workspace, row.id
        day = format_date(row.starts_at.date())
        if self.agenda.isChecked():
            self.open_preview(
                self.tr("Agenda %1 – %2").replace("%1", day).replace("%2", row.type_label),
                lambda: agenda_pdf(workspace, meeting_id),
                self.tr("Agenda %1 %2.pdf").replace("%1", day).replace("%2", row.type_label),
            )
            return
        number = self.case.currentText() if len(row.case_numbers) > 1 else None
        case_number = number or (row.case_numbers[0] if row.case_numbers else "")
        self.open_preview(
            self.tr("Minutes %1 – %2").replace("%1", day).replace("%2", case_number),
            lambda: minutes_pdf(workspace, meeting_id, number),
            self.tr("Minutes %1 %2.pdf").replace("%1", day).replace("%2", case_number),
        )
