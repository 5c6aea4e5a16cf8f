"""Book a meeting, or change a booking: type, date and time, place, cases, invitees.

A new booking is ``services.meetings.create_meeting``; a change is
``update_meeting`` and then ``set_invitees``, both with the version read when
the dialog opened. A problem is shown next to its field or above the buttons,
and the dialog stays open with everything typed. Enter saves; Escape asks
before throwing typed input away. A change refused because someone changed
the meeting meanwhile says who, when and what, and offers the saved version
(what was typed is kept as a draft by the service).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTimeEdit,
    QWidget,
)

from caseflow.domain.meetings import MeetingTypeDef
from caseflow.services import meetings
from caseflow.services.meetings import MeetingDetail, ParticipantInput
from caseflow.services.validation import ChangedMeanwhile, FieldError
from caseflow.services.workspace import Workspace
from caseflow.ui.cases.tab_support import (
    ServiceDialog,
    date_edit,
    from_qdate,
    run_for,
    to_qdate,
)
from caseflow.ui.errors import message_for
from caseflow.ui.meetings.case_picker import CasePicker
from caseflow.ui.meetings.invitee_table import MAX_TEXT, InviteeTable

DEFAULT_START = time(9, 0)
DEFAULT_END = time(10, 0)
TIME_FORMAT = "HH:mm"

Invitees = tuple[tuple[int | None, ParticipantInput], ...]


@dataclass(frozen=True)
class Booking:
    """The booking's own fields as the dialog holds them."""

    type_key: str
    starts_at: datetime
    ends_at: datetime
    place: str
    case_ids: tuple[int, ...]


@dataclass
class _Saved:
    """What a change has written so far: a retry after a half-saved change goes on
    from there (written on the worker thread, read after its answer arrived)."""

    version: int
    booking: Booking
    invitees: Invitees


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


class BookingDialog(ServiceDialog):
    """``saved(meeting_id)`` is emitted once the booking is stored."""

    saved = Signal(int)

    def __init__(
        self,
        workspace: Workspace,
        types: Sequence[MeetingTypeDef],
        meeting: MeetingDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bookingDialog")
        self._workspace = workspace
        self._meeting = meeting
        self._discard_confirmed = False
        # A field the service refused keeps its message until that field is changed.
        self._refused: dict[str, str] = {}
        self.discard_question: QMessageBox | None = None
        if meeting is None:
            self.setWindowTitle(self.tr("Book a meeting"))
        else:
            self.setWindowTitle(
                self.tr("Change booking: %1 on %2")
                .replace("%1", meeting.type_label)
                .replace("%2", meeting.date.isoformat())
            )
        self._build_fields(types)
        if meeting is not None:
            self._fill(meeting)
        self.finish_layout()
        self._chain_tabs()
        self.invitees.rows_changed.connect(self._chain_tabs)
        self.ok_button.setText(self.tr("&Save booking") if meeting else self.tr("&Book"))
        self.ok_button.setDefault(True)
        self.reload_button = self.buttons.addButton(
            self.tr("Load the saved &version"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.reload_button.setObjectName("reloadBooking")
        self.reload_button.setVisible(False)
        self.reload_button.clicked.connect(self.load_saved_version)
        self._initial = self._state()
        self._progress = (
            _Saved(meeting.version, self.booking(), tuple(self.invitees.invitees()))
            if meeting is not None
            else None
        )
        self.resize(760, min(self.sizeHint().height(), 700))

    # --- fields ----------------------------------------------------------------------

    def _build_fields(self, types: Sequence[MeetingTypeDef]) -> None:
        self.type = QComboBox()
        self.type.setObjectName("meetingType")
        for meeting_type in types:
            self.type.addItem(meeting_type.label.render(), meeting_type.key)
        self.date = date_edit(date.today())
        self.date.setObjectName("meetingDate")
        self.date.setAccessibleName(self.tr("Date"))
        self.starts = QTimeEdit(_qtime(DEFAULT_START))
        self.starts.setObjectName("meetingStarts")
        self.ends = QTimeEdit(_qtime(DEFAULT_END))
        self.ends.setObjectName("meetingEnds")
        for edit in (self.starts, self.ends):
            edit.setDisplayFormat(TIME_FORMAT)
        self.starts.setAccessibleName(self.tr("Starts"))
        self.ends.setAccessibleName(self.tr("Ends"))
        self._last_start = self.starts.time()
        when = QWidget()
        row = QHBoxLayout(when)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.date)
        row.addSpacing(12)
        row.addWidget(QLabel(self.tr("from")))
        row.addWidget(self.starts)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.ends)
        row.addStretch(1)
        when.setFocusProxy(self.date)
        self.place = QLineEdit()
        self.place.setObjectName("meetingPlace")
        self.place.setMaxLength(MAX_TEXT)
        self.place.setPlaceholderText(self.tr("e.g. Vasaskolan, room 12"))
        self.cases = CasePicker(self._workspace)
        self.invitees = InviteeTable()

        self.add_field(self.tr("T&ype:"), self.type, "type")
        self.add_field(self.tr("&When:"), when, "time")
        self.add_field(self.tr("&Place:"), self.place, "place")
        self.add_field(self.tr("&Cases on the agenda:"), self.cases, "cases")
        self.add_field(self.tr("&Invitees:"), self.invitees, "invitees")

        self.type.currentIndexChanged.connect(lambda: self.changed("type"))
        self.starts.timeChanged.connect(self._start_moved)
        self.ends.timeChanged.connect(lambda: self.changed("time"))
        self.place.textChanged.connect(lambda: self.changed("place"))
        self.cases.changed.connect(lambda: self.changed("cases"))
        self.invitees.changed.connect(lambda: self.changed("invitees"))

    def _fill(self, meeting: MeetingDetail) -> None:
        index = self.type.findData(meeting.type_key)
        if index < 0:  # a type since removed from the configuration
            self.type.addItem(meeting.type_label, meeting.type_key)
            index = self.type.count() - 1
        self.type.setCurrentIndex(index)
        self.date.setDate(to_qdate(meeting.starts_at.date()))
        self.starts.setTime(_qtime(meeting.starts_at.time()))
        self.ends.setTime(_qtime(meeting.ends_at.time()))
        self.place.setText(meeting.place)
        self.cases.set_cases([(c.case_id, c.case_number) for c in meeting.cases])
        self.invitees.set_invitees(meeting.participants)

    def _chain_tabs(self) -> None:
        # Invitee rows added later would otherwise come after the buttons in the Tab order.
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        chain = [self.cases.remove_button, *self.invitees.focus_chain(), self.ok_button, cancel]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _start_moved(self, new: QTime) -> None:
        # The end follows the start, so that moving a meeting keeps its length.
        shift = self._last_start.secsTo(new)
        self._last_start = new
        moved = self.ends.time().addSecs(shift)
        if shift and moved > new:
            self.ends.setTime(moved)
        self.changed("time")

    # --- values ----------------------------------------------------------------------

    def booking(self) -> Booking:
        day = from_qdate(self.date.date())
        return Booking(
            str(self.type.currentData() or ""),
            datetime.combine(day, _time(self.starts.time())),
            datetime.combine(day, _time(self.ends.time())),
            " ".join(self.place.text().split()),
            tuple(self.cases.case_ids()),
        )

    def _state(self) -> tuple[Booking, Invitees]:
        return self.booking(), tuple(self.invitees.invitees())

    def has_changes(self) -> bool:
        return self._state() != self._initial

    def changed(self, field: str) -> None:
        self._refused.pop(field, None)
        super().changed(field)

    def problems(self) -> dict[str, str]:
        found = dict(self._refused)
        if self.type.currentIndex() < 0:
            found.setdefault("type", self.tr("Choose the type of meeting."))
        if self.ends.time() <= self.starts.time():
            found.setdefault("time", self.tr("The meeting must end after it starts."))
        if not self.place.text().strip():
            found.setdefault("place", self.tr("Enter where the meeting is held."))
        if not self.cases.case_ids():
            found.setdefault("cases", self.tr("Add at least one case: type its number or a name."))
        problem = self.invitees.problem()
        if problem:
            found.setdefault("invitees", problem)
        return found

    def validate(self, show_all: bool = False) -> bool:
        valid = super().validate(show_all)
        # OK stays pressable: Enter then says what is missing instead of doing nothing.
        self.ok_button.setEnabled(not self._busy)
        return valid

    def submit(self) -> None:
        if not self._busy and not self.validate(show_all=True):
            self._focus_first_problem()
            return
        super().submit()

    def _focus_first_problem(self) -> None:
        problems = self.problems()
        fields: list[tuple[str, QWidget | None]] = [
            ("type", self.type),
            ("time", self.ends),
            ("place", self.place),
            ("cases", self.cases.search),
            ("invitees", self.invitees.first_unnamed()),
        ]
        for field, widget in fields:
            if field in problems and widget is not None:
                widget.setFocus()
                return

    # --- saving ----------------------------------------------------------------------

    def work(self) -> Callable[[], Any]:
        workspace, booking = self._workspace, self.booking()
        invitees = tuple(self.invitees.invitees())
        if self._meeting is None or self._progress is None:
            return lambda: meetings.create_meeting(
                workspace,
                booking.type_key,
                booking.starts_at,
                booking.ends_at,
                booking.place,
                booking.case_ids,
                [p for _, p in invitees],
            )
        meeting_id, saved = self._meeting.id, self._progress

        def change() -> int:
            if booking != saved.booking:
                meetings.update_meeting(
                    workspace,
                    meeting_id,
                    saved.version,
                    booking.type_key,
                    booking.starts_at,
                    booking.ends_at,
                    booking.place,
                    booking.case_ids,
                )
                saved.version += 1
                saved.booking = booking
            if invitees != saved.invitees:
                meetings.set_invitees(workspace, meeting_id, saved.version, invitees)
                saved.version += 1
                saved.invitees = invitees
            return meeting_id

        return change

    def _done(self, result: Any) -> None:
        super()._done(result)
        self.saved.emit(int(result))

    def _failed(self, error: BaseException) -> None:
        self.reload_button.setEnabled(True)
        if isinstance(error, FieldError) and error.field in ("type", "time", "place", "cases"):
            self._refused[error.field] = message_for(error)
            self._touched.add(error.field)
        super()._failed(error)
        if isinstance(error, ChangedMeanwhile):
            # Who changed what and when (the service's message); what was typed stays.
            self.reload_button.setVisible(self._meeting is not None)

    def load_saved_version(self) -> None:
        """After a refusal: show the meeting as saved now; the next save starts from it."""
        if self._meeting is None or self._busy:
            return
        workspace, meeting_id = self._workspace, self._meeting.id
        self._busy = True
        self.reload_button.setEnabled(False)
        run_for(
            self, lambda: meetings.get_meeting(workspace, meeting_id), self._reloaded, self._failed
        )

    def _reloaded(self, meeting: MeetingDetail) -> None:
        self._busy = False
        self.reload_button.setEnabled(True)
        self.reload_button.setVisible(False)
        self._meeting = meeting
        self._refused.clear()
        self._fill(meeting)
        self._initial = self._state()
        self._progress = _Saved(meeting.version, self.booking(), tuple(self.invitees.invitees()))
        self.validate()
        self.message.show_text(
            self.tr(
                "The saved version is shown. What you typed is kept under File → Unsaved "
                "drafts: make your change again where it still applies."
            )
        )

    # --- leaving ---------------------------------------------------------------------

    def reject(self) -> None:
        """Escape or Close: ask first when something was typed."""
        if self._discard_confirmed or not self.has_changes():
            super().reject()
            return
        if self.discard_question is not None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Discard the booking?"),
            self.tr("What you typed in this booking is not saved. Throw it away?"),
            parent=self,
        )
        box.setObjectName("discardBookingQuestion")
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)

        def answered() -> None:
            self.discard_question = None
            if box.clickedButton() is discard:
                self._discard_confirmed = True
                super(BookingDialog, self).reject()

        box.finished.connect(answered)
        self.discard_question = box
        box.open()
