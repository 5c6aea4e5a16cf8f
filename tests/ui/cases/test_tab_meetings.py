"""The case's Möten tab: its own part of each meeting's minutes, never another case's.

Also the actions agreed at meetings on the action plan tab. The helpers
here book meetings and write minutes through the services; the actions page
and Översikt tests use them too.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from caseflow.domain.cases import ActivityStatus, Agency
from caseflow.domain.programmes import Programme
from caseflow.services import meetings, minutes, people
from caseflow.services.minutes import ActionInput, ItemInput
from caseflow.services.workspace import Workspace
from caseflow.ui.cases.tab_support import select_value, tree_items
from tests.helpers import pnr_in_test_range
from tests.ui.cases.conftest_workspace import *  # noqa: F403 - the fixtures
from tests.ui.cases.conftest_workspace import OpenCase, open_case_for

TODAY = date.today()
OTHER_NOTE = "Bo har slutat på fritids och bråkar hemma"
OTHER_ACTION = "Boka samtal med Bos pappa"


# --- helpers shared with the actions page and Översikt tests -----------------------------


def book(workspace: Workspace, case_ids: Sequence[int], days_ago: int = 10) -> int:
    """An SSPF sitting ``days_ago`` days back about the cases, at 09:00–11:00."""
    starts = datetime.combine(TODAY - timedelta(days=days_ago), time(9, 0))
    return meetings.create_meeting(
        workspace, "sspf", starts, starts + timedelta(hours=2), "Fritidsgården", case_ids
    )


def minute(
    workspace: Workspace,
    meeting_id: int,
    case_id: int,
    notes: str,
    decisions: str = "",
    actions: Sequence[ActionInput] = (),
    next_date: date | None = None,
) -> int:
    """Write the case's first agenda item; returns its number."""
    drafted = minutes.start_minutes(workspace, meeting_id)
    first = next(i for i in drafted.items if i.case_id == case_id)
    item = ItemInput(case_id, first.heading, notes, decisions, next_date, tuple(actions))
    return minutes.save_item(workspace, meeting_id, first.number, item)


def action(what: str, due: date, agency: Agency = Agency.SCHOOL) -> ActionInput:
    return ActionInput(what, agency, "Mentorn Eva", due)


def other_case(workspace: Workspace, serial: int = 982) -> OpenCase:
    return open_case_for(
        workspace,
        people.PersonInput("Bo", "Berg", pnr_in_test_range(date(2011, 2, 2), serial)),
        Programme.SSPF,
    )


def all_text(root: QWidget) -> str:
    """Every text a user could see or hear in ``root``: labels, lists, tooltips, fields."""
    parts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        parts += [widget.toolTip(), widget.windowTitle(), widget.accessibleName()]
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            parts.append(widget.text())
        if isinstance(widget, QTextEdit | QPlainTextEdit):
            parts.append(widget.toPlainText())
        if isinstance(widget, QComboBox):
            parts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTreeWidget):
            for item in tree_items(widget):
                for column in range(widget.columnCount()):
                    parts += [item.text(column), item.toolTip(column)]
        if isinstance(widget, QTableWidget):
            for row in range(widget.rowCount()):
                for column in range(widget.columnCount()):
                    cell = widget.item(row, column)
                    if cell is not None:
                        parts += [cell.text(), cell.toolTip()]
    return "\n".join(parts)


def fake_editor(monkeypatch) -> list[int]:
    """The meeting editor (built elsewhere) stands in as a plain widget; returns the ids opened."""
    opened: list[int] = []

    def open_meeting_editor(parent, workspace, drafts, meeting_id):
        opened.append(meeting_id)
        widget = QWidget(parent)
        widget.setWindowFlag(Qt.WindowType.Window)
        return widget

    module = types.ModuleType("caseflow.ui.meetings.editor")
    module.open_meeting_editor = open_meeting_editor  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "caseflow.ui.meetings.editor", module)
    return opened


def _shared_sitting(workspace: Workspace, case: OpenCase, other: OpenCase) -> tuple[int, int]:
    meeting_id = book(workspace, [case.case_id, other.case_id])
    number = minute(
        workspace,
        meeting_id,
        case.case_id,
        "Åsa går till skolan varje dag sedan januari",
        "Fortsatt stöd av mentor",
        [action("Ringa Åsas mentor varje fredag", TODAY - timedelta(days=2))],
        TODAY + timedelta(days=30),
    )
    minute(
        workspace,
        meeting_id,
        other.case_id,
        OTHER_NOTE,
        "Orosanmälan övervägs",
        [action(OTHER_ACTION, TODAY + timedelta(days=5), Agency.SOCIAL_SERVICES)],
    )
    minutes.approve(workspace, meeting_id, TODAY - timedelta(days=9))
    minutes.correct(
        workspace,
        meeting_id,
        number,
        ItemInput(case.case_id, "Rättelse", "Åsa går till skolan sedan februari, inte januari"),
    )
    return meeting_id, number


# --- the tab -------------------------------------------------------------------------------


def test_tab_shows_only_this_cases_part_of_a_shared_sitting(
    qtbot, make_workspace, case, social_worker, tmp_path
):
    other = other_case(social_worker)
    meeting_id, _ = _shared_sitting(social_worker, case, other)
    book(social_worker, [case.case_id], days_ago=40)  # an earlier meeting of this case alone

    widget = make_workspace(case.case_id)
    tab = widget.meetings_tab
    widget.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.loaded, timeout=10_000)

    # Newest first; the shared sitting says how many others it took, not which.
    rows = [tab.meeting_list.topLevelItem(i) for i in range(tab.meeting_list.topLevelItemCount())]
    assert rows[0].data(0, Qt.ItemDataRole.UserRole) == meeting_id
    assert len(rows) == 2
    assert rows[0].text(1) == "SSPF meeting"
    assert rows[0].text(2) == "Fritidsgården"
    assert rows[0].text(3) == "Approved"
    assert rows[0].text(4) == "+1 other case(s)"
    assert rows[1].text(4) == "–"
    assert rows[1].text(3) == "Draft"

    assert tab.selected_id() == meeting_id
    shown = tab.shown_text()
    assert "Åsa går till skolan varje dag sedan januari" in shown
    assert "Fortsatt stöd av mentor" in shown
    assert "Ringa Åsas mentor varje fredag – School, Mentorn Eva" in shown
    assert "Planned" in shown
    assert f"Next meeting or follow-up: {(TODAY + timedelta(days=30)).isoformat()}" in shown
    assert "The sitting also took up 1 other case(s)" in shown
    # The correction stands after (under) the item it corrects; both readable.
    assert shown.index("varje dag sedan januari") < shown.index("Correction of")
    assert "inte januari" in shown

    # Nothing about the other young person anywhere on the workspace: not the
    # note, not the decision, not the action, not even the case number.
    everything = all_text(widget)
    assert "Åsa går till skolan varje dag sedan januari" in everything  # the reader is read
    for secret in (OTHER_NOTE, "Orosanmälan övervägs", OTHER_ACTION, other.case_number):
        assert secret not in everything

    widget.grab().save(str(tmp_path / "meetings_tab.png"))


def test_enter_on_a_meeting_opens_the_editor(
    qtbot, make_workspace, case, social_worker, monkeypatch
):
    opened = fake_editor(monkeypatch)
    meeting_id = book(social_worker, [case.case_id])
    minutes.start_minutes(social_worker, meeting_id)  # empty items, one per agenda heading
    widget = make_workspace(case.case_id)
    tab = widget.meetings_tab
    widget.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.loaded and tab.selected_id() == meeting_id, timeout=10_000)
    assert tab.open_button.isEnabled()
    assert "Nothing is minuted for this case yet." in tab.shown_text()
    assert "Since the last meeting" not in tab.shown_text()

    tab.meeting_list.setFocus()
    qtbot.keyClick(tab.meeting_list, Qt.Key.Key_Return)
    assert opened == [meeting_id]
    assert tab.meeting_editor is not None

    # Closing the editor reads the case's meetings again (minutes may have changed).
    minute(social_worker, meeting_id, case.case_id, "Skrivet i mötet")
    tab.meeting_editor.deleteLater()
    qtbot.waitUntil(lambda: "Skrivet i mötet" in tab.shown_text(), timeout=10_000)


def test_a_case_without_meetings_says_so(qtbot, make_workspace, case):
    widget = make_workspace(case.case_id)
    tab = widget.meetings_tab
    qtbot.waitUntil(lambda: tab.loaded, timeout=10_000)
    assert tab.meeting_list.topLevelItem(0).text(0) == (
        "The case has not been on a meeting's agenda yet."
    )
    assert not tab.open_button.isEnabled()
    assert tab.follow_up_button.isEnabled()
    assert tab.follow_up_list.topLevelItem(0).text(0) == "No follow-up recorded yet."


# --- agreed actions on the action plan ---------------------------------------------------


def test_agreed_actions_show_on_the_plan_and_take_a_status(
    qtbot, make_workspace, case, social_worker
):
    other = other_case(social_worker)
    _shared_sitting(social_worker, case, other)
    widget = make_workspace(case.case_id)
    tab = widget.plan_tab
    widget.tabs.setCurrentWidget(tab)

    items = list(tree_items(tab.tree))
    texts = [item.text(0) for item in items]
    assert "Agreed at meetings" in texts
    meeting_date = (TODAY - timedelta(days=10)).isoformat()
    assert f"Meeting of {meeting_date}" in texts
    agreed = next(i for i in items if i.text(0) == "Ringa Åsas mentor varje fredag")
    assert agreed.parent().text(0) == f"Meeting of {meeting_date}"
    assert [agreed.text(c) for c in range(1, 5)] == [
        "School",
        "Mentorn Eva",
        (TODAY - timedelta(days=2)).isoformat(),
        "Planned",
    ]
    assert OTHER_ACTION not in texts  # the other case's action stays in its own plan

    tab.tree.setCurrentItem(agreed)
    assert tab.selected_goal() is None
    assert not tab.add_activity_button.isEnabled()
    assert tab.activity_status_button.isEnabled()
    tab.set_activity_status()
    dialog = tab.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    select_value(dialog.status, ActivityStatus.DONE)
    with qtbot.waitSignal(widget.case_changed, timeout=5000):
        dialog.ok_button.click()
    qtbot.waitUntil(
        lambda: any(
            i.text(0) == "Ringa Åsas mentor varje fredag" and i.text(4) == "Done"
            for i in tree_items(tab.tree)
        ),
        timeout=5000,
    )
    # The Möten tab reads the minutes again: the action's status there follows.
    meetings_tab = widget.meetings_tab
    qtbot.waitUntil(lambda: "varje fredag" in meetings_tab.shown_text(), timeout=5000)
    qtbot.waitUntil(lambda: ": Done" in meetings_tab.shown_text(), timeout=5000)
