"""Mina åtgärder: the actions to do in the user's cases, overdue ones marked.

Actions are the activities of action plans, written under a goal or agreed
at a meeting (``services.actions``). The list is read in the background each
time the page is shown or a filter changes; the service caps it, and the page
says so when the cap is reached. Enter or a double-click opens the case
(``open_case_requested``).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseflow.domain.cases import ActivityStatus
from caseflow.services import actions as action_service
from caseflow.services import permissions, plans
from caseflow.services.actions import ActionRow, Scope
from caseflow.services.permissions import Action
from caseflow.services.workspace import Workspace
from caseflow.ui.cases.tab_support import MessageArea, format_date
from caseflow.ui.drafts import DraftKeeper
from caseflow.ui.worker import run_for

ID_ROLE = Qt.ItemDataRole.UserRole
CASE_COLUMN, WHAT, AGENCY, RESPONSIBLE, DUE, STATUS, OVERDUE = range(7)
# The words say it is late; the colours only help the eye find the row.
_OVERDUE_TEXT = QColor("#7a0000")
_OVERDUE_BACKGROUND = QColor("#fde7e7")


class ActionsPage(QWidget):
    """Emits ``open_case_requested(case_id)`` and ``actions_loaded`` after each read."""

    open_case_requested = Signal(int)
    actions_loaded = Signal()

    def __init__(
        self, workspace: Workspace, drafts: DraftKeeper, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("actionsPage")
        self._workspace = workspace
        self._drafts = drafts  # for the page's future editors; nothing here is typed yet
        self.applies = permissions.may(workspace, Action.READ_CASE)
        self._may_set = permissions.may(workspace, Action.WRITE_JOURNAL)
        self.rows: list[ActionRow] = []
        self._generation = 0
        self._select_after_load: int | None = None

        heading = QLabel("<h2>" + self.tr("My actions") + "</h2>")
        self.explanation = QLabel()
        self.explanation.setObjectName("actionsExplanation")
        self.explanation.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.explanation)
        if not self.applies:
            self.explanation.setText(
                self.tr(
                    "The actions tracker lists what is to be done in the cases you work on. "
                    "Your role does not work on cases, so there is nothing to list here."
                )
            )
            layout.addStretch()
            return
        self.explanation.setText(
            self.tr(
                "Actions from the action plans and those agreed at meetings, by due date. "
                "Mine are those you are responsible for and those in your open cases."
            )
        )
        layout.addLayout(self._filters())
        self.message = MessageArea()
        self.message.setObjectName("actionsMessage")
        layout.addWidget(self.message)
        self.count_label = QLabel(self.tr("Loading…"))
        self.count_label.setObjectName("actionsCount")
        layout.addWidget(self.count_label)
        self.tree = self._table()
        layout.addWidget(self.tree, 1)
        layout.addLayout(self._buttons())
        self._selection_changed()

    # --- building ------------------------------------------------------------------------

    def _filters(self) -> QHBoxLayout:
        self.scope = QComboBox()
        self.scope.setObjectName("actionsScope")
        self.scope.addItem(self.tr("My actions"), Scope.MINE.value)
        self.scope.addItem(self.tr("All actions"), Scope.ALL.value)
        scope_label = QLabel(self.tr("&Show:"))
        scope_label.setBuddy(self.scope)
        self.only_open = QCheckBox(self.tr("O&pen only"))
        self.only_open.setObjectName("actionsOnlyOpen")
        self.only_open.setChecked(True)
        self.only_overdue = QCheckBox(self.tr("O&verdue only"))
        self.only_overdue.setObjectName("actionsOnlyOverdue")
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setObjectName("refreshActions")
        self.scope.currentIndexChanged.connect(self.refresh)
        self.only_open.toggled.connect(self.refresh)
        self.only_overdue.toggled.connect(self._overdue_toggled)
        self.refresh_button.clicked.connect(self.refresh)
        row = QHBoxLayout()
        row.addWidget(scope_label)
        row.addWidget(self.scope)
        row.addSpacing(12)
        row.addWidget(self.only_open)
        row.addWidget(self.only_overdue)
        row.addStretch()
        row.addWidget(self.refresh_button)
        return row

    def _table(self) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setObjectName("actionsTable")
        tree.setColumnCount(7)
        tree.setHeaderLabels(
            [
                self.tr("Case"),
                self.tr("What"),
                self.tr("Agency"),
                self.tr("Responsible"),
                self.tr("Due"),
                self.tr("Status"),
                self.tr("Overdue"),
            ]
        )
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setToolTip(self.tr("Press Enter or double-click to open the case."))
        header = tree.header()
        header.setStretchLastSection(False)
        for column in range(7):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        tree.currentItemChanged.connect(lambda *_: self._selection_changed())
        tree.itemActivated.connect(lambda *_: self.open_selected_case())
        return tree

    def _buttons(self) -> QHBoxLayout:
        self.done_button = QPushButton(self.tr("Mark &done"))
        self.done_button.setObjectName("actionDone")
        self.progress_button = QPushButton(self.tr("&In progress"))
        self.progress_button.setObjectName("actionInProgress")
        self.cancel_button = QPushButton(self.tr("&Cancelled"))
        self.cancel_button.setObjectName("actionCancelled")
        self.open_case_button = QPushButton(self.tr("&Open case"))
        self.open_case_button.setObjectName("actionOpenCase")
        self._status_buttons = {
            ActivityStatus.DONE: self.done_button,
            ActivityStatus.IN_PROGRESS: self.progress_button,
            ActivityStatus.CANCELLED: self.cancel_button,
        }
        for status, button in self._status_buttons.items():
            button.clicked.connect(lambda _=False, status=status: self.set_status(status))
        self.open_case_button.clicked.connect(self.open_selected_case)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Set the selected action to:")))
        for button in self._status_buttons.values():
            row.addWidget(button)
        row.addStretch()
        row.addWidget(self.open_case_button)
        return row

    # --- loading -------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def _overdue_toggled(self, checked: bool) -> None:
        # Overdue work is open work: the other box would say nothing more.
        self.only_open.setEnabled(not checked)
        self.refresh()

    def refresh(self) -> None:
        """Read the list again with the filters as they are (a newer read wins)."""
        if not self.applies or not self._workspace.is_open:
            return
        self._generation += 1
        generation = self._generation
        workspace, today = self._workspace, date.today()
        scope = Scope(str(self.scope.currentData()))
        only_open, only_overdue = self.only_open.isChecked(), self.only_overdue.isChecked()
        self.count_label.setText(self.tr("Loading…"))
        run_for(
            self,
            lambda: action_service.list_actions(
                workspace, today, scope, only_open=only_open, only_overdue=only_overdue
            ),
            lambda rows: self._loaded(generation, rows),
            lambda error: self._failed(generation, error),
        )

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation and self._workspace.is_open:
            self.count_label.setText(self.tr("The actions could not be read."))
            self.message.show_error(error)

    def _loaded(self, generation: int, rows: list[ActionRow]) -> None:
        if generation != self._generation:
            return  # a filter changed meanwhile: that read is on its way
        selected = self._select_after_load or self.selected_id()
        self._select_after_load = None
        self.rows = rows
        self.tree.clear()
        for row in rows:
            self.tree.addTopLevelItem(self._item(row))
        if len(rows) >= action_service.LIMIT:
            self.count_label.setText(
                self.tr(
                    "The first %1 actions are shown. Narrow the list with the filters."
                ).replace("%1", str(len(rows)))
            )
        elif not rows:
            self.count_label.setText(self.tr("No actions match the filters."))
        else:
            overdue = sum(1 for r in rows if r.days_overdue > 0)
            text = self.tr("%n action(s).", "", len(rows))
            if overdue:
                text += " " + self.tr("%n of them overdue.", "", overdue)
            self.count_label.setText(text)
        self._select(selected)
        self._selection_changed()
        self.actions_loaded.emit()

    def _item(self, row: ActionRow) -> QTreeWidgetItem:
        overdue = (
            self.tr("Overdue by %n day(s)", "", row.days_overdue) if row.days_overdue > 0 else ""
        )
        item = QTreeWidgetItem(
            [
                row.case_number,
                row.what,
                row.agency.label.render(),
                row.responsible or "–",
                format_date(row.due),
                row.status.label.render(),
                overdue,
            ]
        )
        item.setData(0, ID_ROLE, row.id)
        tip = row.what
        if row.meeting_date is not None:
            tip = self.tr("{what}\nAgreed at the meeting of {date}").format(
                what=row.what, date=format_date(row.meeting_date)
            )
        item.setToolTip(WHAT, tip)
        if row.days_overdue > 0:
            bold = QFont()
            bold.setBold(True)
            item.setFont(OVERDUE, bold)
            for column in range(7):
                item.setForeground(column, QBrush(_OVERDUE_TEXT))
                item.setBackground(column, QBrush(_OVERDUE_BACKGROUND))
        return item

    def _select(self, action_id: int | None) -> None:
        if action_id is None:
            return
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None and item.data(0, ID_ROLE) == action_id:
                self.tree.setCurrentItem(item)
                return

    # --- selection -----------------------------------------------------------------------

    def selected_id(self) -> int | None:
        item = self.tree.currentItem()
        value = item.data(0, ID_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def selected(self) -> ActionRow | None:
        action_id = self.selected_id()
        return next((r for r in self.rows if r.id == action_id), None)

    def _selection_changed(self) -> None:
        row = self.selected()
        for status, button in self._status_buttons.items():
            button.setEnabled(self._may_set and row is not None and row.status is not status)
        self.open_case_button.setEnabled(row is not None)

    # --- doing ---------------------------------------------------------------------------

    def open_selected_case(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_case_requested.emit(row.case_id)

    def set_status(self, status: ActivityStatus) -> None:
        row = self.selected()
        if row is None or not self._may_set or row.status is status:
            return
        # The row below takes the place of one that leaves the list.
        index = self.rows.index(row)
        following = self.rows[index + 1] if index + 1 < len(self.rows) else None
        self._select_after_load = following.id if following is not None else None
        for button in self._status_buttons.values():
            button.setEnabled(False)
        workspace, action_id = self._workspace, row.id
        done_text = self.tr("“{what}” is now: {status}.").format(
            what=row.what, status=status.label.render()
        )

        def changed(_: object) -> None:
            self.message.show_text(done_text)
            if status is not ActivityStatus.DONE and status is not ActivityStatus.CANCELLED:
                self._select_after_load = action_id
            self.refresh()

        def failed(error: BaseException) -> None:
            self.message.show_error(error)
            self._selection_changed()

        run_for(
            self,
            lambda: plans.set_activity_status(workspace, action_id, status),
            changed,
            failed,
        )
