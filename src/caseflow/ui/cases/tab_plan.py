"""Handlingsplan: goals with their activities, and each goal's status over time.

Actions agreed at meetings belong to the plan too, without a goal: they are
listed under their own heading, by meeting, and their status is set like any
other activity's.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseflow.services import actions, permissions, plans
from caseflow.services.actions import ActionRow, Scope
from caseflow.services.permissions import Action
from caseflow.services.plans import ActivityView, GoalView
from caseflow.services.workspace import Workspace
from caseflow.ui.cases.tab_plan_dialogs import (
    ActivityDialog,
    ActivityStatusDialog,
    GoalDialog,
    GoalStatusDialog,
)
from caseflow.ui.cases.tab_support import (
    MessageArea,
    ServiceDialog,
    format_date,
    run_for,
    tree_items,
)

_KIND_ROLE = Qt.ItemDataRole.UserRole
_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_AGREED, _MEETING = "agreed", "meeting"  # the heading of agreed actions, one meeting's


def load_plan(workspace: Workspace, case_id: int) -> tuple[list[GoalView], list[ActionRow]]:
    """The goals with their activities, and the actions agreed at meetings (worker thread)."""
    goals = plans.get_plan(workspace, case_id)
    agreed = actions.list_actions(
        workspace, date.today(), Scope.ALL, only_open=False, case_id=case_id
    )
    return goals, [a for a in agreed if a.meeting_id is not None]


class PlanTab(QWidget):
    """Emits ``changed`` after any change to the plan."""

    changed = Signal()

    def __init__(self, workspace: Workspace, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planTab")
        self._workspace = workspace
        self._case_id = case_id
        self._may_edit = permissions.may(workspace, Action.EDIT_CASE)
        self._may_set_activity = permissions.may(workspace, Action.WRITE_JOURNAL)
        self.goals: list[GoalView] = []
        self.agreed: list[ActionRow] = []
        self.loaded = False
        self.dialog: ServiceDialog | None = None
        self._select_after_load: tuple[str, int] | None = None

        self.message = MessageArea()
        self.tree = QTreeWidget()
        self.tree.setObjectName("planTree")
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels(
            [
                self.tr("Goal / activity"),
                self.tr("Life domain / agency"),
                self.tr("Responsible"),
                self.tr("Target / due date"),
                self.tr("Status"),
            ]
        )
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(lambda *_: self._selection_changed())
        self.tree.itemActivated.connect(lambda *_: self._activated())

        self.add_goal_button = QPushButton(self.tr("Add &goal…"))
        self.add_goal_button.setObjectName("addGoal")
        self.add_goal_button.clicked.connect(self.add_goal)
        self.add_activity_button = QPushButton(self.tr("Add a&ctivity…"))
        self.add_activity_button.setObjectName("addActivity")
        self.add_activity_button.clicked.connect(self.add_activity)
        self.goal_status_button = QPushButton(self.tr("&Record goal status…"))
        self.goal_status_button.setObjectName("recordGoalStatus")
        self.goal_status_button.clicked.connect(self.record_goal_status)
        self.activity_status_button = QPushButton(self.tr("Set activity &status…"))
        self.activity_status_button.setObjectName("setActivityStatus")
        self.activity_status_button.clicked.connect(self.set_activity_status)
        buttons = QHBoxLayout()
        for button in (
            self.add_goal_button,
            self.add_activity_button,
            self.goal_status_button,
            self.activity_status_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch()

        history_box = QGroupBox(self.tr("Status history of the selected goal"))
        self.history_title = QLabel(self.tr("Select a goal to see its history."))
        self.history_title.setWordWrap(True)
        self.history = QTableWidget(0, 4)
        self.history.setObjectName("goalHistory")
        self.history.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Status"), self.tr("Recorded by"), self.tr("Note")]
        )
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setTabKeyNavigation(False)
        self.history.setWordWrap(True)
        history_header = self.history.horizontalHeader()
        history_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        history_header.setStretchLastSection(True)
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(self.history_title)
        history_layout.addWidget(self.history, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(history_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([780, 460])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        self._selection_changed()
        self.load()

    # --- loading -------------------------------------------------------------------

    def load(self) -> None:
        workspace, case_id = self._workspace, self._case_id
        run_for(
            self,
            lambda: load_plan(workspace, case_id),
            lambda found: self._loaded(*found),
            self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        self.message.show_error(error)

    def _loaded(self, goals: list[GoalView], agreed: list[ActionRow]) -> None:
        selected = self._select_after_load or self._current_key()
        self._select_after_load = None
        self.goals = goals
        self.agreed = agreed
        self.tree.clear()
        bold = QFont()
        bold.setBold(True)
        for goal in goals:
            goal_item = QTreeWidgetItem(
                [
                    goal.text,
                    goal.life_domain.label.render(),
                    "",
                    format_date(goal.target_date),
                    goal.status.label.render(),
                ]
            )
            goal_item.setToolTip(0, goal.text)
            goal_item.setData(0, _KIND_ROLE, "goal")
            goal_item.setData(0, _ID_ROLE, goal.id)
            for column in range(5):
                goal_item.setFont(column, bold)
            self.tree.addTopLevelItem(goal_item)
            for activity in goal.activities:
                item = QTreeWidgetItem(
                    [
                        activity.what,
                        activity.agency.label.render(),
                        activity.responsible_person or "–",
                        format_date(activity.due_date),
                        activity.status.label.render(),
                    ]
                )
                item.setToolTip(0, activity.what)
                item.setData(0, _KIND_ROLE, "activity")
                item.setData(0, _ID_ROLE, activity.id)
                goal_item.addChild(item)
            goal_item.setExpanded(True)
        if not goals:
            placeholder = QTreeWidgetItem(
                [self.tr("No goals yet. Add the goals agreed with the person and the agencies.")]
            )
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.tree.addTopLevelItem(placeholder)
        if agreed:
            self._add_agreed(agreed, bold)
        self._select(selected)
        self.loaded = True
        self._selection_changed()

    def _add_agreed(self, agreed: list[ActionRow], bold: QFont) -> None:
        """Actions agreed at meetings: one heading, then each meeting (newest first)."""
        heading = QTreeWidgetItem([self.tr("Agreed at meetings")])
        heading.setData(0, _KIND_ROLE, _AGREED)
        heading.setFont(0, bold)
        heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.tree.addTopLevelItem(heading)
        heading.setFirstColumnSpanned(True)
        by_meeting: dict[tuple[date, int], list[ActionRow]] = {}
        for action in agreed:
            assert action.meeting_id is not None
            key = (action.meeting_date or date.min, action.meeting_id)
            by_meeting.setdefault(key, []).append(action)
        for (held_on, meeting_id), found in sorted(by_meeting.items(), reverse=True):
            meeting = QTreeWidgetItem(
                [self.tr("Meeting of {date}").format(date=format_date(held_on))]
            )
            meeting.setData(0, _KIND_ROLE, _MEETING)
            meeting.setData(0, _ID_ROLE, meeting_id)
            meeting.setFlags(Qt.ItemFlag.ItemIsEnabled)
            heading.addChild(meeting)
            meeting.setFirstColumnSpanned(True)
            for action in found:
                item = QTreeWidgetItem(
                    [
                        action.what,
                        action.agency.label.render(),
                        action.responsible or "–",
                        format_date(action.due),
                        action.status.label.render(),
                    ]
                )
                item.setToolTip(
                    0,
                    self.tr("{what}\nAgreed at the meeting of {date}").format(
                        what=action.what, date=format_date(held_on)
                    ),
                )
                item.setData(0, _KIND_ROLE, "activity")
                item.setData(0, _ID_ROLE, action.id)
                meeting.addChild(item)
            meeting.setExpanded(True)
        heading.setExpanded(True)

    def _current_key(self) -> tuple[str, int] | None:
        item = self.tree.currentItem()
        if item is None or item.data(0, _KIND_ROLE) is None:
            return None
        return str(item.data(0, _KIND_ROLE)), int(item.data(0, _ID_ROLE))

    def _select(self, key: tuple[str, int] | None) -> None:
        if key is None:
            return
        for item in tree_items(self.tree):
            if (item.data(0, _KIND_ROLE), item.data(0, _ID_ROLE)) == key:
                self.tree.setCurrentItem(item)
                return

    # --- selection -------------------------------------------------------------------

    def selected_goal(self) -> GoalView | None:
        """The goal selected, or the goal of the selected activity."""
        item = self.tree.currentItem()
        if item is None or item.data(0, _KIND_ROLE) is None:
            return None
        parent = item.parent()
        if item.data(0, _KIND_ROLE) == "activity" and parent is not None:
            item = parent
        if item.data(0, _KIND_ROLE) != "goal":
            return None  # an action agreed at a meeting has no goal
        goal_id = item.data(0, _ID_ROLE)
        return next((g for g in self.goals if g.id == goal_id), None)

    def selected_activity(self) -> ActivityView | None:
        item = self.tree.currentItem()
        if item is None or item.data(0, _KIND_ROLE) != "activity":
            return None
        activity_id = item.data(0, _ID_ROLE)
        found = next((a for g in self.goals for a in g.activities if a.id == activity_id), None)
        if found is not None:
            return found
        agreed = next((a for a in self.agreed if a.id == activity_id), None)
        if agreed is None:
            return None
        return ActivityView(
            agreed.id, agreed.what, agreed.agency, agreed.responsible, agreed.due, agreed.status
        )

    def _selection_changed(self) -> None:
        goal = self.selected_goal()
        activity = self.selected_activity()
        self.add_goal_button.setEnabled(self._may_edit)
        self.add_activity_button.setEnabled(self._may_edit and goal is not None)
        self.goal_status_button.setEnabled(self._may_edit and goal is not None)
        self.activity_status_button.setEnabled(self._may_set_activity and activity is not None)
        self._show_history(goal)

    def _show_history(self, goal: GoalView | None) -> None:
        if goal is None:
            self.history_title.setText(self.tr("Select a goal to see its history."))
            self.history.setRowCount(0)
            return
        self.history_title.setText(goal.text)
        self.history.setRowCount(len(goal.history))
        for row, record in enumerate(goal.history):
            cells = [
                format_date(record.recorded_on),
                record.status.label.render(),
                record.author,
                record.note,
            ]
            for column, text in enumerate(cells):
                self.history.setItem(row, column, QTableWidgetItem(text))
        self.history.resizeRowsToContents()

    def _activated(self) -> None:
        # Enter on a goal records its status; on an activity, sets the activity's.
        if self.selected_activity() is not None:
            self.set_activity_status()
        elif self.selected_goal() is not None:
            self.record_goal_status()

    # --- dialogs ---------------------------------------------------------------------

    def _open(self, dialog: ServiceDialog, done_text: str, select: tuple[str, int] | None) -> None:
        def accepted() -> None:
            result = dialog.result_value
            if select is not None:
                self._select_after_load = select
            elif isinstance(result, int) and isinstance(dialog, GoalDialog):
                self._select_after_load = ("goal", result)
            elif isinstance(result, int) and isinstance(dialog, ActivityDialog):
                self._select_after_load = ("activity", result)
            self.message.show_text(done_text)
            self.dialog = None
            self.load()
            self.changed.emit()

        dialog.accepted.connect(accepted)
        # Given up after a refusal (changed meanwhile): show the plan as saved now.
        dialog.rejected.connect(lambda: self._closed_after_refusal(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _closed_after_refusal(self, dialog: ServiceDialog) -> None:
        if dialog.message.text():
            self.load()

    def add_goal(self) -> None:
        if self._may_edit:
            dialog = GoalDialog(self._workspace, self._case_id, self)
            self._open(dialog, self.tr("The goal was added."), None)

    def add_activity(self) -> None:
        goal = self.selected_goal()
        if goal is not None and self._may_edit:
            dialog = ActivityDialog(self._workspace, goal, self)
            self._open(dialog, self.tr("The activity was added."), None)

    def record_goal_status(self) -> None:
        goal = self.selected_goal()
        if goal is not None and self._may_edit:
            dialog = GoalStatusDialog(self._workspace, goal, self)
            self._open(dialog, self.tr("The goal's status was recorded."), ("goal", goal.id))

    def set_activity_status(self) -> None:
        activity = self.selected_activity()
        if activity is not None and self._may_set_activity:
            dialog = ActivityStatusDialog(self._workspace, activity, self)
            self._open(
                dialog, self.tr("The activity's status was changed."), ("activity", activity.id)
            )
