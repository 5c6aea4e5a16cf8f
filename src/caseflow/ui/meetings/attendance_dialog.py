"""Who took part in a meeting, and in which cases' discussions (närvaro).

Recording that a party took part is the consent gate: the service refuses a
participant whose party is not covered by consent or a recorded legal ground
on the meeting date (``ParticipantNotCovered``), and the dialog shows why,
in words, next to who it was. The others are recorded all the same.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseflow.domain.errors import InvalidInput
from caseflow.services import meetings
from caseflow.services.meetings import MeetingDetail, ParticipantView
from caseflow.services.workspace import Workspace
from caseflow.ui.cases.tab_support import MessageArea, run_for
from caseflow.ui.errors import message_for

_REFUSED_STYLE = (
    "QLabel { background: #fde7e7; color: #7a0000; border: 2px solid #a40000; padding: 6px; }"
)


@dataclass(frozen=True)
class AttendanceResult:
    """What a round of recording did: the meeting as stored now, and who was refused why."""

    detail: MeetingDetail
    refused: dict[int, InvalidInput]
    recorded: int


def describe(participant: ParticipantView) -> str:
    """How a participant is named in a list: "Kim Berg (School: Vasaskolan, mentor)"."""
    agency = participant.agency.label.render()
    about = f"{agency}: {participant.party_name}" if participant.party_name else agency
    if participant.role:
        about = f"{about}, {participant.role}"
    return f"{participant.name} ({about})"


class AttendanceDialog(QDialog):
    """Tick boxes per participant (and per case in a shared sitting); ``recorded`` after a save."""

    recorded = Signal()

    def __init__(
        self, workspace: Workspace, detail: MeetingDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attendanceDialog")
        self.setWindowTitle(self.tr("Attendance"))
        self._workspace = workspace
        self.detail = detail
        self.refused: dict[int, str] = {}
        self._busy = False
        locked = detail.minutes_status.is_locked
        shared = len(detail.cases) > 1
        intro = QLabel(
            self.tr(
                "Tick who took part in the meeting on %1. In a shared sitting, tick only the "
                "cases a participant was present for. Anyone outside social services must be "
                "covered by consent or a recorded legal ground for each of those cases on the "
                "meeting date; otherwise they are not recorded, and the reason is shown."
            ).replace("%1", detail.date.isoformat())
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(detail.participants), 1 + len(detail.cases))
        self.table.setObjectName("attendanceTable")
        headers = [self.tr("Participant")]
        headers += [c.case_number for c in detail.cases] if shared else [self.tr("Present")]
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.refusals = QLabel()
        self.refusals.setObjectName("attendanceRefusals")
        self.refusals.setWordWrap(True)
        self.refusals.setTextFormat(Qt.TextFormat.RichText)
        self.refusals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.refusals.setStyleSheet(_REFUSED_STYLE)
        self.refusals.setVisible(False)
        self.message = MessageArea()
        self.message.setObjectName("attendanceMessage")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.record_button = QPushButton(self.tr("&Record attendance"))
        self.record_button.setObjectName("recordAttendance")
        self.record_button.setDefault(True)
        self.buttons.addButton(self.record_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.record_button.clicked.connect(self.record)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if locked:
            note = QLabel(self.tr("The minutes are approved: attendance can no longer change."))
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.refusals)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._fill(detail)
        self.record_button.setEnabled(not locked and bool(detail.participants))
        self.table.setEnabled(not locked)
        self.resize(720, 420)

    def _fill(self, detail: MeetingDetail) -> None:
        self.detail = detail
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        for row, participant in enumerate(detail.participants):
            name = QTableWidgetItem(describe(participant))
            name.setFlags(flags)
            if participant.id in self.refused:
                name.setText(self.tr("%1 – not recorded").replace("%1", describe(participant)))
            self.table.setItem(row, 0, name)
            for column, case in enumerate(detail.cases, start=1):
                box = QTableWidgetItem()
                box.setFlags(flags | Qt.ItemFlag.ItemIsUserCheckable)
                present = case.case_id in participant.present_for
                box.setCheckState(Qt.CheckState.Checked if present else Qt.CheckState.Unchecked)
                box.setData(Qt.ItemDataRole.AccessibleTextRole, case.case_number)
                self.table.setItem(row, column, box)

    def chosen(self, row: int) -> tuple[int, ...]:
        """The case ids ticked for the participant in ``row``."""
        return tuple(
            case.case_id
            for column, case in enumerate(self.detail.cases, start=1)
            if (item := self.table.item(row, column)) is not None
            and item.checkState() == Qt.CheckState.Checked
        )

    def set_present(self, participant_id: int, case_ids: tuple[int, ...]) -> None:
        """Tick exactly ``case_ids`` for a participant (as a user would)."""
        row = next(i for i, p in enumerate(self.detail.participants) if p.id == participant_id)
        for column, case in enumerate(self.detail.cases, start=1):
            item = self.table.item(row, column)
            if item is not None:
                ticked = case.case_id in case_ids
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def record(self) -> None:
        """Record every participant whose ticks changed; refusals are shown, not lost."""
        if self._busy:
            return
        changes = [
            (p.id, self.chosen(row))
            for row, p in enumerate(self.detail.participants)
            if set(self.chosen(row)) != set(p.present_for)
        ]
        if not changes:
            self.accept()
            return
        workspace, meeting_id = self._workspace, self.detail.id

        def work() -> AttendanceResult:
            refused: dict[int, InvalidInput] = {}
            for participant_id, case_ids in changes:
                try:
                    meetings.record_attendance(workspace, meeting_id, participant_id, case_ids)
                except InvalidInput as error:  # the consent gate: say why, go on with the rest
                    refused[participant_id] = error
            detail = meetings.get_meeting(workspace, meeting_id)
            return AttendanceResult(detail, refused, len(changes) - len(refused))

        self._busy = True
        self.record_button.setEnabled(False)
        self.message.clear_message()
        run_for(self, work, self._recorded, self._failed)

    def _recorded(self, result: AttendanceResult) -> None:
        self._busy = False
        self.record_button.setEnabled(True)
        self.refused = {pid: message_for(error) for pid, error in result.refused.items()}
        self._fill(result.detail)
        if result.recorded:
            self.recorded.emit()
        if not self.refused:
            self.accept()
            return
        names = {p.id: p.name for p in result.detail.participants}
        lines = "".join(
            f"<li><b>{html.escape(names.get(pid, '?'))}</b>: {html.escape(text)}</li>"
            for pid, text in self.refused.items()
        )
        self.refusals.setText(
            "<p><b>"
            + html.escape(self.tr("Not recorded as taking part:"))
            + f"</b></p><ul>{lines}</ul>"
        )
        self.refusals.setVisible(True)

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.record_button.setEnabled(True)
        self.message.show_error(error)
