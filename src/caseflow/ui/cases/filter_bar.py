"""Filters over the case list: search as you type, programme, status, responsible worker."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from caseflow.domain.cases import CaseStatus
from caseflow.domain.programmes import Programme
from caseflow.services.cases import CaseFilter, StaffMember
from caseflow.ui.form_rescue import NO_RESCUE

SEARCH_DELAY_MS = 150
OPEN_CASES = "open"  # the status combo's "Open cases": every status but closed


class CaseFilterBar(QWidget):
    """Emits ``changed`` when a combo changes, and once typing pauses in the search field.

    ``leave_search`` asks to move on to the list (Enter or Down in the search field).
    The owner may add its own widgets to ``search_row`` and ``filter_row``.
    """

    changed = Signal()
    leave_search = Signal()

    def __init__(self, identities_visible: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setProperty(NO_RESCUE, True)  # a search is not work to keep
        self.search.setObjectName("caseSearch")
        self.search.setClearButtonEnabled(True)
        if identities_visible:
            self.search.setPlaceholderText(self.tr("Name, personnummer or case number"))
        else:
            self.search.setPlaceholderText(self.tr("Case number, e.g. SSPF-2026-0042"))
        self.search.setMinimumWidth(220)
        self.search.installEventFilter(self)

        self.programme = QComboBox()
        self.programme.setObjectName("programmeFilter")
        self.programme.addItem(self.tr("All programmes"), "")
        for programme in Programme:
            self.programme.addItem(programme.label.render(), programme.value)

        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self.status.addItem(self.tr("All statuses"), "")
        self.status.addItem(self.tr("Open cases"), OPEN_CASES)
        for status in CaseStatus:
            self.status.addItem(status.label.render(), status.value)

        self.responsible = QComboBox()
        self.responsible.setObjectName("responsibleFilter")
        self.responsible.addItem(self.tr("Everyone"), 0)
        for combo in (self.programme, self.status, self.responsible):
            _compact(combo)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        self.search.textChanged.connect(self._timer.start)
        for combo in (self.programme, self.status, self.responsible):
            combo.currentIndexChanged.connect(self._combo_changed)

        # Two rows, so that a laptop screen fits the search field and every filter.
        self.search_row = QHBoxLayout()
        self.filter_row = QHBoxLayout()
        for row, text, widget in (
            (self.search_row, self.tr("&Search:"), self.search),
            (self.filter_row, self.tr("&Programme:"), self.programme),
            (self.filter_row, self.tr("S&tatus:"), self.status),
            (self.filter_row, self.tr("Responsi&ble:"), self.responsible),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget, 1 if widget is self.search else 0)
            row.addSpacing(8)
        self.filter_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.search_row)
        layout.addLayout(self.filter_row)

    def case_filter(self) -> CaseFilter:
        """What the list should show now (the search text as typed so far)."""
        programme = self.programme.currentData()
        status = self.status.currentData()
        responsible = self.responsible.currentData()
        text = self.search.text().strip()
        return CaseFilter(
            programme=Programme(programme) if programme else None,
            status=CaseStatus(status) if status and status != OPEN_CASES else None,
            open_only=status == OPEN_CASES,
            responsible_user_id=int(responsible) if responsible else None,
            text=text or None,
        )

    def set_staff(self, staff: list[StaffMember]) -> None:
        chosen = self.responsible.currentData()
        self.responsible.blockSignals(True)
        try:
            while self.responsible.count() > 1:
                self.responsible.removeItem(1)
            for member in staff:
                self.responsible.addItem(member.display_name, member.id)
            self.responsible.setCurrentIndex(max(0, self.responsible.findData(chosen)))
            _fit_popup(self.responsible)
        finally:
            self.responsible.blockSignals(False)

    def search_pending(self) -> bool:
        return self._timer.isActive()

    def apply_search_now(self) -> None:
        """Skip the typing pause: the search runs at once."""
        if self._timer.isActive():
            self._timer.stop()
            self.changed.emit()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _combo_changed(self) -> None:
        self._timer.stop()  # the search text joins this query too
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
                self.apply_search_now()
                self.leave_search.emit()
                return True
        return super().eventFilter(watched, event)


def _compact(combo: QComboBox) -> None:
    """Keep the combo narrow in the bar; its list opens wide enough for the long names."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(14)
    _fit_popup(combo)


def _fit_popup(combo: QComboBox) -> None:
    combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
