"""Recording a follow-up from the case's Möten tab: goals, factors afresh, a summary, drafts."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication

from caseflow.domain.assessment import FactorPresence, LifeDomain
from caseflow.domain.cases import CaseStatus, ClosingReason, GoalStatus
from caseflow.services import assessments, cases, follow_ups, plans
from caseflow.services import drafts as draft_store
from caseflow.services.assessments import FactorEntry
from caseflow.ui.cases.follow_up_dialog import FollowUpDialog, follow_up_draft_key
from caseflow.ui.cases.tab_support import enum_value
from tests.ui.cases.conftest_workspace import *  # noqa: F403 - the fixtures
from tests.ui.cases.conftest_workspace import accept_confirmation, type_text
from tests.ui.cases.test_tab_meetings import book

TODAY = date.today()
TRUANCY = "school.truancy"
ACTIVE_SINCE = TODAY - timedelta(days=20)


@pytest.fixture
def planned(social_worker, case):
    """The case in active work, with two open goals, a final one and a first mapping."""
    for status in (CaseStatus.MAPPING, CaseStatus.ACTIVE):
        cases.change_status(social_worker, case.case_id, status, ACTIVE_SINCE)
    school = plans.add_goal(
        social_worker, case.case_id, "Går till skolan varje dag", LifeDomain.SCHOOL, None
    )
    leisure = plans.add_goal(
        social_worker, case.case_id, "Har en fritidsaktivitet", LifeDomain.SCHOOL, None
    )
    done = plans.add_goal(social_worker, case.case_id, "Har en mentor", LifeDomain.SCHOOL, None)
    plans.record_goal_status(social_worker, done, GoalStatus.ACHIEVED, TODAY)
    assessments.record_assessment(
        social_worker,
        case.case_id,
        TODAY - timedelta(days=25),
        {TRUANCY: FactorEntry(FactorPresence.PRESENT, "Tre dagar i veckan")},
        "Första kartläggningen",
    )
    return school, leisure, done


def _open_dialog(qtbot, widget) -> FollowUpDialog:
    tab = widget.meetings_tab
    widget.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.loaded, timeout=10_000)
    tab.follow_up_button.click()
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible(), timeout=10_000)
    assert tab.dialog is not None
    return tab.dialog


def _choose(dialog: FollowUpDialog, goal_id: int, status: GoalStatus) -> None:
    combo = dialog.findChild(type(dialog.meeting), f"goalStatus_{goal_id}")
    combo.setCurrentIndex(combo.findData(status.value))


def test_follow_up_saves_and_moves_the_next_follow_up(
    qtbot, make_workspace, case, social_worker, planned
):
    school, leisure, _ = planned
    meeting_id = book(social_worker, [case.case_id], days_ago=3)
    before = cases.get_case(social_worker, case.case_id).next_follow_up
    assert before is not None
    interval = before - ACTIVE_SINCE
    widget = make_workspace(case.case_id)
    dialog = _open_dialog(qtbot, widget)

    # Every open goal is asked for, the achieved one is not; factors start from the last mapping.
    assert [row.goal.id for row in dialog._goal_rows] == [school, leisure]
    assert enum_value(dialog.presence[TRUANCY], FactorPresence) is FactorPresence.PRESENT
    assert dialog.comments[TRUANCY].text() == "Tre dagar i veckan"
    assert dialog.assessed_on.maximumDate().toPython() == TODAY  # not in the future
    dialog.meeting.setCurrentIndex(dialog.meeting.findData(meeting_id))
    assert dialog.assessed_on.date().toPython() == TODAY - timedelta(days=3)

    _choose(dialog, school, GoalStatus.PARTLY_ACHIEVED)
    _choose(dialog, leisure, GoalStatus.IN_PROGRESS)
    dialog.findChild(type(dialog.comments[TRUANCY]), f"goalNote_{school}").setText("Fyra dagar")
    dialog.set_presence(TRUANCY, FactorPresence.ABSENT, "Går varje dag nu")
    type_text(qtbot, dialog.summary, "Bättre närvaro, fortsatt stöd")
    with qtbot.waitSignal(widget.case_changed, timeout=10_000):
        dialog.ok_button.click()
    # The tabs reload the case now (an audited read): the test reads after them.
    QThreadPool.globalInstance().waitForDone(10_000)

    recorded = follow_ups.list_follow_ups(social_worker, case.case_id)
    assert len(recorded) == 1
    assert recorded[0].meeting_id == meeting_id
    assert recorded[0].summary == "Bättre närvaro, fortsatt stöd"
    assert recorded[0].goals == (
        (school, GoalStatus.PARTLY_ACHIEVED, "Fyra dagar"),
        (leisure, GoalStatus.IN_PROGRESS, ""),
    )
    after = cases.get_case(social_worker, case.case_id).next_follow_up
    assert after == TODAY - timedelta(days=3) + interval
    assert after != before
    latest = assessments.list_assessments(social_worker, case.case_id)[-1]
    assert latest.factors[TRUANCY] == FactorEntry(FactorPresence.ABSENT, "Går varje dag nu")
    assert draft_store.load_draft(social_worker, follow_up_draft_key(case.case_id)) is None

    # The tab lists it; the overview shows the new date.
    tab = widget.meetings_tab
    qtbot.waitUntil(lambda: len(tab.follow_ups) == 1, timeout=10_000)
    row = tab.follow_up_list.topLevelItem(0)
    assert row.text(0) == (TODAY - timedelta(days=3)).isoformat()
    assert row.text(1) == (
        "Går till skolan varje dag: Partly achieved; Har en fritidsaktivitet: In progress"
    )
    assert row.text(2) == "Bättre närvaro, fortsatt stöd"
    qtbot.waitUntil(
        lambda: widget.overview.next_follow_up.text() == after.isoformat(), timeout=10_000
    )
    assert tab.message.text() == "The follow-up was recorded."


def test_an_open_goal_without_status_keeps_the_dialog_open(
    qtbot, make_workspace, case, social_worker, planned
):
    school, leisure, _ = planned
    widget = make_workspace(case.case_id)
    dialog = _open_dialog(qtbot, widget)
    _choose(dialog, school, GoalStatus.ACHIEVED)
    type_text(qtbot, dialog.summary, "Sammanfattning")
    assert dialog.ok_button.isEnabled()  # pressing it says what is missing

    dialog.ok_button.click()
    qtbot.wait(200)
    assert dialog.isVisible()
    assert dialog.goals_message.isVisible()
    assert dialog.goals_message.text() == "Choose a status for every open goal (1 without one)."
    leisure_combo = dialog.findChild(type(dialog.meeting), f"goalStatus_{leisure}")
    assert leisure_combo.hasFocus() or QApplication.focusWidget() is leisure_combo
    assert dialog.summary.toPlainText() == "Sammanfattning"
    assert follow_ups.list_follow_ups(social_worker, case.case_id) == []

    _choose(dialog, leisure, GoalStatus.NOT_ACHIEVED)
    assert not dialog.goals_message.isVisible()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ok_button.click()
    assert len(follow_ups.list_follow_ups(social_worker, case.case_id)) == 1


def test_a_refusal_from_the_service_keeps_the_input(
    qtbot, make_workspace, case, social_worker, planned
):
    school, leisure, _ = planned
    widget = make_workspace(case.case_id)
    dialog = _open_dialog(qtbot, widget)
    _choose(dialog, school, GoalStatus.ACHIEVED)
    _choose(dialog, leisure, GoalStatus.ACHIEVED)
    type_text(qtbot, dialog.summary, "Allt klart")
    # Meanwhile the case was closed (elsewhere): the service refuses, the dialog stays.
    cases.close_case(social_worker, case.case_id, ClosingReason.GOALS_REACHED, "Klart", TODAY)
    dialog.ok_button.click()
    qtbot.waitUntil(dialog.message.isVisible, timeout=10_000)
    assert dialog.message.text() == "The case is closed: nothing can be followed up."
    assert dialog.isVisible()
    assert dialog.summary.toPlainText() == "Allt klart"
    assert dialog.ok_button.isEnabled()


def test_typed_text_is_a_draft_until_saved_or_discarded(
    qtbot, make_workspace, case, social_worker, keeper, planned
):
    school, _, _ = planned
    key = follow_up_draft_key(case.case_id)
    widget = make_workspace(case.case_id)
    dialog = _open_dialog(qtbot, widget)
    assert dialog.draft_text() is None  # nothing typed yet: nothing to keep
    _choose(dialog, school, GoalStatus.IN_PROGRESS)
    type_text(qtbot, dialog.summary, "Halvvägs: åt")
    keeper.save_soon_now()  # what the keeper does two seconds after typing stops
    QThreadPool.globalInstance().waitForDone(5000)
    stored = draft_store.load_draft(social_worker, key)
    assert stored is not None
    assert stored.title == f"Follow-up, {case.case_number}"
    assert json.loads(stored.content)["summary"] == "Halvvägs: åt"

    # Closed some other way than Cancel (the window, the lock): the text stays a draft.
    dialog.close()
    qtbot.waitUntil(lambda: widget.meetings_tab.dialog is None, timeout=5000)
    QThreadPool.globalInstance().waitForDone(5000)
    assert draft_store.load_draft(social_worker, key) is not None

    # Opening the dialog again brings it back.
    dialog = _open_dialog(qtbot, widget)
    assert dialog.summary.toPlainText() == "Halvvägs: åt"
    assert dialog.findChild(type(dialog.meeting), f"goalStatus_{school}").currentData() == (
        GoalStatus.IN_PROGRESS.value
    )
    assert dialog.message.text() == "Unsaved text restored from a draft."

    # Escape asks before dropping it; dropping it clears the draft.
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert "Discard it?" in accept_confirmation(qtbot, dialog)
    qtbot.waitUntil(lambda: widget.meetings_tab.dialog is None, timeout=5000)
    QThreadPool.globalInstance().waitForDone(5000)
    assert draft_store.load_draft(social_worker, key) is None
    assert all(snapshot.key != key for snapshot in keeper.snapshots())  # unregistered
