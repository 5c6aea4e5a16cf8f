"""Filters over the meeting list: upcoming or past, a period, a type, a case number."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseflow.domain.meetings import MeetingTypeDef
from caseflow.services.meetings import MeetingFilter
from caseflow.ui.cases.tab_support import OptionalDate
from caseflow.ui.form_rescue import NO_RESCUE

TYPING_DELAY_MS = 300


@dataclass(frozen=True)
class MeetingQuery:
    """What the bar asks for; the page turns ``case_number`` into a case id."""

    meeting_filter: MeetingFilter
    case_number: str | None


def period(upcoming: bool, today: date, start: date | None, end: date | None) -> MeetingFilter:
    """The dates to ask for: upcoming is from today on, oldest first; past is before
    today, newest first. A chosen period narrows either."""
    if upcoming:
        start = today if start is None else max(start, today)
    else:
        yesterday = today - timedelta(days=1)
        end = yesterday if end is None else min(end, yesterday)
    return MeetingFilter(from_date=start, to_date=end, newest_first=not upcoming)


class MeetingFilterBar(QWidget):
    """Emits ``changed`` when a filter changes (after a pause when typing a case number)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.upcoming = QPushButton(self.tr("&Upcoming"))
        self.upcoming.setObjectName("upcomingButton")
        self.past = QPushButton(self.tr("Pa&st"))
        self.past.setObjectName("pastButton")
        self.upcoming.setToolTip(self.tr("Meetings from today on, the soonest first"))
        self.past.setToolTip(self.tr("Meetings before today, the latest first"))
        self.when = QButtonGroup(self)
        for button in (self.upcoming, self.past):
            button.setCheckable(True)
            self.when.addButton(button)
        self.upcoming.setChecked(True)

        self.from_date = OptionalDate(None, self.tr("Fro&m"))
        self.from_date.setObjectName("fromDate")
        self.to_date = OptionalDate(date.today() + timedelta(days=30), self.tr("&To"))
        self.to_date.enabled.setChecked(False)
        self.to_date.setObjectName("toDate")

        self.type = QComboBox()
        self.type.setObjectName("typeFilter")
        self.type.addItem(self.tr("All types"), "")
        self.case_number = QLineEdit()
        self.case_number.setObjectName("caseNumberFilter")
        self.case_number.setProperty(NO_RESCUE, True)  # a filter is not work to keep
        self.case_number.setPlaceholderText(self.tr("e.g. SSPF-2026-0042"))
        self.case_number.setClearButtonEnabled(True)
        self.case_number.setFixedWidth(self.fontMetrics().horizontalAdvance("SSPF-2026-00000") + 60)
        self.show_cancelled = QCheckBox(self.tr("Show c&ancelled"))
        self.show_cancelled.setObjectName("showCancelled")
        self.show_cancelled.setChecked(True)

        self._timer = QTimer(self, singleShot=True, interval=TYPING_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        self.case_number.textChanged.connect(self._timer.start)
        self.case_number.returnPressed.connect(self.apply_now)
        self.when.buttonToggled.connect(self._when_toggled)
        for optional in (self.from_date, self.to_date):
            optional.enabled.toggled.connect(self._now)
            optional.edit.dateChanged.connect(self._now)
        self.type.currentIndexChanged.connect(self._now)
        self.show_cancelled.toggled.connect(self._now)

        # Two rows, so that a laptop screen fits every filter.
        first = QHBoxLayout()
        first.addWidget(self.upcoming)
        first.addWidget(self.past)
        first.addSpacing(16)
        first.addWidget(self.from_date)
        first.addWidget(self.to_date)
        first.addStretch(1)
        self.first_row = first
        second = QHBoxLayout()
        for text, widget in (
            (self.tr("T&ype:"), self.type),
            (self.tr("&Case number:"), self.case_number),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            second.addWidget(label)
            second.addWidget(widget)
            second.addSpacing(8)
        second.addWidget(self.show_cancelled)
        second.addStretch(1)
        self.second_row = second
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(first)
        layout.addLayout(second)

    def set_types(self, types: Sequence[MeetingTypeDef]) -> None:
        chosen = self.type.currentData()
        self.type.blockSignals(True)
        try:
            while self.type.count() > 1:
                self.type.removeItem(1)
            for meeting_type in types:
                self.type.addItem(meeting_type.label.render(), meeting_type.key)
            self.type.setCurrentIndex(max(0, self.type.findData(chosen)))
        finally:
            self.type.blockSignals(False)

    def show_upcoming(self, upcoming: bool) -> None:
        (self.upcoming if upcoming else self.past).setChecked(True)

    def query(self, today: date | None = None) -> MeetingQuery:
        """What the list should show now (the case number as typed so far)."""
        upcoming = self.upcoming.isChecked()
        base = period(upcoming, today or date.today(), self.from_date.value(), self.to_date.value())
        type_key = str(self.type.currentData() or "")
        number = self.case_number.text().strip()
        return MeetingQuery(
            MeetingFilter(
                from_date=base.from_date,
                to_date=base.to_date,
                type_key=type_key or None,
                include_cancelled=self.show_cancelled.isChecked(),
                newest_first=base.newest_first,
            ),
            number or None,
        )

    def apply_now(self) -> None:
        """Skip the typing pause: the filter applies at once."""
        if self._timer.isActive():
            self._timer.stop()
            self.changed.emit()

    def is_filtered(self) -> bool:
        return bool(
            self.from_date.value()
            or self.to_date.value()
            or self.type.currentData()
            or self.case_number.text().strip()
            or not self.show_cancelled.isChecked()
        )

    def focus_first(self) -> None:
        checked = self.when.checkedButton()
        (checked or self.upcoming).setFocus(Qt.FocusReason.OtherFocusReason)

    def _when_toggled(self, _button: QAbstractButton, on: bool) -> None:
        if on:  # the other button's toggling off is the same change
            self._now()

    def _now(self) -> None:
        self._timer.stop()  # the typed case number joins this query too
        self.changed.emit()
