"""The cases on a meeting's agenda: find them by case number or name, list them, remove.

The search reuses the case list's query (``services.cases.list_cases``, open
cases only, a handful of hits) on a worker thread; a hit for older typing is
dropped. The chosen list shows case numbers only: the meeting names no one.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from caseflow.services import cases as case_service
from caseflow.services.cases import CaseFilter, CaseListRow, CasePage
from caseflow.services.workspace import Workspace
from caseflow.ui.errors import message_for
from caseflow.ui.form_rescue import NO_RESCUE
from caseflow.ui.worker import run_for

SEARCH_DELAY_MS = 250
MAX_HITS = 8
CASE_ID_ROLE = Qt.ItemDataRole.UserRole
CASE_NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class CasePicker(QWidget):
    """Emits ``changed`` when a case is added or removed."""

    changed = Signal()
    search_done = Signal()  # a search's hits are shown (for tests and screen readers)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._generation = 0
        self._add_when_found = False  # Enter came before the hits: add a single one
        self._in_flight = False

        self.search = QLineEdit()
        self.search.setObjectName("caseSearch")
        self.search.setProperty(NO_RESCUE, True)  # a search is not work to keep
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Case number or name, then Enter"))
        self.search.installEventFilter(self)
        self.hits = QListWidget()
        self.hits.setObjectName("caseHits")
        self.hits.setAccessibleName(self.tr("Cases found"))
        self.hits.installEventFilter(self)
        self.hits.itemActivated.connect(self._add_hit)
        self.hint = QLabel()
        self.hint.setObjectName("caseSearchHint")
        self.hint.setWordWrap(True)
        self.add_button = QPushButton(self.tr("A&dd case"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_selected_hit)

        self.chosen = QListWidget()
        self.chosen.setObjectName("agendaCases")
        self.chosen.setAccessibleName(self.tr("Cases on the agenda"))
        self.chosen.installEventFilter(self)
        self.remove_button = QPushButton(self.tr("Re&move case"))
        self.remove_button.setObjectName("removeCase")
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected)
        row_height = self.fontMetrics().height() + 8
        for box in (self.hits, self.chosen):
            box.setMaximumHeight(row_height * 4 + 6)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search)
        self.search.textChanged.connect(self._timer.start)
        self.chosen.currentRowChanged.connect(self._update_buttons)
        self.hits.currentRowChanged.connect(self._update_buttons)

        on_agenda = QLabel(self.tr("On the agenda:"))
        on_agenda.setBuddy(self.chosen)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.search, 0, 0)
        grid.addWidget(self.add_button, 0, 1)
        grid.addWidget(on_agenda, 0, 2)
        grid.addWidget(self.hits, 1, 0)
        grid.addWidget(self.chosen, 1, 2)
        grid.addWidget(self.hint, 2, 0, 1, 2)
        grid.addWidget(self.remove_button, 2, 2, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)
        self.setFocusProxy(self.search)
        self._show_hint("")
        self._update_buttons()

    # --- the chosen cases ------------------------------------------------------------

    def set_cases(self, cases: Sequence[tuple[int, str]]) -> None:
        self.chosen.clear()
        for case_id, number in cases:
            self._append(case_id, number)
        self._update_buttons()

    def cases(self) -> list[tuple[int, str]]:
        return [
            (int(item.data(CASE_ID_ROLE)), str(item.data(CASE_NUMBER_ROLE)))
            for item in (self.chosen.item(i) for i in range(self.chosen.count()))
            if item is not None
        ]

    def case_ids(self) -> list[int]:
        return [case_id for case_id, _ in self.cases()]

    def add_case(self, case_id: int, number: str) -> None:
        if case_id in self.case_ids():
            self._show_hint(self.tr("%1 is already on the agenda.").replace("%1", number))
            return
        self._append(case_id, number)
        self.chosen.setCurrentRow(self.chosen.count() - 1)
        self._show_hint(self.tr("%1 is on the agenda.").replace("%1", number))
        self._update_buttons()
        self.changed.emit()

    def _append(self, case_id: int, number: str) -> None:
        item = QListWidgetItem(number)
        item.setData(CASE_ID_ROLE, case_id)
        item.setData(CASE_NUMBER_ROLE, number)
        self.chosen.addItem(item)

    def remove_selected(self) -> None:
        row = self.chosen.currentRow()
        if row < 0:
            return
        self.chosen.takeItem(row)
        self._update_buttons()
        self.changed.emit()

    # --- the search ------------------------------------------------------------------

    def _search(self) -> None:
        self._generation += 1
        self._add_when_found = False
        self._in_flight = False
        text = self.search.text().strip()
        self.hits.clear()
        if len(text) < 2:
            self._show_hint("")
            return
        workspace, generation = self._workspace, self._generation
        self._show_hint(self.tr("Searching…"))
        self._in_flight = True
        run_for(
            self,
            lambda: case_service.list_cases(
                workspace, CaseFilter(text=text, open_only=True), limit=MAX_HITS
            ),
            lambda page: self._found(generation, page),
            lambda error: self._failed(generation, error),
        )

    def search_now(self) -> None:
        """Skip the typing pause."""
        if self._timer.isActive():
            self._timer.stop()
            self._search()

    def _found(self, generation: int, page: CasePage) -> None:
        if generation != self._generation:
            return
        self._in_flight = False
        self.hits.clear()
        for row in page.rows:
            item = QListWidgetItem(_hit_text(row))
            item.setData(CASE_ID_ROLE, row.id)
            item.setData(CASE_NUMBER_ROLE, row.case_number)
            self.hits.addItem(item)
        if page.rows:
            self.hits.setCurrentRow(0)
            self._show_hint("")
        else:
            self._show_hint(self.tr("No open case matches."))
        self._update_buttons()
        if self._add_when_found and len(page.rows) == 1:
            self.add_selected_hit()
        self._add_when_found = False
        self.search_done.emit()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._in_flight = False
            self._show_hint(message_for(error))
            self.search_done.emit()

    def _add_hit(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.add_case(int(item.data(CASE_ID_ROLE)), str(item.data(CASE_NUMBER_ROLE)))
        # Ready for the next case of a shared sitting; the hint says what was added.
        hint = self.hint.text()
        self._timer.stop()
        self._generation += 1  # a search still on its way is not wanted any more
        self._in_flight = self._add_when_found = False
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.hits.clear()
        self._show_hint(hint)
        self._update_buttons()
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def add_selected_hit(self) -> None:
        self._add_hit(self.hits.currentItem())

    def _show_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self.hits.currentItem() is not None)
        self.remove_button.setEnabled(self.chosen.currentItem() is not None)

    # --- keyboard --------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter picks a case here; it must not reach the dialog and save it.
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if watched is self.search and key in _ENTER:
            if self._timer.isActive() or self._in_flight:
                self.search_now()
                self._add_when_found = True
            else:
                self.add_selected_hit()
            return True
        if watched is self.search and key == Qt.Key.Key_Down and self.hits.count():
            self.hits.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if watched is self.hits and key in _ENTER:
            self.add_selected_hit()
            return True
        if watched is self.chosen and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)


def _hit_text(row: CaseListRow) -> str:
    if row.person_name is None:
        return row.case_number
    return f"{row.case_number}   {row.person_name}"
