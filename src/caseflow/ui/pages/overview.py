"""Översikt: who is logged in and what needs attention.

Overdue work (follow-ups and actions past their date) and the alerts
(consents that end soon, young people who turn 18 soon, active cases where a
party is not covered) are read in the background each time the page is
shown. Enter or a double-click on a line asks for its case
(``open_case_requested``).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseflow.services import actions as action_service
from caseflow.services import alerts as alert_service
from caseflow.services.actions import ActionRow, OverdueFollowUp, Scope
from caseflow.services.alerts import Alert, Alerts
from caseflow.services.workspace import Workspace
from caseflow.ui.cases.tab_support import MessageArea, format_date
from caseflow.ui.worker import run_for

CASE_ID_ROLE = Qt.ItemDataRole.UserRole
# A list of thousands helps nobody and costs the GUI thread: the first ones, and a count.
SHOWN_PER_GROUP = 100


@dataclass(frozen=True)
class Overdue:
    """Work past its date in the user's open cases, with each case's number and name."""

    follow_ups: tuple[OverdueFollowUp, ...] = ()
    actions: tuple[ActionRow, ...] = ()
    labels: dict[int, tuple[str, str]] | None = None

    @property
    def count(self) -> int:
        return len(self.follow_ups) + len(self.actions)

    def name(self, case_id: int) -> str:
        return (self.labels or {}).get(case_id, ("", ""))[1]


@dataclass(frozen=True)
class _Line:
    case_id: int
    case_number: str
    person: str
    message: str


def read_attention(workspace: Workspace, today: date) -> tuple[Alerts, Overdue]:
    """The alerts and the overdue work, each list capped (runs on a worker thread)."""
    found = alert_service.alerts(workspace, today)
    if not found.applies:
        return found, Overdue()
    follow_ups = action_service.overdue_follow_ups(workspace, today)
    late = action_service.list_actions(workspace, today, Scope.MINE, only_overdue=True)
    # Longest overdue first, as on paper lists of what is late.
    late.sort(key=lambda a: (-a.days_overdue, a.case_number, a.id))
    ids = {f.case_id for f in follow_ups} | {a.case_id for a in late}
    labels = alert_service.case_labels(workspace, ids) if ids else {}
    return found, Overdue(tuple(follow_ups), tuple(late), labels)


class OverviewPage(QWidget):
    """Emits ``show_drafts`` (the drafts notice) and ``open_case_requested(case_id)``."""

    show_drafts = Signal()
    open_case_requested = Signal(int)
    alerts_loaded = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewPage")
        self._workspace = workspace
        self._loading = False
        self.alerts: Alerts | None = None
        self.overdue: Overdue | None = None
        user = workspace.user
        heading = QLabel(
            "<h2>" + self.tr("Welcome, %1").replace("%1", html.escape(user.display_name)) + "</h2>"
        )
        role = QLabel(self.tr("You are logged in as %1.").replace("%1", user.role.label.render()))
        self.drafts_label = QLabel()
        self.drafts_label.setObjectName("draftsNotice")
        self.drafts_button = QPushButton(self.tr("Show &drafts…"))
        self.drafts_button.clicked.connect(self.show_drafts)
        drafts_row = QHBoxLayout()
        drafts_row.addWidget(self.drafts_label)
        drafts_row.addWidget(self.drafts_button)
        drafts_row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(role)
        layout.addLayout(drafts_row)
        layout.addWidget(self._build_alerts(), 1)
        self.set_draft_count(0)

    def _build_alerts(self) -> QGroupBox:
        box = QGroupBox(self.tr("Needs attention in your cases"))
        self.alert_status = QLabel(self.tr("Loading…"))
        self.alert_status.setObjectName("alertStatus")
        self.alert_status.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setObjectName("refreshAlerts")
        self.refresh_button.clicked.connect(self.refresh_alerts)
        self.alert_message = MessageArea()
        self.alert_tree = QTreeWidget()
        self.alert_tree.setObjectName("alertTree")
        self.alert_tree.setColumnCount(3)
        self.alert_tree.setHeaderLabels([self.tr("Case"), self.tr("Person"), self.tr("What")])
        self.alert_tree.setRootIsDecorated(True)
        self.alert_tree.setWordWrap(True)
        self.alert_tree.setToolTip(self.tr("Press Enter or double-click to open the case."))
        header = self.alert_tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.alert_tree.itemActivated.connect(self._activated)
        top = QHBoxLayout()
        top.addWidget(self.alert_status, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(box)
        layout.addLayout(top)
        layout.addWidget(self.alert_message)
        layout.addWidget(self.alert_tree, 1)
        return box

    # --- drafts --------------------------------------------------------------------------

    def set_draft_count(self, count: int) -> None:
        visible = count > 0
        self.drafts_label.setVisible(visible)
        self.drafts_button.setVisible(visible)
        self.drafts_label.setText(self.tr("You have %n unsaved draft(s) from earlier.", "", count))

    # --- alerts --------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_alerts()

    def refresh_alerts(self) -> None:
        """Read the alerts again, in the background (once at a time)."""
        if self._loading or not self._workspace.is_open:
            return
        self._loading = True
        self.refresh_button.setEnabled(False)
        workspace, today = self._workspace, date.today()
        run_for(
            self,
            lambda: read_attention(workspace, today),
            lambda found: self._show_alerts(*found),
            self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        self.refresh_button.setEnabled(True)
        self.alert_status.setText(self.tr("The alerts could not be read."))
        if self._workspace.is_open:
            self.alert_message.show_error(error)

    def _show_alerts(self, found: Alerts, overdue: Overdue) -> None:
        self._loading = False
        self.refresh_button.setEnabled(True)
        self.alert_message.clear_message()
        self.alerts = found
        self.overdue = overdue
        self.alert_tree.clear()
        self.alert_tree.setVisible(found.applies)
        count = found.count + overdue.count
        if not found.applies:
            self.alert_status.setText(
                self.tr("Alerts about consents and birthdays are shown to those who work on cases.")
            )
        elif count == 0:
            self.alert_status.setText(self.tr("Nothing needs attention in your open cases."))
        else:
            self.alert_status.setText(self.tr("%n alert(s) in your open cases.", "", count))
        if found.applies:
            self._group(
                self.tr("Follow-ups past their date (%1)"),
                [self._follow_up_line(f, overdue) for f in overdue.follow_ups],
            )
            self._group(
                self.tr("Actions past their due date (%1)"),
                [self._action_line(a, overdue) for a in overdue.actions],
            )
            self._group(
                self.tr("Consents that end within 30 days (%1)"),
                _alert_lines(found.consents_ending),
            )
            self._group(
                self.tr("Turning 18 within 60 days: their own consent will be needed (%1)"),
                _alert_lines(found.turning_18),
            )
            self._group(
                self.tr("Active cases where a party is not covered today (%1)"),
                _alert_lines(found.not_covered),
            )
        self.alerts_loaded.emit()

    def _follow_up_line(self, item: OverdueFollowUp, overdue: Overdue) -> _Line:
        message = self.tr("The follow-up was due on %1: %n day(s) overdue", "", item.days_overdue)
        return _Line(
            item.case_id,
            item.case_number,
            overdue.name(item.case_id),
            message.replace("%1", format_date(item.due)),
        )

    def _action_line(self, item: ActionRow, overdue: Overdue) -> _Line:
        message = self.tr("%1 (%2, %3) was due on %4: %n day(s) overdue", "", item.days_overdue)
        for placeholder, value in (
            ("%1", item.what),
            ("%2", item.agency.label.render()),
            ("%3", item.responsible or "–"),
            ("%4", format_date(item.due)),
        ):
            message = message.replace(placeholder, value)
        return _Line(item.case_id, item.case_number, overdue.name(item.case_id), message)

    def _group(self, title: str, items: Sequence[_Line]) -> None:
        heading = QTreeWidgetItem([title.replace("%1", str(len(items)))])
        font = QFont()
        font.setBold(True)
        heading.setFont(0, font)
        heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.alert_tree.addTopLevelItem(heading)
        heading.setFirstColumnSpanned(True)
        if not items:
            none = QTreeWidgetItem([self.tr("None")])
            none.setFlags(Qt.ItemFlag.ItemIsEnabled)
            heading.addChild(none)
        for line in items[:SHOWN_PER_GROUP]:
            child = QTreeWidgetItem([line.case_number, line.person, line.message])
            child.setData(0, CASE_ID_ROLE, line.case_id)
            child.setToolTip(2, line.message)
            heading.addChild(child)
        hidden = len(items) - SHOWN_PER_GROUP
        if hidden > 0:
            more = QTreeWidgetItem(
                [
                    "",
                    "",
                    self.tr("… and %n more, not listed here.", "", hidden),
                ]
            )
            more.setFlags(Qt.ItemFlag.ItemIsEnabled)
            heading.addChild(more)
        heading.setExpanded(True)

    def alert_items(self) -> list[QTreeWidgetItem]:
        """Every alert line (not the headings), top to bottom."""
        found = []
        for row in range(self.alert_tree.topLevelItemCount()):
            heading = self.alert_tree.topLevelItem(row)
            if heading is None:
                continue
            for index in range(heading.childCount()):
                child = heading.child(index)
                if child is not None and child.data(0, CASE_ID_ROLE) is not None:
                    found.append(child)
        return found

    def _activated(self, item: QTreeWidgetItem) -> None:
        case_id = item.data(0, CASE_ID_ROLE)
        if isinstance(case_id, int):
            self.open_case_requested.emit(case_id)


def _alert_lines(alerts: tuple[Alert, ...]) -> list[_Line]:
    return [_Line(a.case_id, a.case_number, a.person_name, a.message.render()) for a in alerts]
