"""The mapping tab (assessments side by side) and the action plan tab."""

from __future__ import annotations

from datetime import date, timedelta

from caseflow.domain.assessment import CATALOGUE, FactorPresence, LifeDomain
from caseflow.domain.cases import ActivityStatus, Agency, GoalStatus
from caseflow.services import assessments, plans
from caseflow.services.assessments import FactorEntry
from tests.ui.cases.conftest_workspace import *  # noqa: F403 - the fixtures
from tests.ui.cases.conftest_workspace import type_text

TRUANCY = "school.truancy"  # a risk factor
SOCIAL_SKILLS = "individual.social_skills"  # a protective factor


def _row_of(table, label: str) -> int:
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        if item is not None and item.text() == label:
            return row
    raise AssertionError(label)


def test_assessment_dialog_saves_and_table_shows_change(qtbot, make_workspace, case, social_worker):
    earlier = date.today() - timedelta(days=20)
    assessments.record_assessment(
        social_worker,
        case.case_id,
        earlier,
        {
            TRUANCY: FactorEntry(FactorPresence.PRESENT, "Tre dagar i veckan"),
            SOCIAL_SKILLS: FactorEntry(FactorPresence.PRESENT),
        },
        "Första kartläggningen",
    )
    widget = make_workspace(case.case_id)
    tab = widget.mapping_tab
    widget.tabs.setCurrentWidget(tab)
    assert tab.change_column() is None  # one mapping: nothing to compare yet

    dialog = tab.new_assessment()
    qtbot.waitUntil(dialog.isVisible)
    assert len(dialog.presence) == len(CATALOGUE)
    dialog.copy_previous()
    assert dialog.comments[TRUANCY].text() == "Tre dagar i veckan"
    dialog.set_presence(TRUANCY, FactorPresence.ABSENT, "Går varje dag nu")
    dialog.set_presence(SOCIAL_SKILLS, FactorPresence.ABSENT)
    type_text(qtbot, dialog.summary, "Bättre i skolan, sämre med kompisarna")
    with qtbot.waitSignal(widget.case_changed, timeout=5000):
        dialog.ok_button.click()
    qtbot.waitUntil(lambda: len(tab.assessments) == 2, timeout=5000)

    table = tab.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[2:4] == [earlier.isoformat(), date.today().isoformat()]
    assert headers[4].startswith("Change")
    change = tab.change_column()
    assert change == 4
    truancy = _row_of(table, "Truancy")
    assert table.item(truancy, 1).text() == "Risk factor"
    assert table.item(truancy, 2).text() == "Present: Tre dagar i veckan"
    assert table.item(truancy, 3).text() == "Absent: Går varje dag nu"
    assert table.item(truancy, change).text() == "Improved"  # a word, not only a colour
    skills = _row_of(table, "Good social skills")
    assert table.item(skills, change).text() == "Worsened"
    assert _row_of(table, "Individual") < skills < _row_of(table, "Family")  # grouped

    table.setCurrentCell(truancy, 3)
    assert "Går varje dag nu" in tab.details.text()
    assert "sämre med kompisarna" in tab.details.text()


def test_assessment_in_the_future_is_refused_next_to_the_date(qtbot, make_workspace, case):
    widget = make_workspace(case.case_id)
    dialog = widget.mapping_tab.new_assessment()
    # The date edit stops at today; the dialog's own check says why if it gets past.
    assert dialog.assessed_on.maximumDate().toPython() == date.today()
    dialog.reject()


def test_plan_goal_activity_and_status_history(qtbot, make_workspace, case, social_worker):
    widget = make_workspace(case.case_id)
    tab = widget.plan_tab
    widget.tabs.setCurrentWidget(tab)
    assert not tab.add_activity_button.isEnabled()  # no goal selected

    tab.add_goal_button.click()
    goal_dialog = tab.dialog
    assert goal_dialog is not None
    assert not goal_dialog.ok_button.isEnabled()
    type_text(qtbot, goal_dialog.text, "Går i skolan varje dag")
    goal_dialog.life_domain.setCurrentIndex(
        goal_dialog.life_domain.findData(LifeDomain.SCHOOL.value)
    )
    with qtbot.waitSignal(widget.case_changed, timeout=5000):
        goal_dialog.ok_button.click()
    qtbot.waitUntil(lambda: tab.selected_goal() is not None, timeout=5000)
    goal = tab.selected_goal()
    assert goal is not None and goal.text == "Går i skolan varje dag"
    assert tab.history.rowCount() == 1

    tab.add_activity_button.click()
    activity_dialog = tab.dialog
    type_text(qtbot, activity_dialog.what, "Mentorssamtal varje vecka")
    activity_dialog.agency.setCurrentIndex(activity_dialog.agency.findData(Agency.SCHOOL.value))
    type_text(qtbot, activity_dialog.responsible, "Mentor Karin")
    with qtbot.waitSignal(widget.case_changed, timeout=5000):
        activity_dialog.ok_button.click()
    qtbot.waitUntil(lambda: tab.selected_activity() is not None, timeout=5000)
    goal_item = tab.tree.topLevelItem(0)
    assert goal_item.childCount() == 1
    assert goal_item.child(0).text(0) == "Mentorssamtal varje vecka"
    assert goal_item.child(0).text(1) == "School"

    tab.activity_status_button.click()
    status_dialog = tab.dialog
    status_dialog.status.setCurrentIndex(
        status_dialog.status.findData(ActivityStatus.IN_PROGRESS.value)
    )
    with qtbot.waitSignal(widget.case_changed, timeout=5000):
        status_dialog.ok_button.click()
    qtbot.waitUntil(
        lambda: tab.tree.topLevelItem(0).child(0).text(4) == "In progress", timeout=5000
    )

    tab.tree.setCurrentItem(tab.tree.topLevelItem(0))
    tab.goal_status_button.click()
    goal_status = tab.dialog
    goal_status.status.setCurrentIndex(goal_status.status.findData(GoalStatus.IN_PROGRESS.value))
    type_text(qtbot, goal_status.note, "Närvaron har ökat")
    with qtbot.waitSignal(widget.case_changed, timeout=5000):
        goal_status.ok_button.click()
    qtbot.waitUntil(lambda: tab.history.rowCount() == 2, timeout=5000)
    assert [tab.history.item(r, 1).text() for r in range(2)] == ["Not started", "In progress"]
    assert tab.history.item(1, 3).text() == "Närvaron har ökat"
    assert tab.tree.topLevelItem(0).text(4) == "In progress"
    stored = plans.get_plan(social_worker, case.case_id)
    assert [h.status for h in stored[0].history] == [GoalStatus.NOT_STARTED, GoalStatus.IN_PROGRESS]
    assert stored[0].activities[0].status is ActivityStatus.IN_PROGRESS
