"""Översikt lists the alerts under three headings and opens a case on Enter."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication

from caseflow.domain.cases import Agency, CaseStatus, ReferralSource
from caseflow.domain.consent import Party, birthday
from caseflow.domain.programmes import Programme
from caseflow.services import cases, consent, people
from caseflow.services.cases import AgencyView
from caseflow.services.people import PersonInput
from caseflow.services.workspace import Workspace
from caseflow.ui.pages.overview import OverviewPage
from tests.helpers import login, pnr_in_test_range
from tests.ui.cases.test_tab_meetings import action, book, minute

TODAY = date.today()


@pytest.fixture
def worker(social_worker: Workspace) -> Iterator[Workspace]:
    yield social_worker
    QThreadPool.globalInstance().waitForDone(10_000)
    QApplication.processEvents()


def _case(workspace: Workspace, first: str, born: date, serial: int) -> int:
    person = people.register_person(
        workspace, PersonInput(first, "Ek", pnr_in_test_range(born, serial))
    ).person_id
    return cases.open_case(
        workspace, person, Programme.SSPF, TODAY - timedelta(days=30), ReferralSource.SCHOOL, "Oro"
    ).case_id


def _page(qtbot, workspace: Workspace) -> OverviewPage:
    page = OverviewPage(workspace)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.alerts_loaded, timeout=10_000):
        page.resize(1000, 600)
        page.show()
    return page


def test_overview_lists_alerts_under_headings_and_opens_a_case(qtbot, worker):
    ending = _case(worker, "Alva", birthday(TODAY, -16), 980)
    consent.register_consent(
        worker,
        ending,
        None,
        [Party(Agency.SCHOOL, "Vasaskolan")],
        "Närvaro",
        "Plan",
        TODAY - timedelta(days=300),
        TODAY + timedelta(days=20),
    )
    turning = _case(worker, "Bo", birthday(TODAY, -18) + timedelta(days=30), 981)
    uncovered = _case(worker, "Cid", birthday(TODAY, -15), 982)
    cases.set_agencies(worker, uncovered, [AgencyView(Agency.POLICE, None, None)])
    for status in (CaseStatus.MAPPING, CaseStatus.ACTIVE):
        cases.change_status(worker, uncovered, status, TODAY)

    page = _page(qtbot, worker)

    tree = page.alert_tree
    headings = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert headings == [
        "Follow-ups past their date (0)",
        "Actions past their due date (0)",
        "Consents that end within 30 days (1)",
        "Turning 18 within 60 days: their own consent will be needed (1)",
        "Active cases where a party is not covered today (1)",
    ]
    items = page.alert_items()
    assert [item.data(0, Qt.ItemDataRole.UserRole) for item in items] == [
        ending,
        turning,
        uncovered,
    ]
    assert items[0].text(1) == "Alva Ek"
    assert "Consent from the young person for Vasaskolan is valid until" in items[0].text(2)
    assert items[1].text(2).startswith("Turns 18 on ")
    assert items[2].text(2).startswith("Police is not covered: ")
    assert page.alert_status.text() == "3 alert(s) in your open cases."
    assert page.drafts_label.objectName() == "draftsNotice"  # the drafts notice stays

    tree.setFocus()
    tree.setCurrentItem(items[1])
    with qtbot.waitSignal(page.open_case_requested, timeout=2000) as opened:
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert opened.args == [turning]


def test_overview_with_nothing_to_do_says_so(qtbot, worker):
    page = _page(qtbot, worker)
    assert page.alert_status.text() == "Nothing needs attention in your open cases."
    assert page.alert_items() == []
    assert page.alert_tree.topLevelItem(0).child(0).text(0) == "None"


def test_a_manager_sees_no_alert_list(qtbot, worker, team_database):
    worker.lock()
    manager = login(team_database, "chef")
    try:
        page = _page(qtbot, manager)
        assert not page.alert_tree.isVisibleTo(page)
        assert "shown to those who work on cases" in page.alert_status.text()
    finally:
        QThreadPool.globalInstance().waitForDone(10_000)
        manager.lock()


def test_a_long_list_shows_the_first_alerts_and_a_count(qtbot, worker, monkeypatch):
    from caseflow.ui.pages import overview

    monkeypatch.setattr(overview, "SHOWN_PER_GROUP", 1)
    for serial in (983, 984, 985):
        _case(worker, f"P{serial}", birthday(TODAY, -18) + timedelta(days=serial - 970), serial)
    page = _page(qtbot, worker)
    heading = page.alert_tree.topLevelItem(3)
    assert heading.text(0).startswith("Turning 18")
    assert heading.text(0).endswith("(3)")
    assert heading.childCount() == 2
    assert heading.child(1).text(2) == "… and 2 more, not listed here."


def test_overdue_follow_ups_and_actions_come_first_and_open_their_case(qtbot, worker, tmp_path):
    person = people.register_person(
        worker, PersonInput("Dag", "Ek", pnr_in_test_range(birthday(TODAY, -15), 986))
    ).person_id
    late = cases.open_case(
        worker, person, Programme.SSPF, TODAY - timedelta(days=300), ReferralSource.SCHOOL, "Oro"
    ).case_id
    for status in (CaseStatus.MAPPING, CaseStatus.ACTIVE):
        # In active work for longer than the programme's interval: the follow-up is late.
        cases.change_status(worker, late, status, TODAY - timedelta(days=200))
    on_time = _case(worker, "Eva", birthday(TODAY, -15), 987)
    meeting = book(worker, [late, on_time], days_ago=10)
    minute(
        worker,
        meeting,
        late,
        "Anteckning",
        actions=[action("Ringa skolan", TODAY - timedelta(days=3))],
    )
    minute(
        worker,
        meeting,
        on_time,
        "Anteckning",
        actions=[action("Boka tid", TODAY + timedelta(days=3))],
    )

    page = _page(qtbot, worker)
    tree = page.alert_tree
    follow_ups, actions = tree.topLevelItem(0), tree.topLevelItem(1)
    due = cases.get_case(worker, late).next_follow_up
    assert due is not None and due < TODAY
    assert follow_ups.text(0) == "Follow-ups past their date (1)"
    assert [follow_ups.child(0).text(c) for c in range(3)] == [
        cases.get_case(worker, late).case_number,
        "Dag Ek",
        f"The follow-up was due on {due.isoformat()}: {(TODAY - due).days} day(s) overdue",
    ]
    assert actions.text(0) == "Actions past their due date (1)"
    assert actions.child(0).text(1) == "Dag Ek"
    assert actions.child(0).text(2) == (
        f"Ringa skolan (School, Mentorn Eva) was due on "
        f"{(TODAY - timedelta(days=3)).isoformat()}: 3 day(s) overdue"
    )
    assert "Boka tid" not in "".join(i.text(2) for i in page.alert_items())
    assert page.alert_status.text() == "2 alert(s) in your open cases."
    page.grab().save(str(tmp_path / "overview.png"))

    tree.setFocus()
    tree.setCurrentItem(actions.child(0))
    with qtbot.waitSignal(page.open_case_requested, timeout=2000) as opened:
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert opened.args == [late]
