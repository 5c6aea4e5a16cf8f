"""Dialogs of the action plan: a goal, an activity, a goal's status, an activity's status.

A status is saved with the version of the goal or activity the dialog was
opened on: changed by someone meanwhile, it is refused with who, when and
what (the dialog stays open with the note, which is also kept as a draft).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from caseflow.domain.assessment import LifeDomain
from caseflow.domain.cases import ActivityStatus, Agency, GoalStatus
from caseflow.services import plans
from caseflow.services.plans import ActivityView, GoalView
from caseflow.services.workspace import Workspace
from caseflow.ui.cases.tab_support import (
    OptionalDate,
    ServiceDialog,
    date_edit,
    enum_combo,
    enum_value,
    from_qdate,
    select_value,
)


def _text_box(height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(height)
    return edit


class GoalDialog(ServiceDialog):
    def __init__(self, workspace: Workspace, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goalDialog")
        self.setWindowTitle(self.tr("Add goal"))
        self._workspace = workspace
        self._case_id = case_id
        self.text = _text_box()
        self.text.setObjectName("goalText")
        self.text.setPlaceholderText(self.tr("What should be reached, in words the person uses."))
        self.life_domain = enum_combo(LifeDomain)
        self.life_domain.setObjectName("goalDomain")
        self.target_date = OptionalDate(None, self.tr("Set a target date"))
        self.add_field(self.tr("&Goal:"), self.text, "goal_text")
        self.add_field(self.tr("&Life domain:"), self.life_domain)
        self.add_field(self.tr("&Target date:"), self.target_date)
        self.text.textChanged.connect(lambda: self.changed("goal_text"))
        self.finish_layout()
        self.resize(520, self.sizeHint().height())

    def problems(self) -> dict[str, str]:
        if not self.text.toPlainText().strip():
            return {"goal_text": self.tr("Write the goal.")}
        return {}

    def work(self) -> Callable[[], Any]:
        workspace, case_id = self._workspace, self._case_id
        text, target = self.text.toPlainText(), self.target_date.value()
        domain = enum_value(self.life_domain, LifeDomain)
        return lambda: plans.add_goal(workspace, case_id, text, domain, target)


class ActivityDialog(ServiceDialog):
    def __init__(self, workspace: Workspace, goal: GoalView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activityDialog")
        self.setWindowTitle(self.tr("Add activity"))
        self._workspace = workspace
        self._goal_id = goal.id
        self.goal_label = QLineEdit(goal.text)
        self.goal_label.setReadOnly(True)
        self.what = _text_box()
        self.what.setObjectName("activityWhat")
        self.agency = enum_combo(Agency)
        self.agency.setObjectName("activityAgency")
        self.responsible = QLineEdit()
        self.responsible.setObjectName("activityResponsible")
        self.responsible.setPlaceholderText(self.tr("Name, or role such as mentor"))
        self.due_date = OptionalDate(None, self.tr("Set a due date"))
        self.form.addRow(self.tr("For the goal:"), self.goal_label)
        self.add_field(self.tr("&What:"), self.what, "activity_what")
        self.add_field(self.tr("&Agency:"), self.agency)
        self.add_field(self.tr("&Responsible person:"), self.responsible)
        self.add_field(self.tr("&Due date:"), self.due_date)
        self.what.textChanged.connect(lambda: self.changed("activity_what"))
        self.finish_layout()
        self.resize(520, self.sizeHint().height())

    def problems(self) -> dict[str, str]:
        if not self.what.toPlainText().strip():
            return {"activity_what": self.tr("Say what is to be done.")}
        return {}

    def work(self) -> Callable[[], Any]:
        workspace, goal_id = self._workspace, self._goal_id
        what, agency = self.what.toPlainText(), enum_value(self.agency, Agency)
        responsible, due = self.responsible.text(), self.due_date.value()
        return lambda: plans.add_activity(workspace, goal_id, what, agency, responsible, due)


class GoalStatusDialog(ServiceDialog):
    """Record where a goal stands at a follow-up; earlier records stay as its history."""

    def __init__(self, workspace: Workspace, goal: GoalView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goalStatusDialog")
        self.setWindowTitle(self.tr("Record goal status"))
        self._workspace = workspace
        self._goal_id = goal.id
        self._version = goal.version
        self.goal_label = QLineEdit(goal.text)
        self.goal_label.setReadOnly(True)
        self.status = enum_combo(GoalStatus)
        self.status.setObjectName("goalStatus")
        select_value(self.status, goal.status)
        self.recorded_on = date_edit(date.today(), latest=date.today())
        self.note = _text_box()
        self.note.setObjectName("goalStatusNote")
        self.note.setPlaceholderText(self.tr("What the follow-up found"))
        self.form.addRow(self.tr("Goal:"), self.goal_label)
        self.add_field(self.tr("&Status:"), self.status)
        self.add_field(self.tr("&Follow-up date:"), self.recorded_on)
        self.add_field(self.tr("&Note:"), self.note)
        self.finish_layout()
        self.resize(520, self.sizeHint().height())

    def work(self) -> Callable[[], Any]:
        workspace, goal_id, version = self._workspace, self._goal_id, self._version
        status = enum_value(self.status, GoalStatus)
        on = from_qdate(self.recorded_on.date())
        note = self.note.toPlainText()
        return lambda: plans.record_goal_status(workspace, goal_id, status, on, note, version)


class ActivityStatusDialog(ServiceDialog):
    def __init__(
        self, workspace: Workspace, activity: ActivityView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("activityStatusDialog")
        self.setWindowTitle(self.tr("Set activity status"))
        self._workspace = workspace
        self._activity_id = activity.id
        self._version = activity.version
        what = QLineEdit(activity.what)
        what.setReadOnly(True)
        self.status = enum_combo(ActivityStatus)
        self.status.setObjectName("activityStatus")
        select_value(self.status, activity.status)
        self.form.addRow(self.tr("Activity:"), what)
        self.add_field(self.tr("&Status:"), self.status)
        self.finish_layout()
        self.resize(460, self.sizeHint().height())

    def work(self) -> Callable[[], Any]:
        workspace, activity_id, version = self._workspace, self._activity_id, self._version
        status = enum_value(self.status, ActivityStatus)
        return lambda: plans.set_activity_status(workspace, activity_id, status, version)
